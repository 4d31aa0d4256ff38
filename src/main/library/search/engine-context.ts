/**
 * What a query reads from an attached index: its prepared statements, the pool of working arrays,
 * and the in-memory tables the index keeps (articles, statistics, vocabulary, tags).
 */
import type Database from 'better-sqlite3';
import type { Db } from '../db/connection';
import type { DocTable } from './doc-table';
import { ScratchPool } from './query-scratch';
import { SCHEMA, type IndexStats } from './store';
import type { Vocabulary } from './vocabulary';

/** Prepared statements and spare working arrays, made once per attached index. */
export class EngineStatements {
  readonly lookup: Database.Statement<[string]>;
  readonly postingRange: Database.Statement<[number, number]>;
  readonly prefix: Database.Statement<[string, string, number]>;
  /** Per-article arrays kept between queries (see query-scratch.ts). */
  readonly scratchPool = new ScratchPool();

  constructor(db: Db) {
    this.lookup = db.prepare(`SELECT id, df FROM ${SCHEMA}.terms WHERE term = ?`);
    this.postingRange = db.prepare(`SELECT data FROM ${SCHEMA}.postings WHERE key BETWEEN ? AND ?`).pluck();
    this.prefix = db
      .prepare(
        `SELECT term FROM ${SCHEMA}.terms WHERE term >= ? AND term < ? AND df > 0 ORDER BY df DESC LIMIT ?`,
      )
      .pluck();
  }
}

export interface EngineContext {
  statements: EngineStatements;
  docs: DocTable;
  stats: IndexStats;
  vocabulary: () => Vocabulary;
  tagIdsOf: (names: readonly string[]) => number[] | null;
}
