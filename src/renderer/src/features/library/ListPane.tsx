import type { ArticleFilter } from '../../../../shared/domain';
import { SearchBox } from '../search/SearchBox';
import { SearchResults } from '../search/SearchResults';
import { useSearch } from '../search/useSearch';
import { ArticleList } from './ArticleList';
import { useArticles } from './useArticles';
import './library.css';

interface Props {
  query: string;
  onQueryChange: (query: string) => void;
  filter: ArticleFilter;
  refreshKey: number;
  selectedId: number | null;
  onOpen: (id: number, read?: boolean) => void;
  onClearFilters: () => void;
}

/** The middle pane: the search field over either the library list or the search results. */
export function ListPane({
  query,
  onQueryChange,
  filter,
  refreshKey,
  selectedId,
  onOpen,
  onClearFilters,
}: Props) {
  const { articles } = useArticles(filter, refreshKey);
  const search = useSearch(query, filter, refreshKey);
  const searching = query.trim() !== '';
  const filtered = Object.keys(filter).length > 0;

  return (
    <section className="list-pane" aria-label={searching ? 'Search results' : 'Library'}>
      <div className="list-pane__header">
        <SearchBox query={query} onChange={onQueryChange} onSubmit={search.searchNow} />
      </div>
      <div className="list-pane__body">
        {searching ? (
          <SearchResults
            query={query}
            outcome={search.outcome}
            loading={search.loading}
            filtered={filtered}
            selectedId={selectedId}
            onOpen={onOpen}
          />
        ) : (
          <ArticleList
            key={JSON.stringify(filter)}
            articles={articles}
            filtered={filtered}
            selectedId={selectedId}
            onOpen={onOpen}
            onClearFilters={onClearFilters}
          />
        )}
      </div>
    </section>
  );
}
