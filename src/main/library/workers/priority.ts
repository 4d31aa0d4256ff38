import { setPriority } from 'node:os';
import { isMainThread } from 'node:worker_threads';

/** A background worker's niceness on Linux (0 normal, 19 lowest). */
export const WORKER_NICENESS = 10;

/**
 * Lowers this worker thread's priority, so that its work yields a shared core to the main process and the
 * window whenever they have work. Only on Linux, where a thread's nice value is its own: elsewhere the call
 * would lower the whole app's priority, so it is not made. Never on the main thread.
 */
export function yieldToInteractiveWork(niceness = WORKER_NICENESS): void {
  if (isMainThread || process.platform !== 'linux') return;
  try {
    setPriority(niceness);
  } catch {
    // not allowed: run at normal priority
  }
}
