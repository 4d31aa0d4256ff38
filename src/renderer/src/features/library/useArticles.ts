import { keepPreviousData, useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { ArticleFilter, ArticleListCursor, ArticleSummary } from '../../../../shared/domain';
import { api } from '../../api';
import { keys } from '../../data/keys';

/** Rows in the first page: the open article is scrolled to when it is among them. */
export const PAGE = 300;
/**
 * Rows in each later page ("Show more", or fetched ahead while scrolling). Smaller than the first:
 * a page's rows cross the IPC and enter the list in one task, and 300 at once cost a long frame.
 */
export const NEXT_PAGE = 100;

export interface ArticlePages {
  /** The rows loaded so far: the first pages of the list, newest first. */
  articles: ArticleSummary[];
  /** How many articles the whole filtered list has, and how many of them are unread. */
  total: number;
  unread: number;
  /** Whether rows remain below the loaded ones. */
  hasMore: boolean;
}

/** Every id in the list, in order, and the unread ones; fetched only when needed (select-all). */
export interface ListIds {
  ids: number[];
  unread: ReadonlySet<number>;
}

const fetchIds = (filter: ArticleFilter) => () =>
  api.listArticleIds({ filter }).then(({ ids, unread }): ListIds => ({ ids, unread: new Set(unread) }));

/**
 * The library list a page at a time (an infinite query under `keys.articles(filter)`): the first
 * page of the articles matching `filter`, newest first, and more on `loadMore`. After a change the
 * query fetches again as many pages as were shown, and keeps the old rows on screen meanwhile; another
 * filter's rows stay on screen until this one's arrive. `ids()` gives every id in the list (select-all).
 */
export function useArticles(filter: ArticleFilter) {
  const client = useQueryClient();
  const query = useInfiniteQuery({
    queryKey: keys.articles(filter),
    queryFn: ({ pageParam }) =>
      api.listArticlePage({ filter, limit: pageParam === null ? PAGE : NEXT_PAGE, cursor: pageParam }),
    initialPageParam: null as ArticleListCursor | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
  const { data, fetchNextPage, hasNextPage, isFetchingNextPage } = query;

  const pages = useMemo<ArticlePages | null>(() => {
    if (!data) return null;
    const last = data.pages.at(-1);
    return {
      articles: data.pages.flatMap((page) => page.articles),
      total: last?.total ?? 0,
      unread: last?.unread ?? 0,
      hasMore: last?.nextCursor != null,
    };
  }, [data]);

  const loadMore = useCallback(async (): Promise<void> => {
    if (!hasNextPage || isFetchingNextPage) return;
    await fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  // Every id: cached with the list (a change makes it stale with it), fetched only when asked for.
  const idsQuery = useQuery({ queryKey: keys.articleIds(filter), queryFn: fetchIds(filter), enabled: false });
  const ids = useCallback(
    (): Promise<ListIds> =>
      client.fetchQuery({ queryKey: keys.articleIds(filter), queryFn: fetchIds(filter) }),
    [client, filter],
  );

  return {
    /** The rows on screen: the last list loaded (another filter's, until this one's arrive). */
    pages,
    loading: query.isPending || query.isPlaceholderData || (query.isFetching && !isFetchingNextPage),
    loadMore,
    ids,
    /** Every id in the list, once `ids()` fetched them since the list last changed. */
    full: idsQuery.data !== undefined && !idsQuery.isStale ? idsQuery.data : null,
  };
}
