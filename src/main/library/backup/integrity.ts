import { openSqliteFile, type Db } from '../db/connection';
import { schemaProblems } from '../db/schema';

/** What an integrity check found: `ok` with no problems, or SQLite's own descriptions of each. */
export interface IntegrityReport {
  ok: boolean;
  problems: string[];
}

/**
 * Runs `PRAGMA integrity_check` (or the faster `quick_check`, which skips index contents) and
 * `foreign_key_check` on an open database. Problems are capped at 100.
 */
export function checkIntegrity(db: Db, mode: 'full' | 'quick' = 'full'): IntegrityReport {
  const problems: string[] = [];
  try {
    const rows = db.pragma(`main.${mode === 'full' ? 'integrity_check' : 'quick_check'}(100)`) as Array<
      Record<string, string>
    >;
    for (const row of rows) {
      const message = String(Object.values(row)[0]);
      if (message !== 'ok') problems.push(message);
    }
    const orphans = db.pragma('foreign_key_check') as Array<{ table: string; rowid: number; parent: string }>;
    for (const o of orphans.slice(0, 100 - problems.length)) {
      problems.push(`${o.table} row ${o.rowid} refers to a missing ${o.parent} row`);
    }
  } catch (error) {
    problems.push((error as Error).message);
  }
  return { ok: problems.length === 0, problems };
}

/**
 * The check of a library (`check`, Settings → Check): integrity, foreign keys, and a schema equal to the
 * one the migrations make, so that a trigger or view that is not ours (a hostile backup's) is reported.
 * Copies are checked without the schema part: a backup of whatever the library holds is still worth having.
 */
export function checkLibraryIntegrity(db: Db): IntegrityReport {
  const report = checkIntegrity(db, 'full');
  const problems = [...report.problems, ...schemaProblems(db)].slice(0, 100);
  return { ok: problems.length === 0, problems };
}

/** Checks a database file without changing it; a file SQLite cannot even open is reported, not thrown. */
export function checkDatabaseFile(
  file: string,
  options: { mode?: 'full' | 'quick'; schema?: boolean } = {},
): IntegrityReport & { schemaVersion?: number } {
  let db: Db | undefined;
  try {
    db = openSqliteFile(file, {
      readonly: true,
      fileMustExist: true,
    });
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    const report = options.schema ? checkLibraryIntegrity(db) : checkIntegrity(db, options.mode ?? 'full');
    return { ...report, schemaVersion };
  } catch (error) {
    return { ok: false, problems: [(error as Error).message] };
  } finally {
    db?.close();
  }
}

/** What a standalone copy holds: its schema version and the number of rows of its main tables. */
export interface CopyInfo {
  schemaVersion: number;
  counts: Record<string, number>;
}

/** A copy's `quick_check` report, with what it holds when it passed. */
export interface CopyCheck extends IntegrityReport {
  info?: CopyInfo;
}

/** Runs `quick_check` (and `foreign_key_check`) on an open copy and, when it passes, reads what it holds. */
export function checkCopy(db: Db): CopyCheck {
  const report = checkIntegrity(db, 'quick');
  if (!report.ok) return report;
  const schemaVersion = db.pragma('user_version', { simple: true }) as number;
  const counts: Record<string, number> = {};
  for (const table of ['articles', 'annotations']) {
    const exists = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(table);
    if (exists) counts[table] = (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  }
  return { ...report, info: { schemaVersion, counts } };
}

/**
 * `checkCopy` on a copy's file, opened read-only (it must already be in rollback-journal mode); a file
 * SQLite cannot open is reported, not thrown. What the check worker (check-worker.ts) runs.
 */
export function checkCopyFile(file: string): CopyCheck {
  let db: Db | undefined;
  try {
    db = openSqliteFile(file, {
      readonly: true,
      fileMustExist: true,
    });
    return checkCopy(db);
  } catch (error) {
    return { ok: false, problems: [(error as Error).message] };
  } finally {
    db?.close();
  }
}
