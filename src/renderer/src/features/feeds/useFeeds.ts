import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Feed, FeedRefresh, FeedsFromOpml, FeedSubscribeResult } from '../../../../shared/domain';
import { api } from '../../api';
import { useReportError } from '../../components/errors';
import { useChanges } from '../../data/changes';
import { keys } from '../../data/keys';
import { useStarted } from '../../data/startup';
import { useT } from '../../i18n';
import { useFormat } from '../../i18n/useFormat';
import { refreshAllSummary } from './feed-status';
import { useQuery, useQueryClient } from '@tanstack/react-query';

export interface FeedsState {
  /** The subscriptions, by name; undefined until first loaded. */
  feeds: Feed[] | undefined;
  /** Feeds being fetched now. */
  refreshing: ReadonlySet<number>;
  refreshingAll: boolean;
  /** Each feed's result from the last refresh in this session (its sentence is shown under it). */
  results: ReadonlyMap<number, FeedRefresh>;
  /** The last "Refresh all" in one sentence, until the next one. */
  summary: string | null;
  /** No feed could be reached at the last refresh, or the system says there is no network. */
  offline: boolean;
  subscribe: (url: string) => Promise<FeedSubscribeResult>;
  /** Subscribes to the feeds of an OPML file chosen in the system dialog; null when cancelled. */
  addFromOpml: () => Promise<FeedsFromOpml | null>;
  refreshAll: () => void;
  refreshOne: (id: number) => void;
  unsubscribe: (id: number) => Promise<void>;
}

const reached = (r: FeedRefresh) => r.status !== 'unreachable';

/**
 * Feed subscriptions in the sidebar: the list, refreshing (all or one), and the offline state. When
 * the last refresh found no network, coming back online refreshes every feed by itself. When a
 * refresh brought new or updated articles, the library's lists reload.
 */
export function useFeeds(): FeedsState {
  const { t } = useT();
  const { style } = useFormat();
  const words = useMemo(() => ({ t, style }), [t, style]);
  const reportError = useReportError();
  const client = useQueryClient();
  const { changed } = useChanges();
  // A failed list shows as no feeds (the banner says why).
  const listed = useQuery({
    queryKey: keys.feeds(),
    queryFn: () => api.listFeeds({}),
    // After the list's first rows (data/startup.ts).
    enabled: useStarted(),
  });
  const { data: listedFeeds, isError: listFailed } = listed;
  const feeds = useMemo<Feed[] | undefined>(
    () => listedFeeds ?? (listFailed ? [] : undefined),
    [listedFeeds, listFailed],
  );
  const [refreshing, setRefreshing] = useState<ReadonlySet<number>>(new Set());
  const [refreshingAll, setRefreshingAll] = useState(false);
  const [results, setResults] = useState<ReadonlyMap<number, FeedRefresh>>(new Map());
  const [summary, setSummary] = useState<string | null>(null);
  const [unreachable, setUnreachable] = useState(false);
  const [systemOffline, setSystemOffline] = useState(() => navigator.onLine === false);
  const busyAll = useRef(false);

  const reload = useCallback(
    () =>
      // Refetched now whether or not anything shows the list, so callers can wait for it.
      client.refetchQueries({ queryKey: keys.feeds(), type: 'all' }),
    [client],
  );

  const took = useCallback(
    (done: readonly FeedRefresh[]) => {
      setResults((current) => {
        const next = new Map(current);
        for (const r of done) next.set(r.id, r);
        return next;
      });
      if (done.some((r) => r.new + r.updated > 0)) void changed('library');
    },
    [changed],
  );

  const refreshAll = useCallback(() => {
    if (busyAll.current) return;
    busyAll.current = true;
    setRefreshingAll(true);
    setSummary(null);
    setRefreshing(new Set(feeds?.map((f) => f.id) ?? []));
    api
      .refreshFeeds({})
      .then((report) => {
        took(report.feeds);
        setUnreachable(report.offline);
        if (report.feeds.length > 0 && !report.offline) setSystemOffline(false);
        // Offline, the offline notice says it all.
        setSummary(report.offline ? null : refreshAllSummary(report, words));
      }, reportError)
      .finally(() => {
        busyAll.current = false;
        setRefreshingAll(false);
        setRefreshing(new Set());
        void reload();
      });
  }, [feeds, took, reload, reportError, words]);

  const refreshOne = useCallback(
    (id: number) => {
      setRefreshing((current) => new Set(current).add(id));
      api
        .refreshFeed({ id })
        .then((result) => {
          took([result]);
          if (reached(result)) setUnreachable(false);
        }, reportError)
        .finally(() => {
          setRefreshing((current) => {
            const next = new Set(current);
            next.delete(id);
            return next;
          });
          void reload();
        });
    },
    [took, reload, reportError],
  );

  const subscribe = useCallback(
    async (url: string) => {
      const result = await api.subscribeFeed({ url });
      took([result.refresh]);
      setUnreachable(result.offline);
      await reload();
      return result;
    },
    [took, reload],
  );

  const addFromOpml = useCallback(async () => {
    const result = await api.addFeedsFromOpmlWithDialog({});
    if (result) {
      setSummary(result.message);
      await reload();
    }
    return result;
  }, [reload]);

  const unsubscribe = useCallback(
    async (id: number) => {
      await api.unsubscribeFeed({ id });
      setResults((current) => {
        const next = new Map(current);
        next.delete(id);
        return next;
      });
      await reload();
    },
    [reload],
  );

  // The system's word on the network. Back online after a refresh that reached nothing: refresh again.
  const offline = unreachable || systemOffline;
  const feedCount = feeds?.length ?? 0;
  useEffect(() => {
    const goneOffline = () => setSystemOffline(true);
    const backOnline = () => {
      setSystemOffline(false);
      if (unreachable && feedCount > 0) refreshAll();
    };
    window.addEventListener('offline', goneOffline);
    window.addEventListener('online', backOnline);
    return () => {
      window.removeEventListener('offline', goneOffline);
      window.removeEventListener('online', backOnline);
    };
  }, [unreachable, feedCount, refreshAll]);

  return {
    feeds,
    refreshing,
    refreshingAll,
    results,
    summary,
    offline,
    subscribe,
    addFromOpml,
    refreshAll,
    refreshOne,
    unsubscribe,
  };
}
