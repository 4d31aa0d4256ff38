import type { QueryCache } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

/**
 * The window's start in two steps. First the library list's first page, and nothing else that crosses
 * to the main process but the preferences (the language and theme of that first screen): the main
 * process answers one call at a time, so every call sent beside the page makes its rows wait. Then,
 * once those rows are painted and the page is idle, everything else: the tags, the counts, the
 * trash, the feeds, the saved searches, the index's status, the article read last, the start-up
 * report. A query that can wait passes `enabled: useStarted()`; an effect waits on `whenStarted()`.
 * See docs/startup.md.
 */

/** The longest the rest waits, when the list's page never comes (another view first, an error). */
export const START_FALLBACK_MS = 1500;

let started = false;
const listeners = new Set<() => void>();
let resolveStarted: () => void = () => undefined;
const startedPromise = new Promise<void>((resolve) => {
  resolveStarted = resolve;
});

/** Marks the start as done: the calls that waited are sent now. Idempotent. */
export function markStarted(): void {
  if (started) return;
  started = true;
  resolveStarted();
  for (const listener of listeners) listener();
}

/** Whether the first rows have been painted (or the fallback has passed). */
export function isStarted(): boolean {
  return started;
}

/** Settles once the first rows have been painted (or the fallback has passed). */
export function whenStarted(): Promise<void> {
  return startedPromise;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True once the first rows have been painted: the `enabled` of a query that can wait for them. */
export function useStarted(): boolean {
  return useSyncExternalStore(subscribe, isStarted, isStarted);
}

/** A key of the library list's pages: `['articles', filter]` (not its counts, ids, trash or samples). */
function isListPage(queryKey: readonly unknown[]): boolean {
  return queryKey[0] === 'articles' && queryKey.length === 2;
}

/** Runs `work` after the next paint, when the page is idle (or after `timeout` ms at most). */
function afterPaint(work: () => void, timeout: number): void {
  requestAnimationFrame(() => {
    // The frame that draws the rows; then the first idle moment after it.
    setTimeout(() => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout });
      else work();
    }, 0);
  });
}

/**
 * Watches the query cache for the list's first page: once it has data, the rest starts after the
 * frame that paints it. Also starts after `fallbackMs` whatever happens. Returns the unsubscribe.
 */
export function startAfterFirstPage(cache: QueryCache, fallbackMs = START_FALLBACK_MS): () => void {
  if (started) return () => undefined;
  const fallback = setTimeout(markStarted, fallbackMs);
  let waiting = false;
  const unsubscribe = cache.subscribe((event) => {
    if (waiting || started || event.type !== 'updated') return;
    const { query } = event;
    if (!isListPage(query.queryKey) || query.state.status === 'pending') return;
    waiting = true;
    afterPaint(markStarted, 300);
  });
  void startedPromise.then(() => {
    clearTimeout(fallback);
    unsubscribe();
  });
  return () => {
    clearTimeout(fallback);
    unsubscribe();
  };
}
