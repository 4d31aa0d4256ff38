import { chmodSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../library';
import { tempDir } from '../../../../test/support/temp-library';
import { AUTO_DIR } from './automatic';

const NOW = new Date(2024, 4, 1, 9, 0, 0);

describe('stored backup settings', () => {
  it('defaults to the backups folder inside the library, daily on, the default rotation', () => {
    const dir = tempDir();
    const library = Library.open(dir, { now: () => NOW });
    try {
      expect(library.getBackupSettings()).toEqual({
        dir: join(dir, 'backups'),
        daily: true,
        rotation: { daily: 7, weekly: 4, monthly: 6 },
      });
      expect(library.storageInfo()).toMatchObject({ libraryDir: dir, backupDir: join(dir, 'backups') });
    } finally {
      library.close();
    }
  });

  it('persists across reopening and takes effect for the daily backup', async () => {
    const dir = tempDir();
    const backups = tempDir('bulletin-backups-');
    let library = Library.open(dir, { now: () => NOW });
    const saved = library.updateBackupSettings({
      dir: backups,
      rotation: { daily: 2, weekly: 0, monthly: 1 },
    });
    expect(saved).toEqual({ dir: backups, daily: true, rotation: { daily: 2, weekly: 0, monthly: 1 } });
    library.close();

    library = Library.open(dir, { now: () => NOW });
    try {
      expect(library.getBackupSettings().rotation).toEqual({ daily: 2, weekly: 0, monthly: 1 });
      expect(library.storageInfo().backupDir).toBe(backups);
      const result = await library.backupIfDue();
      expect(result.created?.startsWith(join(backups, AUTO_DIR))).toBe(true);
      expect(existsSync(join(dir, 'backups', AUTO_DIR))).toBe(false);

      library.updateBackupSettings({ daily: false });
      expect(library.getBackupSettings().daily).toBe(false);
      library.updateBackupSettings({ dir: null });
      expect(library.getBackupSettings().dir).toBe(join(dir, 'backups'));
    } finally {
      library.close();
    }
  });

  it('lets settings passed when opening win over stored ones', async () => {
    const dir = tempDir();
    const stored = tempDir('bulletin-stored-');
    const explicit = tempDir('bulletin-explicit-');
    let library = Library.open(dir, { now: () => NOW });
    library.updateBackupSettings({ dir: stored, daily: false, rotation: { daily: 3 } });
    library.close();
    library = Library.open(dir, { now: () => NOW, backups: { dir: explicit, rotation: { weekly: 1 } } });
    try {
      expect(library.getBackupSettings()).toEqual({
        dir: explicit,
        daily: false,
        rotation: { daily: 3, weekly: 1, monthly: 6 },
      });
      expect((await library.backupIfDue()).skipped).toBe('disabled');
      expect(readdirSync(stored)).toEqual([]);
    } finally {
      library.close();
    }
  });

  it('refuses bad rotation counts and folders with a sentence, storing nothing', () => {
    const dir = tempDir();
    const library = Library.open(dir, { now: () => NOW });
    try {
      expect(() => library.updateBackupSettings({ rotation: { daily: -1 } })).toThrow(
        /daily backups to keep must be a whole number from 0 to 100/,
      );
      expect(() => library.updateBackupSettings({ rotation: { monthly: 101 } })).toThrow(/0 to 100/);
      expect(() => library.updateBackupSettings({ rotation: { weekly: 1.5 } })).toThrow(/whole number/);
      expect(() => library.updateBackupSettings({ dir: 'relative/folder' })).toThrow(/must be a full path/);
      expect(() => library.updateBackupSettings({ dir: join(dir, 'missing') })).toThrow(/does not exist/);
      const file = join(dir, 'a-file.txt');
      writeFileSync(file, 'x');
      expect(() => library.updateBackupSettings({ dir: file })).toThrow(/is not a folder/);
      expect(library.getBackupSettings()).toEqual({
        dir: join(dir, 'backups'),
        daily: true,
        rotation: { daily: 7, weekly: 4, monthly: 6 },
      });
    } finally {
      library.close();
    }
  });

  // Root ignores folder permissions (CI runs as root), and Windows has no chmod; the read-only case is
  // covered for root by faults.test.ts, which runs its writer as `nobody`.
  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)(
    'refuses a folder it cannot write',
    () => {
      const dir = tempDir();
      const readOnly = tempDir('bulletin-readonly-');
      chmodSync(readOnly, 0o555);
      const library = Library.open(dir, { now: () => NOW });
      try {
        expect(() => library.updateBackupSettings({ dir: readOnly })).toThrow(/cannot be written/);
      } finally {
        library.close();
        chmodSync(readOnly, 0o755);
      }
    },
  );

  it('warns when the library folder looks cloud-synced', () => {
    const base = tempDir();
    const library = Library.open(join(base, 'Dropbox', 'Bulletin'), { now: () => NOW });
    try {
      expect(library.storageInfo().warning).toMatch(/synced by Dropbox/);
    } finally {
      library.close();
    }
  });
});
