import { useCallback, useEffect, useState } from 'react';
import type { ArticleFilter } from '../../../../shared/domain';
import { api } from '../../api';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { keys } from '../../data/keys';

const DEBOUNCE_MS = 200;

export type SearchSort = 'relevance' | 'newest';

/**
 * Searches for `query` within `filter`, ~200 ms after the user stops typing (or at once after
 * `searchNow`). `outcome` is undefined until the first answer for a non-empty query.
 */
export function useSearch(query: string, filter: ArticleFilter, sort: SearchSort = 'relevance') {
  const [settled, setSettled] = useState(query);

  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(query), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [query]);

  const searchNow = useCallback(() => setSettled(query), [query]);

  const trimmed = settled.trim();
  const { data, isFetching } = useQuery({
    queryKey: keys.search('results', settled, filter, sort),
    queryFn: () => api.search({ query: settled, ...filter, sort }),
    enabled: trimmed !== '',
    // The last results stay on screen while the next ones come.
    placeholderData: keepPreviousData,
  });
  return {
    outcome: trimmed === '' ? undefined : data,
    loading: (trimmed !== '' && isFetching) || settled !== query,
    searchNow,
  };
}
