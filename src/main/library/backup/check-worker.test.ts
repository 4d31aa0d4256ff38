import Database from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../db/connection';
import { sampleLibrary } from '../../../../test/support/sample-library';
import { DATABASE_FILE } from '../library';
import { fakeWorker } from '../../../../test/support/fake-worker';
import { tempDir } from '../../../../test/support/temp-library';
import { AUTO_DIR, backupIfDue } from './automatic';
import { checkLibraryInWorker, copyAndCheck, startCheckWorker, type CheckWorkerData } from './check-client';

const opened: Db[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** The sample library's database, open as the app holds it. */
function sampleDb(): Db {
  const library = sampleLibrary();
  library.close();
  const db = openDatabase(join(library.dir, DATABASE_FILE));
  opened.push(db);
  return db;
}

function counts(db: Db): Record<string, number> {
  const n = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { articles: n('articles'), annotations: n('annotations') };
}

/** Checks what a copy made by `copyAndCheck` holds: the same rows, in rollback-journal mode. */
function expectStandaloneCopy(file: string, db: Db): void {
  expect(existsSync(`${file}-wal`)).toBe(false);
  const copy = new Database(file, { readonly: true });
  try {
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
    expect(counts(copy)).toEqual(counts(db));
  } finally {
    copy.close();
  }
}

describe('the daily backup’s copy and check', () => {
  it('copies and checks in a worker thread, reading the live database while it is written', async () => {
    const db = sampleDb();
    const file = join(tempDir('bulletin-check-'), 'copy.sqlite');
    const started: CheckWorkerData[] = [];
    const pending = copyAndCheck(db, file, {
      workerFrom: 0,
      start: (data) => {
        started.push(data);
        return startCheckWorker(data);
      },
    });
    const before = counts(db);
    // A write while the worker copies: the copy is a snapshot, from before or after it.
    db.prepare(
      `UPDATE articles SET title = title || ' (edited)' WHERE id = (SELECT min(id) FROM articles)`,
    ).run();
    const check = await pending;
    expect(started).toEqual([{ source: db.name, file }]);
    expect(check).toMatchObject({ ok: true, problems: [], checkedIn: 'worker' });
    expect(check.info).toEqual({
      schemaVersion: db.pragma('user_version', { simple: true }),
      counts: before,
    });
    expectStandaloneCopy(file, db);
  });

  it('does it all in this thread when the worker cannot start or ends without an answer', async () => {
    const db = sampleDb();
    const dir = tempDir('bulletin-check-');
    // A small library is done here without a worker: starting one would take longer than the work.
    const small = await copyAndCheck(db, join(dir, 'small.sqlite'), {
      start: () => expect.unreachable('no worker for a small library'),
    });
    expect(small).toMatchObject({ ok: true, checkedIn: 'main thread' });
    const starts = [
      () => {
        throw new Error('no worker here');
      },
      fakeWorker(),
      fakeWorker({ type: 'error', message: 'SQLITE_CANTOPEN' }),
      fakeWorker({ type: 'result', result: 'something else' }),
    ];
    for (const [i, start] of starts.entries()) {
      const file = join(dir, `copy-${i}.sqlite`);
      const check = await copyAndCheck(db, file, { start, workerFrom: 0 });
      expect(check, `start ${i}`).toMatchObject({ ok: true, problems: [], checkedIn: 'main thread' });
      expect(check.info?.counts).toEqual(counts(db));
      expectStandaloneCopy(file, db);
    }
  });

  it('keeps no backup when the check fails, in the worker or in this thread', async () => {
    const db = sampleDb();
    const backupDir = tempDir('bulletin-check-backups-');
    const failed = fakeWorker({
      type: 'result',
      result: { ok: false, problems: ['row 7 missing from index'] },
    });
    await expect(
      backupIfDue(db, backupDir, {}, new Date(2024, 0, 1, 10), { start: failed, workerFrom: 0 }),
    ).rejects.toThrow('the copy failed its check: row 7 missing from index');
    expect(readdirSync(join(backupDir, AUTO_DIR))).toEqual([]);
    // A good check, either way, keeps it.
    for (const [day, start] of [fakeWorker(), startCheckWorker].entries()) {
      const result = await backupIfDue(db, backupDir, {}, new Date(2024, 0, 2 + day, 10), {
        start,
        workerFrom: 0,
      });
      expect(result.created).toBeDefined();
      expectStandaloneCopy(result.created!, db);
    }
    expect(readdirSync(join(backupDir, AUTO_DIR)).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});

describe('the library check in the worker', () => {
  it('checks the live library on its own connection, and reports what it finds there', async () => {
    const db = sampleDb();
    expect(await checkLibraryInWorker(db, { workerFrom: 0 })).toEqual({
      ok: true,
      problems: [],
      checkedIn: 'worker',
    });
    // A trigger that is not ours is a schema problem, found by the worker as by the main thread.
    db.exec('CREATE TRIGGER foreign_one AFTER INSERT ON tags BEGIN SELECT 1; END');
    const found = await checkLibraryInWorker(db, { workerFrom: 0 });
    expect(found.checkedIn).toBe('worker');
    expect(found.ok).toBe(false);
    expect(found.problems.join('\n')).toContain('foreign_one');
  });

  it('checks here when the library is small or the worker fails', async () => {
    const db = sampleDb();
    expect(
      await checkLibraryInWorker(db, { start: () => expect.unreachable('no worker for a small library') }),
    ).toMatchObject({ ok: true, checkedIn: 'main thread' });
    for (const start of [fakeWorker(), fakeWorker({ type: 'error', message: 'SQLITE_CANTOPEN' })])
      expect(await checkLibraryInWorker(db, { start, workerFrom: 0 })).toMatchObject({
        ok: true,
        checkedIn: 'main thread',
      });
  });
});
