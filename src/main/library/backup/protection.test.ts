import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, Library, type LibraryOptions } from '../library';
import { LATEST_VERSION } from '../db/migrations';
import { initial } from '../db/migrations/001-initial';
import { LibraryError } from '../errors';
import { sampleLibrary } from '../../../../test/support/sample-library';
import { tempDir } from '../../../../test/support/temp-library';
import { AUTO_DIR, listBackups, PRE_MIGRATION_DIR } from './automatic';
import { storageWarning } from './location';
import { backupsToKeep, isoWeekKey } from './rotation';
import { dumpTables } from '../../../../test/support/zip-files';

function clock(start: string): { now: () => Date; set: (iso: string) => void } {
  let current = new Date(start);
  return { now: () => current, set: (iso) => (current = new Date(iso)) };
}

function sha(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Leaves a marker as a process that died with the library open would. */
function simulateCrash(dir: string): void {
  writeFileSync(join(dir, '.bulletin-open-999999'), 'crashed\n');
}

function corruptHeader(file: string): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(16), 0, 16, 0);
  closeSync(fd);
}

describe('automatic backups', () => {
  it('makes at most one a day, each a checked SQLite copy, and rotates 7 daily / 4 weekly / 6 monthly', async () => {
    const time = clock('2024-01-01T10:00:00');
    const options: LibraryOptions = {
      now: time.now,
      backups: { rotation: { daily: 7, weekly: 4, monthly: 6 } },
    };
    const library = sampleLibrary(options);
    const dir = join(library.dir, 'backups', AUTO_DIR);
    const first = await library.backupIfDue();
    expect(first.created).toMatch(/library-2024-01-01_10-00-00\.sqlite$/);
    expect(await library.backupIfDue()).toEqual({ skipped: 'recent', removed: [] });
    const copy = new Database(first.created!, { readonly: true });
    expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect((copy.prepare('SELECT count(*) AS n FROM annotations').get() as { n: number }).n).toBe(14);
    copy.close();

    // A year of daily use.
    for (let day = 1; day <= 365; day++) {
      time.set(new Date(2024, 0, 1 + day, 10).toISOString());
      await library.backupIfDue();
    }
    const kept = listBackups(dir).map((b) => b.time);
    const expected = backupsToKeep(
      Array.from({ length: 366 }, (_, d) => ({ path: String(d), time: new Date(2024, 0, 1 + d, 10) })),
      { daily: 7, weekly: 4, monthly: 6 },
    );
    expect(kept).toHaveLength(expected.size);
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 6);
    expect(kept[0]).toEqual(new Date(2024, 0, 366, 10));
    library.close();
  }, 60_000);

  it('can be turned off and sent to another folder', async () => {
    const elsewhere = tempDir();
    const off = sampleLibrary({ backups: { daily: false } });
    expect(await off.backupIfDue()).toEqual({ skipped: 'disabled', removed: [] });
    off.close();
    const moved = sampleLibrary({ backups: { dir: elsewhere } });
    expect((await moved.backupIfDue()).created!.startsWith(join(elsewhere, AUTO_DIR))).toBe(true);
    moved.close();
  });
});

describe('rotation', () => {
  it('keeps the newest backup of each of the last N days, ISO weeks and months that have one', () => {
    const at = (iso: string) => ({ path: iso, time: new Date(iso) });
    const backups = [
      '2024-03-31T10:00:00',
      '2024-03-31T08:00:00',
      '2024-03-30T10:00:00',
      '2024-03-20T10:00:00',
      '2024-03-13T10:00:00',
      '2024-02-10T10:00:00',
      '2024-01-05T10:00:00',
      '2023-12-01T10:00:00',
    ].map(at);
    expect([...backupsToKeep(backups, { daily: 2, weekly: 3, monthly: 3 })].sort()).toEqual(
      [
        '2024-03-31T10:00:00', // newest day, newest week, newest month
        '2024-03-30T10:00:00', // second day
        '2024-03-20T10:00:00', // second week
        '2024-03-13T10:00:00', // third week
        '2024-02-10T10:00:00', // second month
        '2024-01-05T10:00:00', // third month
      ].sort(),
    );
    expect(backupsToKeep([], { daily: 7, weekly: 4, monthly: 6 }).size).toBe(0);
    expect(isoWeekKey(new Date(2021, 0, 3))).toBe('2020-W53');
    expect(isoWeekKey(new Date(2024, 11, 30))).toBe('2025-W01');
  });
});

