import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../db/connection';
import { LibraryError } from '../errors';
import { sampleLibrary } from '../../../../test/support/sample-library';
import { DATABASE_FILE } from '../library';
import { fakeWorker } from '../../../../test/support/fake-worker';
import { tempDir } from '../../../../test/support/temp-library';
import { createBackup, placeBackup, verifyBackup, type Manifest } from './archive';
import { AUTO_DIR, backupIfDue } from './automatic';
import { startCheckWorker, type CheckWorkerData } from './check-client';
import { dumpTables } from '../../../../test/support/zip-files';

const NOW = new Date(2024, 4, 1, 9, 0, 0);

const opened: Db[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** The sample library's database, open as the app holds it (WAL, written to meanwhile). */
function sampleDb(): Db {
  const library = sampleLibrary({ now: () => NOW });
  library.close();
  const db = openDatabase(join(library.dir, DATABASE_FILE));
  opened.push(db);
  return db;
}

/** The database inside a `.bulletin` file, put in place (not opened as a library) in a new folder. */
async function restoredTables(file: string): Promise<Record<string, unknown[]>> {
  const target = join(tempDir('bulletin-archive-restored-'), DATABASE_FILE);
  await placeBackup(file, target, { now: NOW });
  return dumpTables(target);
}

/** Temporary files left in the library's folder by a backup. */
function leftovers(db: Db): string[] {
  return readdirSync(dirname(db.name)).filter((n) => n.startsWith('.backup-'));
}

/** The manifest without what differs between two copies of the same data (the bytes of the file). */
function content(manifest: Manifest): Omit<Manifest, 'files'> {
  const { files: _files, ...rest } = manifest;
  return rest;
}

describe('a full backup copied and checked in a worker thread', () => {
  it('restores to the same data, with the manifest the main thread’s copy gives', async () => {
    const db = sampleDb();
    const tables = dumpTables(db.name);
    const dir = tempDir('bulletin-archive-');
    const started: CheckWorkerData[] = [];
    const viaWorker = await createBackup(db, join(dir, 'worker.bulletin'), NOW, {
      workerFrom: 0,
      start: (data) => {
        started.push(data);
        return startCheckWorker(data);
      },
    });
    expect(started).toHaveLength(1);
    expect(started[0]!.source).toBe(db.name);
    expect(viaWorker.manifest).toMatchObject({
      schemaVersion: db.pragma('user_version', { simple: true }),
      createdAt: NOW.toISOString(),
      counts: { articles: 5, annotations: 14 },
    });
    expect(await verifyBackup(viaWorker.path)).toEqual(viaWorker.manifest);
    expect(await restoredTables(viaWorker.path)).toEqual(tables);

    // A small library is copied in this thread without a worker (the default), to the same manifest.
    const inThread = await createBackup(db, join(dir, 'in-thread.bulletin'), NOW, {
      start: () => expect.unreachable('no worker for a small library'),
    });
    expect(content(inThread.manifest)).toEqual(content(viaWorker.manifest));
    expect(await restoredTables(inThread.path)).toEqual(tables);
    expect(leftovers(db)).toEqual([]);
  });

  it('hashes, zips and reads back in the worker too, and in this thread when that worker fails', async () => {
    const db = sampleDb();
    const tables = dumpTables(db.name);
    const dir = tempDir('bulletin-archive-');
    const phases: string[] = [];
    let packs = 0;
    const inWorker = await createBackup(db, join(dir, 'packed.bulletin'), NOW, {
      workerFrom: 0,
      startPack: () => {
        packs++;
        return startCheckWorker();
      },
      onPhase: (phase) => phases.push(phase),
    });
    expect(packs).toBe(1);
    expect(phases).toEqual(['copying', 'zipping', 'verifying']);
    expect(await verifyBackup(inWorker.path)).toEqual(inWorker.manifest);
    expect(await restoredTables(inWorker.path)).toEqual(tables);
    // A pack worker that dies without an answer: packed here instead, to the same content.
    const fallback = await createBackup(db, join(dir, 'fallback.bulletin'), NOW, {
      workerFrom: 0,
      startPack: fakeWorker(),
    });
    expect(content(fallback.manifest)).toEqual(content(inWorker.manifest));
    expect(await restoredTables(fallback.path)).toEqual(tables);
    // The worker's own failure is the backup's sentence.
    const failed = await createBackup(db, join(dir, 'failed.bulletin'), NOW, {
      workerFrom: 0,
      startPack: fakeWorker({
        type: 'result',
        result: { ok: false, reason: 'io', message: 'Could not write the backup x: the disk is full.' },
      }),
    }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(LibraryError);
    expect((failed as LibraryError).message).toBe('Could not write the backup x: the disk is full.');
    expect(readdirSync(dir).sort()).toEqual(['fallback.bulletin', 'packed.bulletin']);
    expect(leftovers(db)).toEqual([]);
  });

  it('copies in this thread when the worker cannot start or ends without an answer', async () => {
    const db = sampleDb();
    const tables = dumpTables(db.name);
    const dir = tempDir('bulletin-archive-');
    const starts = [
      () => {
        throw new Error('no worker here');
      },
      fakeWorker(),
      fakeWorker({ type: 'error', message: 'SQLITE_CANTOPEN' }),
    ];
    for (const [i, start] of starts.entries()) {
      const result = await createBackup(db, join(dir, `fallback-${i}.bulletin`), NOW, {
        start,
        workerFrom: 0,
      });
      expect(result.manifest.counts, `start ${i}`).toEqual({ articles: 5, annotations: 14 });
      expect(await restoredTables(result.path), `start ${i}`).toEqual(tables);
    }
    expect(leftovers(db)).toEqual([]);
  });

  it('writes nothing when the copy fails its check', async () => {
    const db = sampleDb();
    const out = join(tempDir('bulletin-archive-'), 'library.bulletin');
    const failed = fakeWorker({
      type: 'result',
      result: { ok: false, problems: ['row 7 missing from index'] },
    });
    const error = await createBackup(db, out, NOW, { start: failed, workerFrom: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryError);
    expect((error as LibraryError).message).toMatch(/the copy failed its check: row 7 missing from index/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dirname(out))).toEqual([]);
    expect(leftovers(db)).toEqual([]);
  });
});

describe('one backup of a library at a time', () => {
  it('gives a second daily backup asked for while one runs that one’s promise', async () => {
    const db = sampleDb();
    const backupDir = tempDir('bulletin-archive-backups-');
    let starts = 0;
    const options = {
      workerFrom: 0,
      start: (data: CheckWorkerData) => {
        starts++;
        return startCheckWorker(data);
      },
    };
    const first = backupIfDue(db, backupDir, {}, new Date(2024, 0, 1, 10), options);
    const second = backupIfDue(db, backupDir, {}, new Date(2024, 0, 1, 11), options);
    expect(second).toBe(first);
    const result = await first;
    expect(await second).toBe(result);
    expect(result.created).toBeDefined();
    expect(starts).toBe(1);
    expect(readdirSync(join(backupDir, AUTO_DIR))).toEqual([result.created!.split('/').pop()]);
    // Once it has ended, the next call is a call of its own: today's backup is there.
    expect(await backupIfDue(db, backupDir, {}, new Date(2024, 0, 1, 12), options)).toEqual({
      skipped: 'recent',
      removed: [],
    });
  });

  it('lets a failed backup be tried again, and shares the failure with who waited for it', async () => {
    const db = sampleDb();
    const backupDir = tempDir('bulletin-archive-backups-');
    const broken = {
      workerFrom: 0,
      start: fakeWorker({ type: 'result', result: { ok: false, problems: ['x'] } }),
    };
    const first = backupIfDue(db, backupDir, {}, new Date(2024, 0, 1, 10), broken);
    const second = backupIfDue(db, backupDir, {}, new Date(2024, 0, 1, 10), broken);
    expect(second).toBe(first);
    await expect(first).rejects.toThrow('the copy failed its check: x');
    await expect(second).rejects.toThrow('the copy failed its check: x');
    const retried = await backupIfDue(db, backupDir, {}, new Date(2024, 0, 1, 10));
    expect(retried.created).toBeDefined();
  });

  it('shares a full backup to the same file and runs any other backup after it', async () => {
    const db = sampleDb();
    const dir = tempDir('bulletin-archive-');
    const events: string[] = [];
    const traced = (name: string) => ({
      workerFrom: 0,
      start: (data: CheckWorkerData) => {
        events.push(`start ${name}`);
        return startCheckWorker(data);
      },
    });
    const done = <T>(name: string, promise: Promise<T>) =>
      promise.then((value) => {
        events.push(`done ${name}`);
        return value;
      });
    const out = join(dir, 'library.bulletin');
    const a = createBackup(db, out, NOW, traced('a'));
    const again = createBackup(db, out, NOW, traced('again'));
    const b = createBackup(db, join(dir, 'other.bulletin'), NOW, traced('b'));
    const daily = backupIfDue(db, join(dir, 'backups'), {}, NOW, traced('daily'));
    expect(again).toBe(a);
    const results = await Promise.all([done('a', a), done('b', b), done('daily', daily)]);
    expect(events).toEqual(['start a', 'done a', 'start b', 'done b', 'start daily', 'done daily']);
    expect(results[0].path).toBe(out);
    expect(results[1].path).toBe(join(dir, 'other.bulletin'));
    expect(results[2].created).toBeDefined();
    for (const file of [out, join(dir, 'other.bulletin')]) await verifyBackup(file);
    expect(leftovers(db)).toEqual([]);
  });
});
