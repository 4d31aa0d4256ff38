import { useEffect, useRef, useState } from 'react';
import type { ChannelOutput } from '../../../../shared/contract';
import { api } from '../../api';

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
    const timer = window.setTimeout(
      () => {
        api.searchStatus({}).then(
          (next) => {
            if (!live) return;
            setStatus(next);
            if (next.state === 'ready' && status !== null) ready.current?.();
          },
          () => undefined, // asked again by the next search
        );
      },
      status === null ? 0 : POLL_MS,
    );
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
