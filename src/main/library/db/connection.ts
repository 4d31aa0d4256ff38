import Database from 'better-sqlite3';
import { LibraryError } from '../errors';
import { LATEST_VERSION, migrate } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
}

/**
 * Opens (or creates) a library database: refuses one written by a newer Bulletin without touching it,
 * then turns on WAL, full durability and foreign keys and runs the pending migrations.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
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
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
