import type { ChannelOutput } from '../../../../shared/contract';
import { Icon } from '../../components/Icon';

export type SavedSearch = ChannelOutput<'listSavedSearches'>[number];

interface Props {
  searches: SavedSearch[] | undefined;
  onRun: (search: SavedSearch) => void;
  onDelete: (search: SavedSearch) => void;
}

/** The sidebar's saved searches; clicking one runs it with its filters. */
export function SavedSearches({ searches, onRun, onDelete }: Props) {
  if (!searches || searches.length === 0) return null;
  return (
    <section className="sidebar__section" aria-labelledby="saved-searches-heading">
      <h2 className="sidebar__heading" id="saved-searches-heading">
        Saved searches
      </h2>
      <div data-testid="saved-searches">
        {searches.map((search) => (
          <div key={search.id} className="saved-search-row" style={{ display: 'flex', alignItems: 'center' }}>
            <button
              type="button"
              className="side-item"
              data-testid="saved-search"
              data-id={search.id}
              title={`Search “${search.query}”`}
              onClick={() => onRun(search)}
            >
              <Icon name="search" size={13} className="side-item__icon" />
              <span className="side-item__label">{search.name}</span>
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={`Delete the saved search ${search.name}`}
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
