/**
 * Puts analysed articles into the index, replacing whatever the index held for them. Work is cut
 * into steps that each end by a deadline, each in its own transaction, so a catch-up in the main
 * thread never blocks it for long (and a rebuild in its worker can stop soon when asked); a small
 * update runs all its steps at once.
 */
import type { Db } from '../db/connection';
import { SLOTS } from './calendar';
import type { DocTable } from './doc-table';
import type { AnalysedDoc } from './documents';
import { decodeVarints, encodeVarints, FIELD_COUNT, mergePostings, type Posting } from './postings';
import { SCHEMA, setMeta, type IndexStats } from './store';
import type { Vocabulary } from './vocabulary';

/** The index's state in memory that writes keep up to date. */
export interface IndexState {
  docs: DocTable;
  stats: IndexStats;
  /** Loaded lazily; null until a query needs it (it catches up with new terms by their ids). */
  vocabulary: Vocabulary | null;
}

export interface IndexWriteOptions {
  /** A term → id cache shared by the writes of one rebuild. */
  termCache?: Map<string, number>;
  /**
   * For a rebuild from an empty index: the posting rows written so far by this rebuild, kept up to
   * date by its writes. A row not in it does not exist, so it is not read.
   */
  written?: Set<number>;
  /** Changed pages of the article table saved by this write (the rest later); all by default. */
  pageLimit?: number;
}

/** How many units of work run between two looks at the clock (a unit can take a millisecond). */
const CHECK_EVERY = 4;

/** One batch of articles to (re)index or remove, worked off in steps. */
export class IndexWrite {
  private phase: 'terms' | 'plan' | 'postings' | 'finish' | 'done' = 'terms';
  private sortedDocs: AnalysedDoc[] = [];
  private planCursor = 0;
  private readonly batchIds: Set<number>;
  private readonly newTerms: string[];
  private termCursor = 0;
  private readonly termIds: Map<string, number>;
  private keys: number[] = [];
  private keyCursor = 0;
  private finishCursor = 0;
  private oldRowsRemoved = false;
  private readonly added = new Map<number, Posting[]>();
  private readonly pageLimit: number;
  /** Document frequency changes by term id, saved at the end of each step's transaction. */
  private readonly dfDelta = new Map<number, number>();
  /** The posting rows a fresh rebuild has written so far (see `IndexWriteOptions.written`). */
  private readonly written: Set<number> | undefined;

  constructor(
    private readonly db: Db,
    private readonly state: IndexState,
    private readonly docs: readonly AnalysedDoc[],
    private readonly removedIds: readonly number[],
    options: IndexWriteOptions = {},
  ) {
    this.batchIds = new Set([...docs.map((d) => d.id), ...removedIds]);
    this.termIds = options.termCache ?? new Map();
    this.pageLimit = options.pageLimit ?? Number.POSITIVE_INFINITY;
    this.written = options.written;
    const terms = new Set<string>();
    for (const doc of docs) for (const term of doc.terms.keys()) terms.add(term);
    this.newTerms = [...terms].filter((t) => !this.termIds.has(t));
  }

  get finished(): boolean {
    return this.phase === 'done';
  }

  /** Does work until `deadline` (a `performance.now()` time); true when the write is complete. */
  step(deadline: number): boolean {
    this.db.transaction(() => {
      while (this.phase !== 'done') {
        if (this.phase === 'terms') this.resolveTerms(deadline);
        else if (this.phase === 'plan') this.planPostings(deadline);
        else if (this.phase === 'postings') this.writePostings(deadline);
        else this.finish(deadline);
        if (performance.now() >= deadline) break;
      }
      this.saveDf();
    })();
    return this.phase === 'done';
  }

  /** Runs every remaining step at once. */
  runToEnd(): void {
    while (!this.step(Number.POSITIVE_INFINITY));
  }

  private resolveTerms(deadline: number): void {
    const find = this.db.prepare(`SELECT id FROM ${SCHEMA}.terms WHERE term = ?`).pluck();
    const insert = this.db.prepare(`INSERT INTO ${SCHEMA}.terms (term, df) VALUES (?, 0)`);
    while (this.termCursor < this.newTerms.length) {
      const term = this.newTerms[this.termCursor++]!;
      let id = find.get(term) as number | undefined;
      if (id === undefined) id = Number(insert.run(term).lastInsertRowid);
      this.termIds.set(term, id);
      if (this.termCursor % CHECK_EVERY === 0 && performance.now() >= deadline) return;
    }
    this.sortedDocs = [...this.docs].sort((a, b) => a.id - b.id);
    this.phase = 'plan';
  }

  /** Lists the (term, month) rows to rewrite: the new postings, and every row an old version touched. */
  private planPostings(deadline: number): void {
    while (this.planCursor < this.sortedDocs.length) {
      const doc = this.sortedDocs[this.planCursor++]!;
      for (const [term, fields] of doc.terms) {
        const key = this.termIds.get(term)! * SLOTS + doc.slot;
        // The analysis made the fields as a posting holds them: no copy per (term, article).
        const posting: Posting = { doc: doc.id, fields };
        const list = this.added.get(key);
        if (list) list.push(posting);
        else this.added.set(key, [posting]);
      }
      if (this.planCursor % 8 === 0 && performance.now() >= deadline) return;
    }
    const keys = new Set(this.added.keys());
    for (const old of this.oldRows()) for (const termId of old.termIds) keys.add(termId * SLOTS + old.slot);
    this.keys = [...keys].sort((a, b) => a - b);
    this.phase = 'postings';
  }

  private oldRowsCache: Array<{ id: number; slot: number; lengths: number[]; termIds: number[] }> | null =
    null;

