import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { ArticleFilter } from '../../../../shared/domain';
import { localToday } from '../../../../shared/dates';
import { api } from '../../api';
import { keys } from '../../data/keys';
import { useStarted } from '../../data/startup';
import type { DateChoice } from '../library/date-filter';
import { resolveDates, stepDay, todayViewDay, viewFilter, type DateFallback, type TriageView } from './views';

/** How many articles each view holds, for the sidebar; undefined while they load. */
export interface ViewCounts {
  today: number;
  unread: number;
  starred: number;
}

/** The first row and counts of a filter's list (one row: its total and unread counts are what we want). */
function useListHead(filter: ArticleFilter) {
  return useQuery({
    queryKey: keys.articleCount(filter),
    queryFn: () => api.listArticlePage({ filter, limit: 1 }),
    // After the list's first rows (data/startup.ts): three counts the first screen can do without.
    enabled: useStarted(),
  }).data;
}

/**
 * The triage views' state: which view is chosen, its counts, the date filter with its fallback
 * ("Last 7 days" in an old library), and day-by-day stepping. The date choice itself stays the
 * workspace's (the sidebar's date filter sets it too).
 */
export function useTriage(dateChoice: DateChoice, setDateChoice: (choice: DateChoice) => void) {
  const today = localToday();
  const [view, setView] = useState<TriageView | null>(null);
  const all = useListHead({});
  const dated = useListHead({ from: today, to: today });
  const starred = useListHead({ starred: true });
  const days = useMemo(
    () =>
      all && dated
        ? { newest: all.articles.find((a) => a.date !== null)?.date ?? null, todayCount: dated.total }
        : undefined,
    [all, dated],
  );
  const counts: ViewCounts | undefined =
    all && dated && starred ? { today: dated.total, unread: all.unread, starred: starred.total } : undefined;

  const { filter: dateFilter, fallback: lastFallback } = useMemo(
    () => resolveDates(dateChoice, today, days),
    [dateChoice, today, days],
  );
  const fallback: DateFallback | null =
    view === 'today' && dateChoice.kind === 'day' && dateChoice.day !== today
      ? { kind: 'today', day: dateChoice.day }
      : lastFallback;
  const filter = useMemo<ArticleFilter>(() => ({ ...dateFilter, ...viewFilter(view) }), [dateFilter, view]);

  /** Opens a view: Today is a day filter (stepping works from it), Unread and Starred span every date. */
  const choose = useCallback(
    (next: TriageView) => {
      setView(next);
      setDateChoice(next === 'today' ? { kind: 'day', day: todayViewDay(today, days) } : { kind: 'all' });
    },
    [setDateChoice, today, days],
  );
  /** One day back (-1) or on (+1) from a day filter; nothing from other date choices. */
  const step = useCallback(
    (by: -1 | 1) => {
      const next = stepDay(dateChoice, by);
      if (!next) return;
      setView(null);
      setDateChoice(next);
    },
    [dateChoice, setDateChoice],
  );
  return { view, counts, filter, fallback, today, choose, step, clear: () => setView(null) };
}

export type Triage = ReturnType<typeof useTriage>;
