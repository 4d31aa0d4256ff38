import { useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../../shared/contract';
import { api } from '../../api';

type IndexStatus = ChannelOutput<'searchStatus'>;

const POLL_MS = 700;

/**
 * While the index builds, how far it has come; polls the status and calls `onReady` once it is done
 * so the results can be asked for again.
 */
export function IndexingProgress({ initial, onReady }: { initial: IndexStatus; onReady: () => void }) {
  const [status, setStatus] = useState(initial);

  useEffect(() => {
    if (status.state === 'ready') return;
    let live = true;
    const timer = window.setTimeout(() => {
      api.searchStatus({}).then(
        (next) => {
          if (!live) return;
          setStatus(next);
          if (next.state === 'ready') onReady();
        },
        () => undefined, // the next search shows the state again
      );
    }, POLL_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [status, onReady]);

  if (status.state === 'ready') return null;
  const fraction = status.total > 0 ? Math.min(1, status.done / status.total) : 0;
  return (
    <div className="search-indexing" data-testid="search-indexing" role="status">
      <span>
        Indexing {status.done.toLocaleString('en-IN')} of {status.total.toLocaleString('en-IN')} — results may
        be incomplete
      </span>
      <progress className="search-indexing__bar" max={1} value={fraction} />
    </div>
  );
}
