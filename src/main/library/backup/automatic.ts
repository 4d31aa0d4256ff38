import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { localToday } from '../../../shared/dates';
import type { Db } from '../db/connection';
import { fsyncDir } from '../files';
import { copyAndCheck, type CopyOptions } from './check-client';
import { acceptCopy, fileStamp, parseFileStamp, removeStaleTempFiles, sealCopy, tempPath } from './copies';
import { oneBackupAtATime } from './in-flight';
import { backupsToKeep, DEFAULT_ROTATION, type DatedBackup, type Rotation } from './rotation';

/**
 * Automatic backups, plain SQLite files made with SQLite's online backup API and checked with
 * `quick_check` (the daily one in a worker thread): at most one a day in `auto/` (rotated), and one before
 * every schema migration in `pre-migration/` (never rotated, so a failed upgrade can always be undone).
 */

export interface BackupSettings {
  /** The backup folder; `backups` inside the library folder by default. */
  dir?: string;
  /** Set false to turn the daily backup off (pre-migration backups are always made). */
  daily?: boolean;
  rotation?: Partial<Rotation>;
}

export const AUTO_DIR = 'auto';
export const PRE_MIGRATION_DIR = 'pre-migration';
const PREFIX = 'library-';

export interface AutoBackupResult {
  /** The new backup, when one was made. */
  created?: string;
  /** Why none was made. */
  skipped?: 'disabled' | 'recent';
  /** Older backups the rotation removed. */
  removed: string[];
}

/** Backups in a folder, newest first, with the time in their names. */
export function listBackups(dir: string): DatedBackup[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.startsWith(PREFIX) && n.endsWith('.sqlite'))
    .flatMap((n) => {
      const time = parseFileStamp(n);
      return time ? [{ path: join(dir, n), time }] : [];
    })
    .sort((a, b) => b.time.getTime() - a.time.getTime() || b.path.localeCompare(a.path));
}

/** Every backup a damaged library could be restored from: automatic and pre-migration, newest first. */
export function restorableBackups(backupDir: string): DatedBackup[] {
  return [...listBackups(join(backupDir, AUTO_DIR)), ...listBackups(join(backupDir, PRE_MIGRATION_DIR))].sort(
    (a, b) => b.time.getTime() - a.time.getTime(),
  );
}

function uniquePath(dir: string, base: string): string {
  let path = join(dir, `${base}.sqlite`);
  for (let n = 2; existsSync(path); n++) path = join(dir, `${base}-${n}.sqlite`);
  return path;
}

/**
 * Makes today's backup unless there is one from today already, then applies the rotation. The copy is
 * made and checked in a worker thread (see `copyAndCheck`), so the app stays responsive however large
 * the library; the backup is kept only when the check passes. A call while the library's daily backup
 * is queued or running (the startup one and the hourly timer's) returns that backup's promise, and
 * one backup of a library runs at a time (`oneBackupAtATime`).
 */
export function backupIfDue(
  db: Db,
  backupDir: string,
  settings: BackupSettings,
  now: Date,
  options: CopyOptions = {},
): Promise<AutoBackupResult> {
  return oneBackupAtATime(db, 'daily', () => dailyBackup(db, backupDir, settings, now, options));
}

async function dailyBackup(
  db: Db,
  backupDir: string,
  settings: BackupSettings,
  now: Date,
  options: CopyOptions,
): Promise<AutoBackupResult> {
  if (settings.daily === false) return { skipped: 'disabled', removed: [] };
  const dir = join(backupDir, AUTO_DIR);
  const newest = listBackups(dir)[0];
  if (newest && localToday(newest.time) === localToday(now)) return { skipped: 'recent', removed: [] };
  removeStaleTempFiles(dir);
  const tmp = tempPath(dir, 'partial', '.sqlite');
  try {
    acceptCopy(await copyAndCheck(db, tmp, options));
    const path = uniquePath(dir, `${PREFIX}${fileStamp(now)}`);
    renameSync(tmp, path);
    fsyncDir(dir);
    return { created: path, removed: rotate(dir, { ...DEFAULT_ROTATION, ...settings.rotation }) };
  } finally {
    for (const ext of ['', '-journal', '-wal', '-shm']) rmSync(`${tmp}${ext}`, { force: true });
  }
}

/** Deletes the automatic backups the rotation no longer keeps; returns their paths. */
export function rotate(dir: string, rotation: Rotation): string[] {
  const all = listBackups(dir);
  const keep = backupsToKeep(all, rotation);
  const removed = all.filter((b) => !keep.has(b.path)).map((b) => b.path);
  for (const path of removed) rmSync(path, { force: true });
  return removed;
}

/**
 * The backup taken before migrating from `from` to `to`. Synchronous (`VACUUM INTO`), since migrations
 * run while the database opens; throws when it cannot be made, and then the migration must not run.
 */
export function preMigrationBackup(db: Db, backupDir: string, from: number, to: number, now: Date): string {
  const dir = join(backupDir, PRE_MIGRATION_DIR);
  mkdirSync(dir, { recursive: true });
  removeStaleTempFiles(dir);
  const path = uniquePath(dir, `${PREFIX}${fileStamp(now)}-v${from}-before-v${to}`);
  const tmp = tempPath(dir, 'partial', '.sqlite');
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
    sealCopy(tmp);
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
    rmSync(`${tmp}-journal`, { force: true });
  }
  fsyncDir(dir);
  return path;
}
