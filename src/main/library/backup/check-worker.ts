/**
 * The daily backup's worker thread: copies the live library (opened read-only) to a new file with
 * SQLite's online backup API, switches the copy to a rollback journal, and runs `checkCopy` on it
 * (`quick_check`, `foreign_key_check`, row counts), then answers with the result. On a library of 50,000
 * articles that is over a second of work the main thread no longer waits out. Started by
 * `copyAndCheck` (check-client.ts); built as `out/main/check-worker.js`. It also checks the live library
 * itself (`checkLibraryInWorker`).
 */
import Database from 'better-sqlite3';
import { yieldToInteractiveWork } from '../workers/priority';
import { packBackupHere } from './archive';
import { serve } from '../workers/rpc';
import type { CheckMethods, CheckWorkerData } from './check-client';
import { useRollbackJournal } from './copies';
import { checkCopyFile, checkDatabaseFile, type CopyCheck } from './integrity';

/** Pages per step of the online backup: here nothing waits, so all of them in one step. */
const ALL_PAGES = 0x7fffffff;

/** Copies `data.source` to `data.file` and checks the copy; rejects (with SQLite's sentence) when it cannot. */
async function copyAndCheckHere(data: CheckWorkerData): Promise<CopyCheck> {
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
  return checkCopyFile(data.file);
}

yieldToInteractiveWork();
serve<CheckMethods>({
  check: copyAndCheckHere,
  // The library check (Settings → Check, `checkLibrary`) on a read-only connection of its own: 1.5 s of
  // `integrity_check` at 50,000 articles that the main thread no longer waits out.
  checkLibrary: ({ file }) => {
    const { ok, problems } = checkDatabaseFile(file, { schema: true });
    return { ok, problems };
  },
  // A full backup's hash, zip and read-back: 60-100 ms of the main thread at 50,000 articles.
  pack: (data, progress) => packBackupHere(data, progress),
});
