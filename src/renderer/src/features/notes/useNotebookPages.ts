import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { NotebookQuery } from '../../../../shared/domain';
import { api } from '../../api';
import { keys } from '../../data/keys';

const PAGE = 100;

/**
 * The notebook's notes for a query, one page at a time (`loadMore` fetches the next). When notes
 * change, the pages already shown are fetched again, so the list keeps its place.
 */
export function useNotebookPages(query: NotebookQuery) {
  const result = useInfiniteQuery({
    queryKey: keys.notes('pages', query),
    queryFn: ({ pageParam }) => api.queryNotebook({ ...query, offset: pageParam, limit: PAGE }),
    initialPageParam: 0,
    getNextPageParam: (last) => last.nextOffset ?? undefined,
    placeholderData: keepPreviousData,
  });
  const { data, hasNextPage, isFetchingNextPage, fetchNextPage, isPlaceholderData } = result;
  const entries = useMemo(() => data?.pages.flatMap((page) => page.entries), [data]);
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage && !isPlaceholderData) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isPlaceholderData, fetchNextPage]);

  return {
    /** The last loaded notes (of the previous query while a new one loads). */
    entries,
    loading: result.isPending || isPlaceholderData,
    hasMore: !isPlaceholderData && hasNextPage,
    loadMore,
  };
}