describe('pre-migration backups', () => {
  function versionOneLibrary(): string {
    const dir = tempDir();
    const db = new Database(join(dir, DATABASE_FILE));
    initial.up(db);
    db.pragma('user_version = 1');
    db.exec(`INSERT INTO articles (id, title, content_hash, imported_at) VALUES (1, 'Kept', 'h', 'x')`);
    db.close();
    return dir;
  }

  it('backs up before migrating, keeps it out of the rotation, and keeps it when a migration fails', () => {
    const dir = versionOneLibrary();
    const library = Library.open(dir, { now: () => new Date('2024-05-01T10:00:00') });
    expect(library.listArticles().map((a) => a.title)).toEqual(['Kept']);
    library.close();
    const pre = readdirSync(join(dir, 'backups', PRE_MIGRATION_DIR));
    expect(pre).toEqual([`library-2024-05-01_10-00-00-v1-before-v${LATEST_VERSION}.sqlite`]);
    const copy = new Database(join(dir, 'backups', PRE_MIGRATION_DIR, pre[0]!), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    copy.close();
    // Reopening an up-to-date library makes no further pre-migration backup.
    Library.open(dir).close();
    expect(readdirSync(join(dir, 'backups', PRE_MIGRATION_DIR))).toHaveLength(1);
  });

  it('does not migrate when the backup cannot be made, and a failed migration leaves every backup in place', () => {
    const dir = versionOneLibrary();
    const before = dumpTables(join(dir, DATABASE_FILE));
    writeFileSync(join(dir, 'not-a-folder'), '');
    const error = (() => {
      try {
        Library.open(dir, { backups: { dir: join(dir, 'not-a-folder') } });
      } catch (e) {
        return e as LibraryError;
      }
    })();
    expect(error?.message).toMatch(
      /needs an upgrade \(schema 1 to \d+\), but the backup taken first could not be made.*Nothing was changed/,
    );
    expect(dumpTables(join(dir, DATABASE_FILE))).toEqual(before); // the data, at schema 1

    // A migration that fails (here: an index that migration 2 creates already exists) rolls back; run it
    // twice, and both pre-migration backups stay.
    for (const minute of ['00', '01']) {
      const e = (() => {
        try {
          Library.open(dir, {
            now: () => new Date(`2024-05-01T10:${minute}:00`),
            beforeMigrate: (db) => db.exec('CREATE INDEX IF NOT EXISTS articles_by_url ON articles(title)'),
          });
        } catch (err) {
          return err as Error;
        }
      })();
      expect(e).toBeInstanceOf(Error);
    }
    const pre = readdirSync(join(dir, 'backups', PRE_MIGRATION_DIR)).sort();
    expect(pre).toHaveLength(2);
    const db = new Database(join(dir, DATABASE_FILE), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.close();
  });
});

describe('damaged databases', () => {
  it('after a crash, checks the library; a damaged one is moved aside and the newest good backup restored', async () => {
    const time = clock('2024-05-01T10:00:00');
    const library = sampleLibrary({ now: time.now });
    const dir = library.dir;
    await library.backupIfDue();
    library.close();
    const before = dumpTables(join(dir, DATABASE_FILE));

    simulateCrash(dir);
    corruptHeader(join(dir, DATABASE_FILE));
    time.set('2024-05-02T09:30:00');
    const { library: opened, report } = await Library.openChecked(dir, { now: time.now });
    expect(report).toMatchObject({ action: 'restored', checked: true, uncleanShutdown: false });
    expect(report.damagedPath).toBe(join(dir, `${DATABASE_FILE}.damaged-2024-05-02_09-30-00`));
    expect(report.restoredFrom).toMatch(/backups\/auto\/library-2024-05-01_10-00-00\.sqlite$/);
    expect(report.backupTime).toBe(new Date('2024-05-01T10:00:00').toISOString());
    expect(report.message).toMatch(/damaged.*restored from the backup of .*The damaged file was kept at/);
    expect(report.autoBackup?.created).toMatch(/library-2024-05-02_09-30-00\.sqlite$/);
    expect(existsSync(report.damagedPath!)).toBe(true);
    expect(opened.listNotes()).toHaveLength(14);
    opened.close();
    const after = dumpTables(join(dir, DATABASE_FILE));
    expect(after.annotations).toEqual(before.annotations);
    expect(readdirSync(dir).filter((n) => n.startsWith('.bulletin-open-'))).toEqual([]);
  });

  it('finds damage inside the file with integrity_check after an unclean shutdown', async () => {
    const library = sampleLibrary({ now: () => new Date('2024-05-01T10:00:00') });
    const dir = library.dir;
    await library.backupIfDue();
    library.close();
    const file = join(dir, DATABASE_FILE);
    // Overwrite the last page with garbage: the header is fine, a b-tree page is not.
    const size = statSync(file).size;
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, size - 4096);
    closeSync(fd);
    simulateCrash(dir);
    const { library: opened, report } = await Library.openChecked(dir, {
      now: () => new Date('2024-05-03T10:00:00'),
    });
    expect(report.checked).toBe(true);
    expect(report.uncleanShutdown).toBe(true);
    expect(report.problems.length).toBeGreaterThan(0);
    expect(report.action).toBe('restored');
    expect(opened.checkIntegrity().ok).toBe(true);
    opened.close();
  });

  it('with no good backup, starts an empty library and tells where the damaged file is (nothing deleted)', async () => {
    const library = sampleLibrary();
    const dir = library.dir;
    library.close();
    corruptHeader(join(dir, DATABASE_FILE));
    const damagedHash = sha(join(dir, DATABASE_FILE));
    const { library: opened, report } = await Library.openChecked(dir, {
      now: () => new Date('2024-05-01T10:00:00'),
    });
    expect(report.action).toBe('recreated');
    expect(report.message).toMatch(/no good backup was found.*The damaged file was kept at/);
    expect(sha(report.damagedPath!)).toBe(damagedHash);
    expect(opened.listArticles()).toEqual([]);
    opened.close();
  });

  it('says the library was checked after a crash and is intact', async () => {
    const library = sampleLibrary();
    const dir = library.dir;
    library.close();
    simulateCrash(dir);
    const { library: opened, report } = await Library.openChecked(dir);
    expect(report).toMatchObject({ action: 'none', uncleanShutdown: true, checked: true, problems: [] });
    expect(report.message).toBe(
      'Bulletin did not close properly last time; the library was checked and is intact.',
    );
    opened.close();
    const { library: again, report: quiet } = await Library.openChecked(dir);
    expect(quiet).toMatchObject({ uncleanShutdown: false, checked: false, message: '' });
    again.close();
  });

  it('refuses a library from a newer version without changing or moving it', async () => {
    const dir = tempDir();
    const file = join(dir, DATABASE_FILE);
    const db = new Database(file);
    db.exec('CREATE TABLE future (x)');
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    const hash = sha(file);
    const error = await Library.openChecked(dir).catch((e: unknown) => e as LibraryError);
    expect(error).toBeInstanceOf(LibraryError);
    expect((error as LibraryError).reason).toBe('newer-version');
    expect(sha(file)).toBe(hash);
    expect(readdirSync(dir).filter((n) => n.includes('damaged'))).toEqual([]);
  });

  it('checks a library file on demand without opening it', () => {
    const library = sampleLibrary();
    const dir = library.dir;
    library.close();
    expect(Library.checkFile(dir)).toEqual({ ok: true, problems: [] });
    corruptHeader(join(dir, DATABASE_FILE));
    expect(Library.checkFile(dir)).toEqual({ ok: false, problems: ['file is not a database'] });
  });
});

describe('where the library lives', () => {
  it('warns for cloud-synced folders and network shares, not for local folders', () => {
    const local = { fsType: null, platform: 'linux' as const };
    expect(storageWarning('/home/asha/.config/Bulletin/library', local)).toBeNull();
    expect(
      storageWarning('C:\\Users\\Asha\\AppData\\Roaming\\Bulletin\\library', { ...local, platform: 'win32' }),
    ).toBeNull();
    for (const path of [
      '/home/asha/Dropbox/Bulletin',
      '/Users/asha/Dropbox (Personal)/Bulletin',
      'C:\\Users\\Asha\\OneDrive\\Documents\\Bulletin',
      'C:\\Users\\Asha\\OneDrive - Acme Corp\\Bulletin',
      '/Users/asha/Library/Mobile Documents/com~apple~CloudDocs/Bulletin',
      '/Users/asha/Library/CloudStorage/GoogleDrive-asha@example.com/My Drive/Bulletin',
      'G:\\My Drive\\Bulletin',
      '/home/asha/Nextcloud/Bulletin',
    ]) {
      expect(storageWarning(path, local)?.kind, path).toBe('cloud');
    }
    expect(storageWarning('\\\\fileserver\\share\\Bulletin', { ...local, platform: 'win32' })?.kind).toBe(
      'network',
    );
    expect(storageWarning('//nas/home/Bulletin', local)?.kind).toBe('network');
    expect(storageWarning('/Volumes/NAS/Bulletin', { ...local, platform: 'darwin' })?.kind).toBe('network');
    expect(storageWarning('/run/user/1000/gvfs/smb-share:server=nas,share=home/Bulletin', local)?.kind).toBe(
      'network',
    );
    expect(storageWarning('/mnt/data/Bulletin', { ...local, fsType: 0x6969 })?.message).toMatch(/NFS/);
    expect(storageWarning('/mnt/data/Bulletin', { ...local, fsType: 0xef53 })).toBeNull(); // ext4
    expect(storageWarning('\\\\?\\C:\\Users\\Asha\\Bulletin', { ...local, platform: 'win32' })).toBeNull();
    expect(storageWarning('/home/asha/dropbox-notes-old/x', local)).toBeNull();
  });
});
