import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { fsyncDir, writeFileAtomic } from '../files';

/**
 * A restore swaps two files: the current database goes aside, the checked copy of the backup takes its
 * place. A crash between the two would leave no database where the library is looked for. So before the
 * swap a small journal names both files; at the next start `settleInterruptedRestore` reads it and
 * finishes the swap (the copy was complete and checked) or rolls it back, and says which.
 */
export const RESTORE_JOURNAL = 'restore-journal.json';

const JournalSchema = z.object({
  backup: z.string(),
  /** The checked copy of the backup's database, waiting in the library folder. */
  staged: z.string(),
  /** Where the current database goes (null: there was none, or an empty one that is removed). */
  previous: z.string().nullable(),
  startedAt: z.string(),
});
export type RestoreJournal = z.infer<typeof JournalSchema>;

/** What the next start did with a restore that a crash interrupted. */
export interface SettledRestore {
  outcome: 'finished' | 'rolled-back';
  message: string;
}

/** Records, durably, the swap about to happen. */
export function writeRestoreJournal(dir: string, journal: RestoreJournal): void {
  writeFileAtomic(join(dir, RESTORE_JOURNAL), JSON.stringify(journal, null, 2));
  fsyncDir(dir);
}

/** The swap is done: the journal goes. */
export function clearRestoreJournal(dir: string): void {
  rmSync(join(dir, RESTORE_JOURNAL), { force: true });
  fsyncDir(dir);
}

/**
 * Finishes or rolls back a restore that a crash interrupted, before the library opens; null when there
 * was none. Nothing is deleted that holds a library: only a staged copy whose swap never began.
 */
export function settleInterruptedRestore(dir: string, dbFile: string): SettledRestore | null {
  const path = join(dir, RESTORE_JOURNAL);
  if (!existsSync(path)) return null;
  let journal: RestoreJournal;
  try {
    journal = JournalSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    // A journal torn by the crash was written before the swap began: the library is as it was.
    clearRestoreJournal(dir);
    return null;
  }
  // The journal names files in this folder only; anything else is not ours to move.
  const inDir = (file: string | null) => file === null || resolve(dirname(file)) === resolve(dir);
  if (!inDir(journal.staged) || !inDir(journal.previous) || basename(dbFile) === basename(journal.staged)) {
    clearRestoreJournal(dir);
    return null;
  }
  const stagedThere = existsSync(journal.staged);
  const current = existsSync(dbFile);
  let settled: SettledRestore;
  if (stagedThere && !current) {
    // The current database was moved aside (or removed, being empty): the checked copy goes in.
    renameSync(journal.staged, dbFile);
    settled = {
      outcome: 'finished',
      message: `The restore of ${journal.backup} was interrupted and has now been finished.${journal.previous ? ` The library from before it is kept at ${journal.previous}.` : ''}`,
    };
  } else if (stagedThere && current) {
    // The swap never began: the library is untouched, and the copy can go.
    for (const ext of ['', '-journal', '-wal', '-shm']) rmSync(`${journal.staged}${ext}`, { force: true });
    settled = {
      outcome: 'rolled-back',
      message: `The restore of ${journal.backup} was interrupted before it changed anything; your library is as it was. You can restore it again.`,
    };
  } else if (!current && journal.previous && existsSync(journal.previous)) {
    // Neither copy is in place (it cannot happen in the order we swap, but a user may have moved files).
    for (const ext of ['', '-wal', '-shm']) {
      if (existsSync(`${journal.previous}${ext}`)) renameSync(`${journal.previous}${ext}`, `${dbFile}${ext}`);
    }
    settled = {
      outcome: 'rolled-back',
      message: `The restore of ${journal.backup} was interrupted; the library from before it was put back.`,
    };
  } else if (current) {
    // The copy is in place: the swap completed and only the journal was left.
    settled = { outcome: 'finished', message: `The restore of ${journal.backup} was finished.` };
  } else {
    settled = {
      outcome: 'rolled-back',
      message: `The restore of ${journal.backup} was interrupted and its copy is gone; a new, empty library was started. Restore the backup again.`,
    };
  }
  fsyncDir(dir);
  clearRestoreJournal(dir);
  return settled;
}
