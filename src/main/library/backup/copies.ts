import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openSqliteFile, type Db } from '../db/connection';
import { fsyncDir, processAlive } from '../files';
import { checkCopyFile, type CopyCheck, type CopyInfo } from './integrity';

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

/**
 * Makes a standalone copy of a database valid on its own: rollback journal instead of WAL (so it needs no
 * `-wal` beside it), then `checkCopyFile` (`quick_check`, `foreign_key_check`, row counts), the check the
 * backup worker runs. Throws when the copy is not sound. Synchronous, for the pre-migration backup made
 * while the database opens; the daily and full backups use `copyAndCheck` (check-client.ts) instead.
 */
export function sealCopy(file: string): CopyInfo {
  useRollbackJournal(file);
  return acceptCopy(checkCopyFile(file));
}

/** Switches a fresh copy from WAL to a rollback journal, so that it needs no `-wal` beside it (quick). */
export function useRollbackJournal(file: string): void {
  const db: Db = openSqliteFile(file);
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/** What a copy holds when its check passed; throws with the first problems otherwise. */
export function acceptCopy(check: CopyCheck): CopyInfo {
  if (!check.ok || !check.info)
    throw new Error(`the copy failed its check: ${check.problems.slice(0, 3).join('; ')}`);
  return check.info;
}

/**
 * Pages (4 KiB each) the online backup copies in its first step; later steps are sized from the time
 * the previous ones took, so that each takes about `STEP_MS` of the main thread.
 */
const FIRST_STEP_PAGES = 100;
const MIN_STEP_PAGES = 16;
const MAX_STEP_PAGES = 4096;
const STEP_MS = 4;

/**
 * Copies the open database to `file` with SQLite's online backup API, a step of pages at a time
 * between turns of the event loop (better-sqlite3 runs each step in its own `setImmediate`), each step
 * a few milliseconds long: a library of 50,000 articles (190 MB) takes a few hundred steps. The last
 * step also commits the copy, which flushes it to disk: 150 ms at that size, so the daily backup only
 * copies here when its worker cannot (see `copyAndCheck`).
 */
export async function copyInSteps(db: Db, file: string): Promise<void> {
  let pages = FIRST_STEP_PAGES;
  let last = performance.now();
  await db.backup(file, {
    // Called after each step with the time since the previous call: that step plus one turn of the
    // event loop (so a busy loop makes the steps smaller, never larger).
    progress: () => {
      const now = performance.now();
      const scale = Math.min(2, STEP_MS / Math.max(now - last, 0.05));
      pages = Math.max(MIN_STEP_PAGES, Math.min(MAX_STEP_PAGES, Math.round(pages * scale)));
      last = now;
      return pages;
    },
  });
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
