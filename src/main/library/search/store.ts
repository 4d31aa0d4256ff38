/**
 * The search index's own SQLite file, `search-index.sqlite` beside the library, on its own
 * connection. It holds only derived data, so it is never backed up and is deleted and rebuilt when
 * it is missing, damaged or from another format. It runs with `synchronous = OFF`: with NORMAL,
 * each WAL checkpoint fsyncs the file, and on the benchmark machine those fsyncs stalled a
 * rebuild's slices for 50–100 ms. An application crash cannot damage it either way; a power cut
 * can, and damage SQLite or the posting decoder notices makes the index rebuild itself.
 *
 * Why a connection of its own rather than one ATTACHed to the library's: a rebuild writes the index
 * from a worker thread, and a library write (`BEGIN IMMEDIATE`) takes the write lock of every
 * attached file, so the main thread would wait for the worker's transactions.
 */
import { rmSync } from 'node:fs';
import { openSqliteFile, type Db } from '../db/connection';
import { SLOTS } from './calendar';

/** The schema the index's tables are in, on the index's own connection. */
export const SCHEMA = 'main';
/** Bump when the layout or the analysis changes: an index of another format is rebuilt. */
export const FORMAT_VERSION = 4;

/**
 * The page size of a new index file (SQLite's default is 4 KB). A posting row is a packed list, often
 * several kilobytes, and a rebuild's commit rewrites rows all over the postings table: with 16 KB
 * pages fewer rows spill into overflow pages and a batch dirties fewer pages. Measured
 * (docs/search.md): the rebuild's writing thread 16 % less CPU at 20,000 and 50,000 articles, the
 * searches' p95 and the import unchanged.
 */
export const PAGE_SIZE = 16_384;

/**
 * Opens (creating if needed) the index file on a connection of its own, or an index in memory for
 * `:memory:`.
 */
export function openIndex(file: string): Db {
  const db = openSqliteFile(file);
  try {
    // Before WAL and the first table: a new index file takes it; an existing one keeps its own.
    db.pragma(`page_size = ${PAGE_SIZE}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -16000');
    db.pragma('busy_timeout = 5000');
    db.exec(`
      CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      -- df counts (article, field) pairs, as lunr's idf does.
      CREATE TABLE IF NOT EXISTS terms (id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE, df INTEGER NOT NULL);
      -- key = term id × ${SLOTS} + month slot; data = the packed posting list (postings.ts).
      CREATE TABLE IF NOT EXISTS postings (key INTEGER PRIMARY KEY, data BLOB NOT NULL);
      -- What each article was indexed with, to take it out again: its slot, field lengths, term ids.
      CREATE TABLE IF NOT EXISTS docs (article_id INTEGER PRIMARY KEY, slot INTEGER NOT NULL, lengths TEXT NOT NULL, terms BLOB NOT NULL);
      CREATE TABLE IF NOT EXISTS doc_pages (page INTEGER PRIMARY KEY, data BLOB NOT NULL);
      CREATE TABLE IF NOT EXISTS vocabulary (id INTEGER PRIMARY KEY CHECK (id = 1), max_term_id INTEGER NOT NULL, data BLOB NOT NULL);
    `);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Closes an index connection, whatever state it is in. */
export function closeIndex(db: Db | null): void {
  try {
    db?.close();
  } catch {
    // already closed
  }
}

/** Removes the index file and its WAL files. */
export function deleteIndexFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
}

/** Empties every table of the index (the start of a rebuild). */
export function clearIndex(db: Db): void {
  db.exec(`
    DELETE FROM ${SCHEMA}.postings; DELETE FROM ${SCHEMA}.terms; DELETE FROM ${SCHEMA}.docs;
    DELETE FROM ${SCHEMA}.doc_pages; DELETE FROM ${SCHEMA}.vocabulary; DELETE FROM ${SCHEMA}.meta;
  `);
}

export function getMeta(db: Db, key: string): string | undefined {
  const row = db.prepare(`SELECT value FROM ${SCHEMA}.meta WHERE key = ?`).get(key) as
    { value: string } | undefined;
  return row?.value;
}

export function setMeta(db: Db, key: string, value: string): void {
  db.prepare(
    `INSERT INTO ${SCHEMA}.meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  ).run(key, value);
}

/** Corpus statistics for BM25: articles, and per field the summed length and articles having it. */
export interface IndexStats {
  docs: number;
  lengthSum: number[];
  withField: number[];
}

export function emptyStats(fieldCount: number): IndexStats {
  return {
    docs: 0,
    lengthSum: new Array<number>(fieldCount).fill(0),
    withField: new Array<number>(fieldCount).fill(0),
  };
}

/** True for errors that mean the index file itself is unusable. */
export function isDamage(error: unknown): boolean {
  if (error instanceof RangeError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB|IOERR|CANTOPEN|FORMAT)/.test(code);
}
