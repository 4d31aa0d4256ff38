/**
 * The daily backup's worker thread: copies the live library (opened read-only) to a new file with
 * SQLite's online backup API, switches the copy to a rollback journal, and runs `checkCopy` on it
 * (`quick_check`, `foreign_key_check`, row counts), then posts the result. On a library of 50,000
 * articles that is over a second of work the main thread no longer waits out. Started by
 * `copyAndCheck` (check-client.ts); built as `out/main/check-worker.js`.
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { CheckWorkerData, CheckWorkerReply } from './check-client';
import { useRollbackJournal } from './copies';
import { checkCopyFile } from './integrity';

/** Pages per step of the online backup: here nothing waits, so all of them in one step. */
const ALL_PAGES = 0x7fffffff;

// On Linux a thread's nice value is its own: lowered, the backup yields a shared core to the main
// process and the window. Elsewhere it would lower the whole app's priority, so it is not done.
function yieldToInteractiveWork(): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(10);
  } catch {
    // not allowed: run at normal priority
  }
}

async function run(data: CheckWorkerData): Promise<CheckWorkerReply> {
  const live = new Database(data.source, { readonly: true, fileMustExist: true });
  try {
    live.pragma('busy_timeout = 5000');
    // One step holds one read transaction: the copy is the snapshot it started from, whatever the main
    // thread commits meanwhile (a copy made in several steps would start over after each such commit).
    await live.backup(data.file, { progress: () => ALL_PAGES });
  } finally {
    live.close();
  }
  useRollbackJournal(data.file);
  return { type: 'checked', check: checkCopyFile(data.file) };
}

yieldToInteractiveWork();
run(workerData as CheckWorkerData).then(
  (reply) => parentPort?.postMessage(reply),
  (error: unknown) => parentPort?.postMessage({ type: 'failed', message: (error as Error).message }),
);
