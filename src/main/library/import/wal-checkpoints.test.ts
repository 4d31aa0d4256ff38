import { statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/connection';
import { tempDir, writeFile } from '../../../../test/support/temp-library';
import { ImportRunner } from './runner';
import { startParseWorker } from './parse-worker-client';
import { storeArticle } from './store';
import { startCheckpointWorker } from './wal-checkpoints';

/** A folder of copied-text files long enough to take the write-ahead log past SQLite's 1,000 pages. */
function bigFolder(files: number): string {
  const dir = tempDir();
  const paragraph = 'The river basin authority published its water budget for the coming monsoon season. ';
  for (let i = 0; i < files; i++)
    writeFile(dir, `note-${String(i).padStart(3, '0')}.txt`, `Rivers ${i}\n\n${paragraph.repeat(80)}${i}\n`);
  return dir;
}

function runner(start?: () => Worker) {
  const file = join(tempDir(), 'library.sqlite');
  const db = openDatabase(file);
  const checkpointers: number[] = [];
  const runner = new ImportRunner(
    {
      db,
      store: (article, originName, claimed) =>
        storeArticle(db, article, originName, '2026-01-01T00:00:00.000Z', claimed),
      touch: () => undefined,
    },
    startParseWorker,
    start ??
      (() => {
        const worker = startCheckpointWorker();
        checkpointers.push(worker.threadId);
        return worker;
      }),
  );
  return { runner, db, file, checkpointers };
}

describe('the import’s write-ahead log checkpoints', () => {
  it('are made by a worker during the import, and the main connection’s own come back after it', async () => {
    const { runner: importer, db, file, checkpointers } = runner();
    const during: unknown[] = [];
    const report = await importer.importPaths([bigFolder(150)], {
      onProgress: () => during.push(db.pragma('wal_autocheckpoint', { simple: true })),
    });
    expect(report.failed).toEqual([]);
    expect(report.imported).toHaveLength(150);
    expect(checkpointers).toHaveLength(1);
    expect(during).toContain(0); // none in the main thread's commits while the import runs
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    // Everything the import wrote is in the database file itself: the log holds nothing left to copy.
    const [log] = db.pragma('wal_checkpoint(PASSIVE)') as Array<{ log: number; checkpointed: number }>;
    expect(log!.checkpointed).toBe(log!.log);
    expect(statSync(file).size).toBeGreaterThan(1_000_000);
    expect(db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(150);
    db.close();
  });

  it('are not moved for an import of a few files', async () => {
    const { runner: importer, db, checkpointers } = runner();
    const report = await importer.importPaths([bigFolder(3)]);
    expect(report.imported).toHaveLength(3);
    expect(checkpointers).toEqual([]);
    db.close();
  });

  it('go back to the main connection when the worker fails, and the import goes on', async () => {
    const broken = () => new Worker('throw new Error("no checkpoints here")', { eval: true });
    let starts = 0;
    const { runner: importer, db } = runner(() => {
      starts++;
      return broken();
    });
    const report = await importer.importPaths([bigFolder(150)]);
    expect(starts).toBe(1);
    expect(report.failed).toEqual([]);
    expect(report.imported).toHaveLength(150);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    db.close();
  });
});
