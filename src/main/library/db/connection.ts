import Database from 'better-sqlite3';
import { accessSync, constants } from 'node:fs';
import { LibraryError } from '../errors';
import { LATEST_VERSION, migrate } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /**
   * Called before pending migrations run on a library that already has a schema, with the versions from
   * and to; it makes the pre-migration backup and throws to stop the migration when it cannot.
   */
  beforeMigrate?: (db: Db, from: number, to: number) => void;
  /** Extra settings applied right after opening (tests use it for `max_page_count`). */
  configure?: (db: Db) => void;
}

/**
 * Opens a SQLite file as every file of ours is opened: with SQLite's defensive mode (better-sqlite3's
 * default, kept: no `unsafeMode`) and `trusted_schema = OFF`, so that a file from elsewhere (a backup, a
 * damaged copy) cannot make its schema run functions with side effects.
 */
export function openSqliteFile(file: string, options: Database.Options = {}): Db {
  const db = new Database(file, options);
  try {
    db.pragma('trusted_schema = OFF');
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/**
 * Opens (or creates) a library database: refuses one written by a newer Bulletin without touching it,
 * then turns on WAL, full durability and foreign keys and runs the pending migrations.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  // SQLite silently opens a write-protected file read-only; say so now rather than at the first note.
  try {
    accessSync(file, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw describeOpenFailure(
        file,
        Object.assign(new Error('the file is read-only'), { code: 'SQLITE_READONLY' }),
      );
    }
  }
  let db: Db;
  try {
    db = openSqliteFile(file);
  } catch (error) {
    throw describeOpenFailure(file, error);
  }
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_VERSION) {
      throw new LibraryError(
        'newer-version',
        `The library at ${file} was written by a newer version of Bulletin (schema ${version}; this version knows up to ${LATEST_VERSION}). It was not changed; please update Bulletin.`,
      );
    }
    db.pragma('journal_mode = WAL');
    // Notes are user-authored: FULL keeps a committed note through a power cut.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    options.configure?.(db);
    if (version > 0 && version < LATEST_VERSION) options.beforeMigrate?.(db, version, LATEST_VERSION);
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw describeOpenFailure(file, error);
  }
}

/** Turns SQLite's codes for a damaged, read-only or full database into a sentence for the user. */
function describeOpenFailure(file: string, error: unknown): unknown {
  if (error instanceof LibraryError) return error;
  const code = String((error as { code?: unknown }).code ?? '');
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new LibraryError(
      'damaged',
      `The library database at ${file} is damaged (${(error as Error).message}).`,
    );
  }
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM') {
    return new LibraryError(
      'io',
      `The library at ${file} cannot be opened for writing (${(error as Error).message}). Check that the file and its folder are writable and not on a read-only disk.`,
    );
  }
  if (code === 'SQLITE_FULL') {
    return new LibraryError(
      'io',
      `The disk holding ${file} is full; free some space and open Bulletin again. Nothing was lost.`,
    );
  }
  return error;
}
