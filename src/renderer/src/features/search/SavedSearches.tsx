import type { ChannelOutput } from '../../../../shared/contract';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';

export type SavedSearch = ChannelOutput<'listSavedSearches'>[number];

interface Props {
  searches: SavedSearch[] | undefined;
  onRun: (search: SavedSearch) => void;
  onDelete: (search: SavedSearch) => void;
}

/** The sidebar's saved searches; clicking one runs it with its filters. */
export function SavedSearches({ searches, onRun, onDelete }: Props) {
  const { t } = useT();
  if (!searches || searches.length === 0) return null;
  return (
    <section className="sidebar__section" aria-labelledby="saved-searches-heading">
      <h2 className="sidebar__heading" id="saved-searches-heading">
        {t('search.saved.heading')}
      </h2>
      <div data-testid="saved-searches">
        {searches.map((search) => (
          <div key={search.id} className="saved-search-row" style={{ display: 'flex', alignItems: 'center' }}>
            <button
              type="button"
              className="side-item"
              data-testid="saved-search"
              data-id={search.id}
              title={t('search.saved.run', { query: search.query })}
              onClick={() => onRun(search)}
            >
              <Icon name="search" size={13} className="side-item__icon" />
              <span className="side-item__label">{search.name}</span>
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={t('search.saved.delete', { name: search.name })}
              data-testid="saved-search-delete"
              onClick={() => onDelete(search)}
            >
              <Icon name="close" size={12} />
            </button>
          </div>
        ))}
      </div>
    </section>
  );
}
