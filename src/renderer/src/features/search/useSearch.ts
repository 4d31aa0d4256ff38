import { useCallback, useEffect, useState } from 'react';
import type { ArticleFilter } from '../../../../shared/domain';
import { api } from '../../api';
import { useApiData } from '../../components/useApiData';

const DEBOUNCE_MS = 200;

export type SearchSort = 'relevance' | 'newest';

/**
 * Searches for `query` within `filter`, ~200 ms after the user stops typing (or at once after
 * `searchNow`). `outcome` is undefined until the first answer for a non-empty query.
 */
export function useSearch(
  query: string,
  filter: ArticleFilter,
  refreshKey: number,
  sort: SearchSort = 'relevance',
) {
  const [settled, setSettled] = useState(query);

  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(query), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [query]);

  const searchNow = useCallback(() => setSettled(query), [query]);

  const trimmed = settled.trim();
  const request = useCallback(() => api.search({ query: settled, ...filter, sort }), [settled, filter, sort]);
  const { value, loading } = useApiData(trimmed === '' ? null : request, refreshKey);
  return { outcome: value, loading: loading || settled !== query, searchNow };
}
