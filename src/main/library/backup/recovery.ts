import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { fsyncDir } from '../files';
import { restorableBackups } from './automatic';
import { fileStamp, moveDatabaseAside, tempPath } from './copies';
import { checkDatabaseFile } from './integrity';
import type { StorageWarning } from './location';
import type { AutoBackupResult } from './automatic';
import type { SettledRestore } from './restore-journal';

/** What happened when the library was opened, for the app to tell the user. */
export interface StartupReport {
  /** `restored`: the database was damaged and the newest good backup replaced it; `recreated`: no good
   * backup existed and an empty library was started; `none`: nothing needed doing. */
  action: 'none' | 'restored' | 'recreated';
  /** The previous run ended without closing the library (crash, kill, power cut). */
  uncleanShutdown: boolean;
  /** Whether an integrity check ran, and what it found. */
  checked: boolean;
  problems: string[];
  /** Where the damaged database was moved (never deleted). */
  damagedPath?: string;
  /** The backup restored, and when it was made (ISO time). */
  restoredFrom?: string;
  backupTime?: string;
  autoBackup?: AutoBackupResult;
  /** Set when the daily backup failed; the library itself is fine. */
  autoBackupError?: string;
  storageWarning: StorageWarning | null;
  /** A restore that a crash interrupted, finished or rolled back before the library opened. */
  interruptedRestore?: SettledRestore;
  /** One paragraph saying what happened, for a dialog or a log. */
  message: string;
}

export interface Recovery {
  damagedPath: string;
  restoredFrom?: string;
  backupTime?: Date;
}

/**
 * Moves a damaged database aside (with its journal) as `library.sqlite.damaged-STAMP` and copies the
 * newest backup that passes `integrity_check` into its place. With no good backup, the place is left
 * empty so that a new library starts; the damaged file is kept either way.
 */
export function recoverDamagedDatabase(dbFile: string, backupDir: string, now: Date): Recovery {
  const damagedPath = moveDatabaseAside(dbFile, `damaged-${fileStamp(now)}`);
  for (const backup of restorableBackups(backupDir)) {
    if (!checkDatabaseFile(backup.path).ok) continue;
    const staged = tempPath(dirname(dbFile), 'recover', '.sqlite');
    try {
      copyFileSync(backup.path, staged);
      if (!checkDatabaseFile(staged, { mode: 'quick' }).ok) continue;
      renameSync(staged, dbFile);
      fsyncDir(dirname(dbFile));
      return { damagedPath, restoredFrom: backup.path, backupTime: backup.time };
    } finally {
      if (existsSync(staged)) rmSync(staged, { force: true });
    }
  }
  return { damagedPath };
}

/** A backup's time as the user's clock shows it, e.g. "27 Nov 2026, 09:30". */
function localTime(iso: string | undefined): string {
  if (!iso) return 'an unknown time';
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

export function describeStartup(report: Omit<StartupReport, 'message'>): string {
  const parts: string[] = [];
  if (report.interruptedRestore) parts.push(report.interruptedRestore.message);
  const problem = report.problems[0]?.replace(/\.$/, '');
  if (report.action === 'restored') {
    parts.push(
      `The library was damaged${problem ? ` (${problem})` : ''}. It was restored from the backup of ${localTime(report.backupTime)}; changes made after that are not in it. The damaged file was kept at ${report.damagedPath}.`,
    );
  } else if (report.action === 'recreated') {
    parts.push(
      `The library was damaged${problem ? ` (${problem})` : ''} and no good backup was found, so a new, empty library was started. The damaged file was kept at ${report.damagedPath}; a full backup (.bulletin) can be restored with File → Restore from Backup….`,
    );
  } else if (report.uncleanShutdown) {
    parts.push('Bulletin did not close properly last time; the library was checked and is intact.');
  }
  if (report.autoBackupError) parts.push(`Today's automatic backup failed: ${report.autoBackupError}`);
  if (report.storageWarning) parts.push(report.storageWarning.message);
  return parts.join(' ');
}
