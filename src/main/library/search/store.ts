/**
 * The search index's own SQLite file, attached to the library's connection as `search`. It holds
 * only derived data, so it is never backed up and is deleted and rebuilt when it is missing,
 * damaged or from another format. It runs with `synchronous = OFF`: with NORMAL, each WAL
 * checkpoint fsyncs the file, and on the benchmark machine those fsyncs stalled a rebuild's slices
 * for 50–100 ms. An application crash cannot damage it either way; a power cut can, and damage
 * SQLite or the posting decoder notices makes the index rebuild itself.
 */
import { rmSync } from 'node:fs';
import type { Db } from '../db/connection';
import { SLOTS } from './calendar';

export const SCHEMA = 'search';
/** Bump when the layout or the analysis changes: an index of another format is rebuilt. */
export const FORMAT_VERSION = 4;

/** Attaches (creating if needed) the index file. */
export function attachIndex(db: Db, file: string): void {
  db.prepare(`ATTACH DATABASE ? AS ${SCHEMA}`).run(file);
  db.pragma(`${SCHEMA}.journal_mode = WAL`);
  db.pragma(`${SCHEMA}.synchronous = OFF`);
  db.pragma(`${SCHEMA}.cache_size = -16000`);
  db.exec(`
    CREATE TABLE IF NOT EXISTS ${SCHEMA}.meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    -- df counts (article, field) pairs, as lunr's idf does.
    CREATE TABLE IF NOT EXISTS ${SCHEMA}.terms (id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE, df INTEGER NOT NULL);
    -- key = term id × ${SLOTS} + month slot; data = the packed posting list (postings.ts).
    CREATE TABLE IF NOT EXISTS ${SCHEMA}.postings (key INTEGER PRIMARY KEY, data BLOB NOT NULL);
    -- What each article was indexed with, to take it out again: its slot, field lengths, term ids.
    CREATE TABLE IF NOT EXISTS ${SCHEMA}.docs (article_id INTEGER PRIMARY KEY, slot INTEGER NOT NULL, lengths TEXT NOT NULL, terms BLOB NOT NULL);
    CREATE TABLE IF NOT EXISTS ${SCHEMA}.doc_pages (page INTEGER PRIMARY KEY, data BLOB NOT NULL);
    CREATE TABLE IF NOT EXISTS ${SCHEMA}.vocabulary (id INTEGER PRIMARY KEY CHECK (id = 1), max_term_id INTEGER NOT NULL, data BLOB NOT NULL);
  `);
}

export function detachIndex(db: Db): void {
  try {
    db.exec(`DETACH DATABASE ${SCHEMA}`);
  } catch {
    // not attached
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
