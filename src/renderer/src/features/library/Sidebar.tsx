import type { TagCount } from '../../../../shared/domain';
import { ImportActions } from '../import/ImportActions';
import { FeedsSection } from '../feeds/FeedsSection';
import type { ImportState } from '../import/useImport';
import { LibraryHealth } from '../library-health/LibraryHealth';
import { DateFilter } from './DateFilter';
import type { DateChoice } from './date-filter';
import { TagList } from './TagList';
import { SavedSearches, type SavedSearch } from '../search/SavedSearches';
import './sidebar.css';
import { Icon, type IconName } from '../../components/Icon';
import { useT } from '../../i18n';

export type View = 'library' | 'notes' | 'review' | 'settings';

interface Props {
  view: View;
  onViewChange: (view: View) => void;
  /** Files, a folder, pasted text and feeds: the import feature's state and actions. */
  importer: ImportState;
  dateChoice: DateChoice;
  onDateChoice: (choice: DateChoice) => void;
  tags: TagCount[] | undefined;
  activeTag: string | null;
  onTag: (tag: string | null) => void;
  savedSearches?: SavedSearch[];
  onRunSavedSearch?: (search: SavedSearch) => void;
  onDeleteSavedSearch?: (search: SavedSearch) => void;
}

const NAV: Array<{ view: View; label: `library.nav.${View}`; icon: IconName }> = [
  { view: 'library', label: 'library.nav.library', icon: 'library' },
  { view: 'notes', label: 'library.nav.notes', icon: 'note' },
  { view: 'review', label: 'library.nav.review', icon: 'cards' },
  { view: 'settings', label: 'library.nav.settings', icon: 'settings' },
];

/** The left pane: the app's name, navigation, import, and the date and tag filters. */
export function Sidebar(props: Props) {
  const { view, onViewChange, importer, dateChoice, onDateChoice, tags, activeTag, onTag } = props;
  const { t } = useT();
  return (
    <nav className="sidebar" aria-label={t('common.appName')}>
      <div className="sidebar__brand">
        <span className="sidebar__logo" aria-hidden="true">
          {t('library.logo')}
        </span>
        <span className="sidebar__name">{t('common.appName')}</span>
      </div>

      <div className="sidebar__nav">
        {NAV.map((item) => {
          const active = view === item.view;
          return (
            <button
              key={item.view}
              type="button"
              className={active ? 'side-item side-item--nav side-item--active' : 'side-item side-item--nav'}
              aria-current={active ? 'page' : undefined}
              data-testid={`nav-${item.view}`}
              onClick={() => onViewChange(item.view)}
            >
              <Icon name={item.icon} size={16} className="side-item__icon" />
              <span className="side-item__label">{t(item.label)}</span>
            </button>
          );
        })}
      </div>

      <div className="sidebar__import">
        <ImportActions importer={importer} />
      </div>

      <FeedsSection importFeed={importer.importFeed} />

      <div className="sidebar__filters">
        <DateFilter choice={dateChoice} onChange={onDateChoice} />
        <SavedSearches
          searches={props.savedSearches}
          onRun={(search) => props.onRunSavedSearch?.(search)}
          onDelete={(search) => props.onDeleteSavedSearch?.(search)}
        />
        <TagList tags={tags} activeTag={activeTag} onSelect={onTag} />
      </div>

      <LibraryHealth />
    </nav>
  );
}
