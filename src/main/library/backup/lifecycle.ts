import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type Db, type OpenOptions } from '../db/connection';
import { LibraryError } from '../errors';
import { preMigrationBackup, type BackupSettings } from './automatic';
import { removeStaleTempFiles } from './copies';
import { settleInterruptedRestore } from './restore-journal';
import { beginSession, endSession, staleSessions } from './session';

/** The folder automatic and pre-migration backups go to. */
export function backupDirOf(libraryDir: string, settings: BackupSettings = {}): string {
  return settings.dir ?? join(libraryDir, 'backups');
}

/**
 * Opens the database of the library in `dir` the safe way: clears what killed processes left behind,
 * notes whether the last run shut down uncleanly, backs up before any migration, and leaves this
 * process's open marker (removed by `closeLibraryDatabase`).
 */
export function openLibraryDatabase(
  dir: string,
  file: string,
  options: OpenOptions & { backups?: BackupSettings; now: () => Date },
): { db: Db; uncleanShutdown: boolean } {
  mkdirSync(dir, { recursive: true });
  // Before stale temp files go: an interrupted restore's staged copy may be the library now.
  settleInterruptedRestore(dir, file);
  removeStaleTempFiles(dir);
  const uncleanShutdown = staleSessions(dir).length > 0;
  const backupDir = backupDirOf(dir, options.backups);
  try {
    beginSession(dir);
  } catch (error) {
    throw new LibraryError(
      'io',
      `The library folder ${dir} cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Check its permissions, or that the disk is not read-only or full.`,
    );
  }
  let db: Db;
  try {
    db = openDatabase(file, {
      ...options,
      beforeMigrate: (db, from, to) => {
        options.beforeMigrate?.(db, from, to);
        try {
          preMigrationBackup(db, backupDir, from, to, options.now());
        } catch (error) {
          throw new LibraryError(
            'io',
            `The library needs an upgrade (schema ${from} to ${to}), but the backup taken first could not be made in ${backupDir}: ${(error as Error).message}. Nothing was changed.`,
          );
        }
      },
    });
  } catch (error) {
    endSession(dir);
    throw error;
  }
  return { db, uncleanShutdown };
}

export function closeLibraryDatabase(dir: string, db: Db): void {
  db.close();
  endSession(dir);
}
