import type { Worker } from 'node:worker_threads';
import type { Db } from '../db/connection';
import { Jobs, type JobStatus } from '../jobs';
import type { BackupPhase, BackupResult } from './archive';
import { backupIfDue, type AutoBackupResult } from './automatic';
import {
  LibraryBackupSettings,
  type BackupSettingsChange,
  type EffectiveBackupSettings,
  type StorageInfo,
} from './backup-settings';
import { checkLibraryInWorker } from './check-client';
import { checkIntegrity, checkLibraryIntegrity, type IntegrityReport } from './integrity';
import { backupDirOf } from './lifecycle';
import { clearStaleSessions } from './session';
import type { LibraryOptions } from '../library-open';

/** Full backups, the daily automatic one, where they go, and the integrity check. */
export class Backups {
  private readonly settings: LibraryBackupSettings;
  /** Full backups are jobs: one at a time, with their phase (see jobs.ts). */
  private readonly backupJobs = new Jobs<{ phase: BackupPhase }, BackupResult>({
    noun: 'a backup',
    initial: () => ({ phase: 'copying' }),
    describeError: (error) => `The backup stopped: ${error.message}`,
  });

  constructor(
    private readonly db: Db,
    private readonly dir: string,
    private readonly now: () => Date,
    options: LibraryOptions['backups'] = {},
  ) {
    this.settings = new LibraryBackupSettings(db, dir, options);
  }

  /** Writes a full backup (`.bulletin`) to `file`, atomically, and verifies it. */
  async backupTo(file: string): Promise<BackupResult> {
    return this.startBackup(file).result;
  }

  /** A full backup as a job (one at a time), whose status tells its phase; `backupTo` waits for it. */
  startBackup(file: string): { id: number; result: Promise<BackupResult> } {
    return this.backupJobs.run(async ({ report }) => {
      const { createBackup } = await import('./archive'); // zip writing only when a backup is made
      return createBackup(this.db, file, this.now(), { onPhase: (phase) => report({ phase }) });
    });
  }

  /** Where a full backup job stands; without an id, the latest one (null when there has been none). */
  backupStatus(id?: number): JobStatus<{ phase: BackupPhase }, BackupResult> | null {
    const latest = id ?? this.backupJobs.latest();
    return latest === null ? null : this.backupJobs.status(latest);
  }

  /** Makes the daily automatic backup unless one was made today, and applies the rotation. */
  async backupIfDue(): Promise<AutoBackupResult> {
    const effective = this.settings.effective();
    return backupIfDue(this.db, backupDirOf(this.dir, effective), effective, this.now());
  }

  /** The backup folder, whether the daily backup is on, and the rotation, as they take effect. */
  getSettings(): EffectiveBackupSettings {
    return this.settings.get();
  }

  /** Validates and stores backup settings in the library; settings passed when opening still win. */
  updateSettings(change: BackupSettingsChange): EffectiveBackupSettings {
    return this.settings.update(change);
  }

  /** Where the library and its backups are, with a warning when the library folder looks unsafe. */
  storageInfo(): StorageInfo {
    return this.settings.storageInfo();
  }

  /** `PRAGMA integrity_check` and `foreign_key_check`; a clean result also clears earlier crash markers. */
  checkIntegrity(options: { schema?: boolean } = {}): IntegrityReport {
    // At start after a crash only damage counts: a foreign trigger is reported by `check`, not "recovered".
    const report =
      options.schema === false ? checkIntegrity(this.db, 'full') : checkLibraryIntegrity(this.db);
    if (report.ok) clearStaleSessions(this.dir);
    return report;
  }

  /** The library check (`checkIntegrity` with the schema) in the check worker, off the main thread. */
  async checkIntegrityInWorker(
    options: { start?: () => Worker; workerFrom?: number } = {},
  ): Promise<IntegrityReport & { checkedIn: 'worker' | 'main thread' }> {
    const report = await checkLibraryInWorker(this.db, options);
    if (report.ok) clearStaleSessions(this.dir);
    return report;
  }
}
