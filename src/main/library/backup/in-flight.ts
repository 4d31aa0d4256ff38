import type { Db } from '../db/connection';

/**
 * One backup of a library at a time. The app can ask for two at once: the daily backup at startup and
 * the hourly timer's, or File → Back Up… clicked twice; two copies of a large library made side by side
 * would only compete for the disk and the cores (and two daily backups would both be kept).
 */
interface Queue {
  /** Settles when the last backup queued for this database has ended, whether or not it failed. */
  tail: Promise<void>;
  /** The backups queued or running, by what they make. */
  pending: Map<string, Promise<unknown>>;
}

const queues = new WeakMap<Db, Queue>();

/**
 * Runs `run` once every backup of `db` queued before it has ended. A request for the same `key` (the
 * same backup) while one is queued or running gets that one's promise, not a second backup.
 */
export function oneBackupAtATime<T>(db: Db, key: string, run: () => Promise<T>): Promise<T> {
  let queue = queues.get(db);
  if (!queue) queues.set(db, (queue = { tail: Promise.resolve(), pending: new Map() }));
  const same = queue.pending.get(key);
  if (same) return same as Promise<T>;
  const { pending } = queue;
  // Forgotten before the result settles, so that a call made once it has (even by the code awaiting
  // it) starts a backup of its own.
  const result: Promise<T> = queue.tail.then(run).finally(() => {
    if (pending.get(key) === result) pending.delete(key);
  });
  pending.set(key, result);
  queue.tail = result.then(
    () => undefined,
    () => undefined,
  );
  return result;
}
