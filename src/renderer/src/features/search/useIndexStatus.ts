import { useEffect, useRef, useState } from 'react';
import type { ChannelOutput } from '../../../../shared/contract';
import { api } from '../../api';
import { whenStarted } from '../../data/startup';

export type IndexStatus = ChannelOutput<'searchStatus'>;

const POLL_MS = 700;

/**
 * The search index's status, asked again every 0.7 s while it is building or catching up (the
 * main process answers at once: the work runs in a worker thread or in short slices). Starts from
 * `initial` when given, else asks once; `onReady` is called when a build it saw finishes.
 */
export function useIndexStatus(initial?: IndexStatus, onReady?: () => void): IndexStatus | null {
  const [status, setStatus] = useState<IndexStatus | null>(initial ?? null);
  const ready = useRef(onReady);
  useEffect(() => {
    ready.current = onReady;
  }, [onReady]);

  useEffect(() => {
    if (status?.state === 'ready') return;
    let live = true;
    let timer: number | undefined;
    const ask = (): void => {
      api.searchStatus({}).then(
        (next) => {
          if (!live) return;
          setStatus(next);
          if (next.state === 'ready' && status !== null) ready.current?.();
        },
        () => undefined, // asked again by the next search
      );
    };
    // The first ask waits for the list's first rows (data/startup.ts); the next ones poll.
    if (status === null)
      void whenStarted().then(() => {
        if (live) ask();
      });
    else timer = window.setTimeout(ask, POLL_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [status]);

  return status;
}

/** How far a build has come, between 0 and 1. */
export function indexFraction(status: IndexStatus): number {
  return status.total > 0 ? Math.min(1, status.done / status.total) : 0;
}
