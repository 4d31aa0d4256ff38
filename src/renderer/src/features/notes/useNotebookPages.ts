import { useCallback, useEffect, useRef, useState } from 'react';
import type { NotebookEntry, NotebookQuery } from '../../../../shared/domain';
import { api } from '../../api';
import { useReportError } from '../../components/errors';

const PAGE = 100;
const MAX_PAGE = 500;

interface Loaded {
  key: string;
  entries: NotebookEntry[];
  nextOffset: number | null;
}

/**
 * The notebook's notes for a query, one page at a time (`loadMore` fetches the next). When the
 * library changes, the pages already shown are fetched again in one go, so the list keeps its place.
 */
export function useNotebookPages(query: NotebookQuery, refreshKey: number) {
  const reportError = useReportError();
  const key = JSON.stringify(query);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const shown = useRef(0);
  const fetching = useRef(false);

  useEffect(() => {
    let current = true;
    const limit = Math.min(MAX_PAGE, Math.max(PAGE, shown.current));
    const request: NotebookQuery = { ...(JSON.parse(key) as NotebookQuery), offset: 0, limit };
    api.queryNotebook(request).then((page) => {
      if (!current) return;
      shown.current = page.entries.length;
      setLoaded({ key, entries: page.entries, nextOffset: page.nextOffset });
    }, reportError);
    return () => {
      current = false;
    };
  }, [key, refreshKey, reportError]);

  const loadMore = useCallback(() => {
    if (!loaded || loaded.key !== key || loaded.nextOffset === null || fetching.current) return;
    fetching.current = true;
    const request: NotebookQuery = {
      ...(JSON.parse(key) as NotebookQuery),
      offset: loaded.nextOffset,
      limit: PAGE,
    };
    api
      .queryNotebook(request)
      .then((page) => {
        setLoaded((previous) => {
          if (!previous || previous.key !== key) return previous;
          const entries = [...previous.entries, ...page.entries];
          shown.current = entries.length;
          return { key, entries, nextOffset: page.nextOffset };
        });
      }, reportError)
      .finally(() => {
        fetching.current = false;
      });
  }, [loaded, key, reportError]);

  return {
    /** The last loaded notes (of the previous query while a new one loads). */
    entries: loaded?.entries,
    loading: loaded?.key !== key,
    hasMore: loaded?.key === key && loaded.nextOffset !== null,
    loadMore,
  };
}
