/**
 * Opening a library as the app does at start (integrity check after a crash, recovery from the newest
 * good backup, the daily backup), restoring a full backup into a library folder, and checking a
 * library's database file without opening it. `Library.openChecked`, `Library.restore` and
 * `Library.checkFile` call these.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RestorePlacement } from './backup/archive';
import type { BackupSettings } from './backup/automatic';
import { checkDatabaseFile, type IntegrityReport } from './backup/integrity';
import { backupDirOf } from './backup/lifecycle';
import { storageWarning } from './backup/location';
import { describeStartup, recoverDamagedDatabase, type StartupReport } from './backup/recovery';
import { settleInterruptedRestore } from './backup/restore-journal';
import { clearStaleSessions } from './backup/session';
import type { OpenOptions } from './db/connection';
import { LibraryError } from './errors';
import type { Library } from './library';
import type { IndexingMode } from './search/library-search';

/** The library's database, in the library folder. */
export const DATABASE_FILE = 'library.sqlite';

/** How a library is opened (`Library.open` and the others here). */
export interface LibraryOptions extends OpenOptions {
  /** The clock, replaceable in tests. */
  now?: () => Date;
  /** Where automatic backups go and how many are kept. */
  backups?: BackupSettings;
  /**
   * How the search index catches up with changes: `inline` before the next search answers (CLI,
   * tests; the default), `background` in slices of a few milliseconds (the app's main process).
   */
  searchIndexing?: IndexingMode;
  /** Called after every change to the library's content (the app tells its window). */
  onChange?: () => void;
  /** Open the search index on first use rather than at once (the CLI: most commands never search). */
  lazySearch?: boolean;
}

/**
 * Opens the library with `open`; after an unclean shutdown it runs `integrity_check`, and a damaged
 * database is moved aside (never deleted) and the newest good backup restored; then the daily backup
 * is made when due. The report says what happened, for the app to tell the user.
 */
export async function openChecked(
  dir: string,
  options: LibraryOptions,
  open: (dir: string, options: LibraryOptions) => Library,
): Promise<{ library: Library; report: StartupReport }> {
  const { library, backUpIfDue } = openCheckedThenBackUp(dir, options, open);
  return { library, report: await backUpIfDue() };
}

/**
 * `openChecked` without waiting for the daily backup: the library and the start-up report at once, and
 * `backUpIfDue()`, which makes the backup when due and resolves with the report completed (it never
 * rejects: a failed backup is `autoBackupError`). The app creates its window in between: the backup
 * (a copy and check of the whole database, about a second at 50,000 articles) no longer delays it.
 */
export function openCheckedThenBackUp(
  dir: string,
  options: LibraryOptions,
  open: (dir: string, options: LibraryOptions) => Library,
): { library: Library; report: StartupReport; backUpIfDue: () => Promise<StartupReport> } {
  const now = options.now ?? (() => new Date());
  const file = join(dir, DATABASE_FILE);
  let library: Library | undefined;
  let problems: string[] = [];
  let checked = false;
  let unclean = false;
  const interruptedRestore = settleInterruptedRestore(dir, file) ?? undefined;
  try {
    library = open(dir, options);
    unclean = library.uncleanShutdown;
    if (unclean) {
      checked = true;
      const report = library.backups.checkIntegrity({ schema: false });
      problems = report.problems;
      if (!report.ok) {
        library.close();
        library = undefined;
      }
    }
  } catch (error) {
    if (!(error instanceof LibraryError && error.reason === 'damaged')) throw error;
    problems = [error.message];
    checked = true;
  }
  let recovery: ReturnType<typeof recoverDamagedDatabase> | undefined;
  if (!library) {
    recovery = recoverDamagedDatabase(file, backupDirOf(dir, options.backups), now());
    library = open(dir, options);
    clearStaleSessions(dir);
  }
  const partial: Omit<StartupReport, 'message'> = {
    action: recovery ? (recovery.restoredFrom ? 'restored' : 'recreated') : 'none',
    uncleanShutdown: unclean,
    checked,
    problems,
    damagedPath: recovery?.damagedPath,
    restoredFrom: recovery?.restoredFrom,
    backupTime: recovery?.backupTime?.toISOString(),
    storageWarning: storageWarning(dir),
    interruptedRestore,
  };
  const opened = library;
  let backup: Promise<StartupReport> | undefined;
  const backUpIfDue = () =>
    (backup ??= opened
      .backupIfDue()
      .then(
        (autoBackup) => ({ ...partial, autoBackup }),
        (error: unknown) => ({ ...partial, autoBackupError: (error as Error).message }),
      )
      .then((done) => ({ ...done, message: describeStartup(done) })));
  return { library, report: { ...partial, message: describeStartup(partial) }, backUpIfDue };
}

/**
 * Puts a full backup (`.bulletin`) in place as the database of the library folder `dir` (created if
 * need be), which must not be open; see `Library.restore`.
 */
export async function placeLibraryBackup(
  file: string,
  dir: string,
  options: LibraryOptions & { replace?: boolean },
): Promise<RestorePlacement> {
  mkdirSync(dir, { recursive: true });
  const now = options.now ?? (() => new Date());
  const { placeBackup } = await import('./backup/archive');
  return placeBackup(file, join(dir, DATABASE_FILE), {
    replace: options.replace,
    now: now(),
  });
}

/** Runs `PRAGMA integrity_check` on a library's database file without opening the library. */
export function checkLibraryFile(dir: string): IntegrityReport {
  const report = checkDatabaseFile(join(dir, DATABASE_FILE), { schema: true });
  if (report.ok) clearStaleSessions(dir);
  return { ok: report.ok, problems: report.problems };
}
