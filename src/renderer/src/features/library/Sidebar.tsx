import type { ReactNode } from 'react';
import type { TagCount } from '../../../../shared/domain';
import { ImportActions } from '../import/ImportActions';
import { FeedsSection } from '../feeds/FeedsSection';
import type { ImportState } from '../import/useImport';
import { LibraryHealth } from '../library-health/LibraryHealth';
import { DateFilter } from './DateFilter';
import type { DateChoice } from './date-filter';
import { GroupedTagList } from '../manage/GroupedTagList';
import { ManageSection } from '../manage/ManageSection';
import { SavedSearches, type SavedSearch } from '../search/SavedSearches';
import './sidebar.css';
import { Icon, type IconName } from '../../components/Icon';
import { useT } from '../../i18n';
import { useLayout } from './layout';

export type View = 'library' | 'notes' | 'review' | 'syllabus' | 'story' | 'settings';

interface Props {
  view: View;
  onViewChange: (view: View) => void;
  /** Files, a folder, pasted text and feeds: the import feature's state and actions. */
  importer: ImportState;
  dateChoice: DateChoice;
  onDateChoice: (choice: DateChoice) => void;
  tags: TagCount[] | undefined;
  activeTag: string | null;
  /** The origin of the active tag when it was chosen in a tag group. */
  activeTagOrigin?: 'source' | 'user';
  onTag: (tag: string | null, origin?: 'source' | 'user') => void;
  savedSearches?: SavedSearch[];
  onRunSavedSearch?: (search: SavedSearch) => void;
  onDeleteSavedSearch?: (search: SavedSearch) => void;
  /** The triage views (Today, Unread, Starred) under the navigation. */
  views?: ReactNode;
}

const NAV: Array<{ view: View; label: `library.nav.${Exclude<View, 'story'>}`; icon: IconName }> = [
  { view: 'library', label: 'library.nav.library', icon: 'library' },
  { view: 'notes', label: 'library.nav.notes', icon: 'note' },
  { view: 'review', label: 'library.nav.review', icon: 'cards' },
  { view: 'syllabus', label: 'library.nav.syllabus', icon: 'syllabus' },
  { view: 'settings', label: 'library.nav.settings', icon: 'settings' },
];

/** The left pane: the app's name, navigation, import, and the date and tag filters. */
export function Sidebar(props: Props) {
  const { view, onViewChange, importer, dateChoice, onDateChoice, activeTag, onTag } = props;
  const { t } = useT();
  const { sidebarCollapsed, toggleSidebar } = useLayout();
  const toggleLabel = t(sidebarCollapsed ? 'appearance.expandSidebar' : 'appearance.collapseSidebar');
  return (
    <nav
      className={sidebarCollapsed ? 'sidebar sidebar--collapsed' : 'sidebar'}
      aria-label={t('common.appName')}
      data-testid="sidebar"
      data-collapsed={sidebarCollapsed}
    >
      <div className="sidebar__brand">
        <span className="sidebar__logo" aria-hidden="true">
          {t('library.logo')}
        </span>
        <span className="sidebar__name">{t('common.appName')}</span>
        <button
          type="button"
          className="icon-button sidebar__toggle"
          aria-label={toggleLabel}
          title={toggleLabel}
          aria-expanded={!sidebarCollapsed}
          data-testid="toggle-sidebar"
          onClick={toggleSidebar}
        >
          <Icon name="sidebar" size={15} />
        </button>
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
              title={sidebarCollapsed ? item.label : undefined}
              onClick={() => onViewChange(item.view)}
            >
              <Icon name={item.icon} size={16} className="side-item__icon" />
              <span className="side-item__label">{t(item.label)}</span>
            </button>
          );
        })}
      </div>

      {props.views}

      <div className="sidebar__import">
        <ImportActions importer={importer} />
      </div>

      {/* Near the top: a backup should not be a long scroll away. */}
      <LibraryHealth />

      {/* The trash and the samples, on every view. */}
      <ManageSection />

      <FeedsSection importFeed={importer.importFeed} />

      {/* The date and tag filters act on the library list only: other views do not show them. */}
      {view === 'library' && (
        <div className="sidebar__filters">
          <DateFilter choice={dateChoice} onChange={onDateChoice} />
          <SavedSearches
            searches={props.savedSearches}
            onRun={(search) => props.onRunSavedSearch?.(search)}
            onDelete={(search) => props.onDeleteSavedSearch?.(search)}
          />
          <GroupedTagList activeTag={activeTag} activeOrigin={props.activeTagOrigin} onSelect={onTag} />
        </div>
      )}
    </nav>
  );
}
