import type { ArticleFilter } from '../../../../shared/domain';
import { SearchBox } from '../search/SearchBox';
import { SearchResults } from '../search/SearchResults';
import { useCallback, useState } from 'react';
import { SaveSearch } from '../search/SaveSearch';
import { useSearch, type SearchSort } from '../search/useSearch';
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
  sort: SearchSort;
  onSort: (sort: SearchSort) => void;
  activeTag: string | null;
  onTag: (tag: string | null) => void;
  onMonth: (month: string | null) => void;
  onSaveSearch: (name: string) => Promise<void>;
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
  sort,
  onSort,
  activeTag,
  onTag,
  onMonth,
  onSaveSearch,
}: Props) {
  const { articles } = useArticles(filter, refreshKey);
  // Bumped when the index finishes building, so the results are asked for again.
  const [indexKey, setIndexKey] = useState(0);
  const onIndexReady = useCallback(() => setIndexKey((key) => key + 1), []);
  const search = useSearch(query, filter, refreshKey * 1000 + indexKey, sort);
  const searching = query.trim() !== '';
  const filtered = Object.keys(filter).length > 0;

  return (
    <section className="list-pane" aria-label={searching ? 'Search results' : 'Library'}>
      <div className="list-pane__header">
        <SearchBox query={query} onChange={onQueryChange} onSubmit={search.searchNow} />
        {searching && <SaveSearch onSave={onSaveSearch} />}
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
            sort={sort}
            onSort={onSort}
            activeTag={activeTag}
            onTag={onTag}
            onMonth={onMonth}
            onIndexReady={onIndexReady}
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