  private oldRows(): Array<{ id: number; slot: number; lengths: number[]; termIds: number[] }> {
    if (this.oldRowsCache) return this.oldRowsCache;
    const rows = this.db
      .prepare(
        `SELECT article_id AS id, slot, lengths, terms FROM ${SCHEMA}.docs WHERE article_id IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify([...this.batchIds])) as Array<{
      id: number;
      slot: number;
      lengths: string;
      terms: Buffer;
    }>;
    this.oldRowsCache = rows.map((r) => ({
      id: r.id,
      slot: r.slot,
      lengths: JSON.parse(r.lengths) as number[],
      termIds: decodeVarints(r.terms),
    }));
    return this.oldRowsCache;
  }

  private writePostings(deadline: number): void {
    const read = this.db.prepare(`SELECT data FROM ${SCHEMA}.postings WHERE key = ?`).pluck();
    const write = this.db.prepare(
      `INSERT INTO ${SCHEMA}.postings (key, data) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET data = excluded.data`,
    );
    const remove = this.db.prepare(`DELETE FROM ${SCHEMA}.postings WHERE key = ?`);
    while (this.keyCursor < this.keys.length) {
      const key = this.keys[this.keyCursor++]!;
      // A fresh rebuild knows which rows exist: the months it wrote; no read for the others.
      const existing =
        this.written && !this.written.has(key) ? undefined : (read.get(key) as Buffer | undefined);
      const { blob, pairDelta } = mergePostings(existing, this.batchIds, this.added.get(key) ?? []);
      if (blob) {
        write.run(key, blob);
        this.written?.add(key);
      } else if (existing) remove.run(key);
      if (pairDelta !== 0) {
        const termId = Math.floor(key / SLOTS);
        this.dfDelta.set(termId, (this.dfDelta.get(termId) ?? 0) + pairDelta);
      }
      if (this.keyCursor % CHECK_EVERY === 0 && performance.now() >= deadline) return;
    }
    this.phase = 'finish';
  }

  /** A term's rows are next to each other (keys are term × slots + slot): one df update per term. */
  private saveDf(): void {
    if (this.dfDelta.size === 0) return;
    const df = this.db.prepare(`UPDATE ${SCHEMA}.terms SET df = df + ? WHERE id = ?`);
    for (const [termId, delta] of this.dfDelta) if (delta !== 0) df.run(delta, termId);
    this.dfDelta.clear();
  }

  /** Records the articles themselves: their rows, the statistics and the in-memory table. */
  private finish(deadline: number): void {
    const { stats, docs: table } = this.state;
    if (!this.oldRowsRemoved) {
      for (const old of this.oldRows()) {
        stats.docs -= 1;
        old.lengths.forEach((length, field) => {
          stats.lengthSum[field]! -= length;
          if (length > 0) stats.withField[field]! -= 1;
        });
      }
      this.oldRowsRemoved = true;
    }
    const removeDoc = this.db.prepare(`DELETE FROM ${SCHEMA}.docs WHERE article_id = ?`);
    const upsertDoc = this.db.prepare(
      `INSERT INTO ${SCHEMA}.docs (article_id, slot, lengths, terms) VALUES (?, ?, ?, ?)
       ON CONFLICT (article_id) DO UPDATE SET slot = excluded.slot, lengths = excluded.lengths, terms = excluded.terms`,
    );
    while (this.finishCursor < this.docs.length) {
      const doc = this.docs[this.finishCursor++]!;
      const termIds = [...doc.terms.keys()].map((t) => this.termIds.get(t)!).sort((a, b) => a - b);
      upsertDoc.run(doc.id, doc.slot, JSON.stringify(doc.lengths), encodeVarints(termIds));
      stats.docs += 1;
      for (let field = 0; field < FIELD_COUNT; field++) {
        const length = doc.lengths[field] ?? 0;
        stats.lengthSum[field]! += length;
        if (length > 0) stats.withField[field]! += 1;
      }
      table.set(doc.id, doc.day, doc.slot, doc.tagIds);
      if (this.finishCursor % 16 === 0 && performance.now() >= deadline) return;
    }
    if (!this.removed) {
      for (const id of this.removedIds) {
        removeDoc.run(id);
        table.delete(id);
      }
      this.removed = true;
    }
    // A rebuild in the main thread touches every page in every batch; it saves a few per batch and
    // the rest at its end. A catch-up saves them all, a few at a time between looks at the clock: the
    // articles of a large delete or restore are spread over many pages, tens of milliseconds to encode.
    this.pagesSaved += saveDocPages(this.db, table, this.pageLimit - this.pagesSaved, deadline);
    if (table.dirtyPages.size > 0 && this.pagesSaved < this.pageLimit) return;
    setMeta(this.db, 'stats', JSON.stringify(stats));
    this.phase = 'done';
  }

  /** The removed articles' rows are gone (the finish phase may take several steps). */
  private removed = false;
  /** Pages of the article table this write has saved. */
  private pagesSaved = 0;
}

/**
 * Writes (at most `limit` of) the pages of the article table that changed, stopping at `deadline` (a
 * `performance.now()` time; after one page at least). Returns how many it wrote.
 */
export function saveDocPages(
  db: Db,
  table: DocTable,
  limit = Number.POSITIVE_INFINITY,
  deadline = Number.POSITIVE_INFINITY,
): number {
  const write = db.prepare(
    `INSERT INTO ${SCHEMA}.doc_pages (page, data) VALUES (?, ?) ON CONFLICT (page) DO UPDATE SET data = excluded.data`,
  );
  let saved = 0;
  for (const page of [...table.dirtyPages]) {
    if (saved >= limit || (saved > 0 && saved % CHECK_EVERY === 0 && performance.now() >= deadline)) break;
    write.run(page, table.encodePage(page));
    table.dirtyPages.delete(page);
    saved++;
  }
  return saved;
}
