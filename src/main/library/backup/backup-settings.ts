/**
 * A library's backup settings: those stored in the library (the settings dialog), with those passed
 * when opening it (`LibraryOptions.backups`: the CLI's flags, tests) on top; and where the library and
 * its backups are.
 */
import { accessSync, constants as fsConstants, statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import type { Db } from '../db/connection';
import * as settings from '../db/settings';
import { LibraryError } from '../errors';
import type { BackupSettings } from './automatic';
import { backupDirOf } from './lifecycle';
import { storageWarning } from './location';
import { DEFAULT_ROTATION, type Rotation } from './rotation';

/** The backup settings in effect: stored ones, overridden by what the caller passed when opening. */
export interface EffectiveBackupSettings {
  dir: string;
  daily: boolean;
  rotation: Rotation;
}

/** A change to the stored backup settings; `dir: null` goes back to the default folder. */
export interface BackupSettingsChange {
  dir?: string | null;
  daily?: boolean;
  rotation?: Partial<Rotation>;
}

export interface StorageInfo {
  libraryDir: string;
  backupDir: string;
  /** A sentence when the library folder looks cloud-synced or on a network share. */
  warning: string | null;
}

const ROTATION_KEYS = ['daily', 'weekly', 'monthly'] as const;

export class LibraryBackupSettings {
  constructor(
    private readonly db: Db,
    private readonly libraryDir: string,
    /** The settings passed when opening the library: they win over the stored ones. */
    private readonly explicit: BackupSettings,
  ) {}

  /** Stored settings with the caller's explicit `options.backups` on top. */
  effective(): BackupSettings {
    const stored = this.stored();
    const explicit = this.explicit;
    return {
      dir: explicit.dir ?? stored.dir,
      daily: explicit.daily ?? stored.daily,
      rotation: { ...stored.rotation, ...definedOnly(explicit.rotation ?? {}) },
    };
  }

  /** The backup folder, whether the daily backup is on, and the rotation, as they take effect. */
  get(): EffectiveBackupSettings {
    const effective = this.effective();
    return {
      dir: backupDirOf(this.libraryDir, effective),
      daily: effective.daily !== false,
      rotation: { ...DEFAULT_ROTATION, ...effective.rotation },
    };
  }

  /** Validates and stores backup settings in the library; settings passed when opening still win. */
  update(change: BackupSettingsChange): EffectiveBackupSettings {
    let rotation: Rotation | undefined;
    if (change.rotation !== undefined) {
      rotation = { ...DEFAULT_ROTATION, ...this.stored().rotation };
      for (const key of ROTATION_KEYS) {
        const value = change.rotation[key];
        if (value === undefined) continue;
        if (!Number.isInteger(value) || value < 0 || value > 100)
          throw new LibraryError(
            'invalid-input',
            `The number of ${key} backups to keep must be a whole number from 0 to 100 (got ${value}).`,
          );
        rotation[key] = value;
      }
    }
    if (typeof change.dir === 'string') checkBackupFolder(change.dir);
    if (change.daily !== undefined && typeof change.daily !== 'boolean')
      throw new LibraryError('invalid-input', 'The daily backup setting must be on or off.');
    this.db.transaction(() => {
      if (change.dir === null) settings.deleteSetting(this.db, 'backup.dir');
      else if (change.dir !== undefined) settings.setSetting(this.db, 'backup.dir', change.dir);
      if (change.daily !== undefined)
        settings.setSetting(this.db, 'backup.daily', JSON.stringify(change.daily));
      if (rotation) settings.setSetting(this.db, 'backup.rotation', JSON.stringify(rotation));
    })();
    return this.get();
  }

  /** Where the library and its backups are, with a warning when the library folder looks unsafe. */
  storageInfo(): StorageInfo {
    return {
      libraryDir: this.libraryDir,
      backupDir: this.get().dir,
      warning: storageWarning(this.libraryDir)?.message ?? null,
    };
  }

  /** The settings stored in the library; values that are not valid are left out. */
  private stored(): BackupSettings {
    const stored: BackupSettings = {};
    const dir = settings.getSetting(this.db, 'backup.dir');
    if (dir) stored.dir = dir;
    const daily = parseJson(settings.getSetting(this.db, 'backup.daily'));
    if (typeof daily === 'boolean') stored.daily = daily;
    const rotation = parseJson(settings.getSetting(this.db, 'backup.rotation'));
    if (rotation && typeof rotation === 'object') {
      const clean: Partial<Rotation> = {};
      for (const key of ROTATION_KEYS) {
        const value = (rotation as Record<string, unknown>)[key];
        if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100)
          clean[key] = value;
      }
      stored.rotation = clean;
    }
    return stored;
  }
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** A backup folder must be an absolute path to an existing folder this process can write. */
function checkBackupFolder(dir: string): void {
  if (!isAbsolute(dir))
    throw new LibraryError('invalid-input', `The backup folder must be a full path, not “${dir}”.`);
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    throw new LibraryError('invalid-input', `The backup folder ${dir} does not exist.`);
  }
  if (!isDir) throw new LibraryError('invalid-input', `The backup folder ${dir} is not a folder.`);
  try {
    accessSync(dir, fsConstants.W_OK);
  } catch {
    throw new LibraryError(
      'invalid-input',
      `The backup folder ${dir} cannot be written; choose another folder.`,
    );
  }
}
