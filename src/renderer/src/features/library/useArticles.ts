import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleFilter, ArticleListCursor, ArticleSummary } from '../../../../shared/domain';
import { api } from '../../api';
import { useReportError } from '../../components/errors';

/** Rows asked for at a time: the first page, and each "Show more". */
export const PAGE = 300;
/** The most rows one request may carry (the contract's cap). */
const MAX_REQUEST = 1000;

export interface ArticlePages {
  /** The rows loaded so far: the first pages of the list, newest first. */
  articles: ArticleSummary[];
  /** How many articles the whole filtered list has, and how many of them are unread. */
  total: number;
  unread: number;
  /** Whether rows remain below the loaded ones. */
  hasMore: boolean;
}

interface Loaded extends ArticlePages {
  key: string;
  cursor: ArticleListCursor | null;
}

/** Every id in the list, in order, and the unread ones; fetched only when needed (select-all). */
export interface ListIds {
  ids: number[];
  unread: ReadonlySet<number>;
}

/** `count` rows from the start of the list (several requests past the cap), with the counts. */
async function loadRows(filter: ArticleFilter, count: number): Promise<Omit<Loaded, 'key'>> {
  const articles: ArticleSummary[] = [];
  let cursor: ArticleListCursor | null = null;
  for (;;) {
    const page = await api.listArticlePage({
      filter,
      limit: Math.min(MAX_REQUEST, count - articles.length),
      cursor,
    });
    articles.push(...page.articles);
    cursor = page.nextCursor;
    if (cursor === null || articles.length >= count)
      return { articles, total: page.total, unread: page.unread, hasMore: cursor !== null, cursor };
  }
}

/**
 * The library list a page at a time: the first page of the articles matching `filter`, newest first,
 * and more on `loadMore`. A reload (`refreshKey`) fetches again as many rows as were shown, and keeps
 * the old ones on screen meanwhile. `ids()` gives every id in the list (select-all), once per load.
 */
export function useArticles(filter: ArticleFilter, refreshKey: number) {
  const reportError = useReportError();
  const key = `${JSON.stringify(filter)}#${refreshKey}`;
  const filterKey = JSON.stringify(filter);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const latest = useRef<Loaded | null>(null);
  useEffect(() => {
    latest.current = loaded;
  });
  const more = useRef<Promise<void> | null>(null);
  const allIds = useRef<{ key: string; ids: Promise<ListIds> } | null>(null);
  const [full, setFull] = useState<{ key: string; list: ListIds } | null>(null);

  useEffect(() => {
    let current = true;
    const previous = latest.current;
    // The same list again (after a change): as many rows as it showed, so nothing jumps.
    const samelist = previous !== null && previous.key.startsWith(`${filterKey}#`);
    const count = samelist ? Math.max(PAGE, previous.articles.length) : PAGE;
    more.current = null;
    loadRows(filter, count).then(
      (rows) => {
        if (current) setLoaded({ ...rows, key });
      },
      (error: unknown) => {
        if (current) reportError(error);
      },
    );
    return () => {
      current = false;
    };
    // `key` stands for the filter and the refresh key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, reportError]);

  const loadMore = useCallback((): Promise<void> => {
    const from = latest.current;
    if (!from || from.key !== key || from.cursor === null) return Promise.resolve();
    if (more.current) return more.current;
    const request = api.listArticlePage({ filter, limit: PAGE, cursor: from.cursor }).then(
      (page) => {
        more.current = null;
        setLoaded((now) =>
          now === from
            ? {
                ...now,
                articles: [...now.articles, ...page.articles],
                total: page.total,
                unread: page.unread,
                hasMore: page.nextCursor !== null,
                cursor: page.nextCursor,
              }
            : now,
        );
      },
      (error: unknown) => {
        more.current = null;
        reportError(error);
      },
    );
    more.current = request;
    return request;
  }, [filter, key, reportError]);

  const ids = useCallback((): Promise<ListIds> => {
    if (allIds.current?.key !== key) {
      const request = api.listArticleIds({ filter }).then(({ ids, unread }) => {
        const list = { ids, unread: new Set(unread) };
        setFull({ key, list });
        return list;
      });
      allIds.current = { key, ids: request };
      request.catch(() => {
        if (allIds.current?.ids === request) allIds.current = null;
      });
    }
    return allIds.current.ids;
  }, [filter, key]);

  return {
    /** The rows on screen: the last list loaded (another filter's, until this one's arrive). */
    pages: loaded as ArticlePages | null,
    loading: loaded === null || loaded.key !== key,
    loadMore,
    ids,
    /** Every id in the list, once `ids()` fetched them for this load. */
    full: full?.key === key ? full.list : null,
  };
}
