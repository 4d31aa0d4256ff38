import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteFile, type Db } from '../db/connection';
import { pipedBatchLimit } from './rebuild';
import { monthsToRebuild, RebuildReader, type ReaderOptions } from './rebuild-reader';

const dirs: string[] = [];
const dbs: Db[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A library file with `perMonth` articles in each of `months` months of 2025 (only what the reader reads). */
function library(months: number, perMonth: number): Db {
  const dir = mkdtempSync(join(tmpdir(), 'bulletin-reader-'));
  dirs.push(dir);
  const db = openSqliteFile(join(dir, 'library.sqlite'));
  dbs.push(db);
  db.exec(
    'CREATE TABLE articles (id INTEGER PRIMARY KEY, date TEXT); CREATE INDEX by_date ON articles (date)',
  );
  const insert = db.prepare('INSERT INTO articles (date) VALUES (?)');
  db.transaction(() => {
    for (let month = 1; month <= months; month++)
      for (let i = 0; i < perMonth; i++)
        insert.run(`2025-${String(month).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`);
  })();
  return db;
}

/** The sizes of the batches the reader cuts, reading every article (the analysis is not its concern). */
function batchSizes(db: Db, options: ReaderOptions): number[] {
  let pending = 0;
  const sizes: number[] = [];
  const reader = new RebuildReader(
    db,
    monthsToRebuild(db, null),
    { pending: () => pending, read: (ids) => (pending += ids.length) },
    options,
    () => 64,
  );
  for (;;) {
    const next = reader.next(Number.POSITIVE_INFINITY);
    if (next === 'end') return sizes;
    if (next === 'more') continue;
    sizes.push(pending);
    pending = 0;
  }
}

describe('the batches of a rebuild read in another thread', () => {
  it('grow from the first, and the tail shrinks to 2,000 articles, not below (but for the last)', () => {
    const db = library(12, 1_500);
    const sizes = batchSizes(db, { firstBatch: 200, maxBatch: 4_000, joinMonths: true, total: 18_000 });
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(18_000);
    expect(sizes[0]).toBeGreaterThanOrEqual(200);
    expect(sizes[0]).toBeLessThan(300);
    expect(sizes[1]).toBeGreaterThan(sizes[0]!); // growing
    expect(Math.max(...sizes)).toBeLessThan(4_000 + 64); // a chunk of 64 at most beyond the limit
    // Once the batches have grown, none before the last is smaller than 2,000: each costs the writer a
    // commit, and smaller ones would leave it behind the reader.
    const grown = sizes.findIndex((size) => size >= 2_000);
    for (const size of sizes.slice(grown, -1)) expect(size).toBeGreaterThanOrEqual(2_000);
    expect(sizes.at(-1)).toBeLessThanOrEqual(2_000 + 64);
  });

  it('are at most 4,000 articles up to 48,000, then grow with the library up to 8,000', () => {
    expect(pipedBatchLimit(1_000)).toBe(4_000);
    expect(pipedBatchLimit(20_000)).toBe(4_000);
    expect(pipedBatchLimit(60_000)).toBe(5_000);
    expect(pipedBatchLimit(200_000)).toBe(8_000);
  });
});
