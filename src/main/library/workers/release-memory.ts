import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** V8's `gc()` with its options (the `--expose-gc` extension). */
type Collect = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

/**
 * Gives the heap pages this worker thread freed back to the system now, on this thread, before it exits.
 *
 * V8 keeps the pages a thread's garbage collections free in a pool, for reuse. When a worker's isolate is
 * torn down it hands its pool to another isolate of the process, in practice the main thread's, which
 * unmaps every page of it in one task 8 seconds later (V8's `PagePool::ReleaseOnTearDown`): 60–70 ms of
 * the main thread for a worker that churned a few hundred megabytes (`release-memory.test.ts`), and the
 * 40–85 ms stalls bench:main-thread saw 8 s after the export worker ended. A memory-reducing full
 * collection ("last resort") empties the pool here instead; this thread is about to end anyway.
 */
export function releasePooledMemory(): void {
  // The `gc` function, from a context made while the flag is on (it is off again at once).
  setFlagsFromString('--expose-gc');
  let collect: Collect;
  try {
    collect = runInNewContext('gc') as Collect;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
  collect({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}
