import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Db } from '../db/connection';
import { fsyncDir, processAlive } from '../files';
import { checkIntegrity } from './integrity';

/**
 * Temporary files are made in the folder their result goes to (a rename never crosses disks) and named
 * `.KIND-PID-N.EXT`; those of a process that died are removed at the next open or the next backup.
 */
let counter = 0;

export function tempPath(dir: string, kind: string, ext: string): string {
  mkdirSync(dir, { recursive: true });
  return join(dir, `.${kind}-${process.pid}-${++counter}${ext}`);
}

export function removeStaleTempFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = /^\.[a-z]+-(\d+)-\d+[.-]/.exec(name);
    if (!m || processAlive(Number(m[1]))) continue;
    rmSync(join(dir, name), { force: true, recursive: true });
    removed.push(join(dir, name));
  }
  return removed;
}

export interface CopyInfo {
  schemaVersion: number;
  counts: Record<string, number>;
}

/**
 * Makes a standalone copy of a database valid on its own: rollback journal instead of WAL (so it needs no
 * `-wal` beside it), then `PRAGMA quick_check`. Throws when the copy is not sound.
 */
export function sealCopy(file: string, nativeBinding?: string): CopyInfo {
  const db: Db = new Database(file, nativeBinding ? { nativeBinding } : {});
  try {
    db.pragma('journal_mode = DELETE');
    const report = checkIntegrity(db, 'quick');
    if (!report.ok) throw new Error(`the copy failed its check: ${report.problems.slice(0, 3).join('; ')}`);
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    const counts: Record<string, number> = {};
    for (const table of ['articles', 'annotations']) {
      const exists = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(table);
      if (exists) counts[table] = (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    }
    return { schemaVersion, counts };
  } finally {
    db.close();
  }
}

/** A local timestamp usable in file names: `2024-05-01_10-20-30`. */
export function fileStamp(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}_${p(d.getHours())}-${p(d.getMinutes())}-${p(d.getSeconds())}`;
}

/** The time in a name made with `fileStamp`, or null. */
export function parseFileStamp(name: string): Date | null {
  const m = /(\d{4})-(\d{2})-(\d{2})_(\d{2})-(\d{2})-(\d{2})/.exec(name);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi, s);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Renames a database with its `-wal` and `-shm`, so that the moved copy keeps its journal. */
export function moveDatabaseAside(file: string, suffix: string): string {
  const target = `${file}.${suffix}`;
  for (const ext of ['', '-wal', '-shm']) {
    if (existsSync(`${file}${ext}`)) renameSync(`${file}${ext}`, `${target}${ext}`);
  }
  fsyncDir(dirname(file));
  return target;
}
