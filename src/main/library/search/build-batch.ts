/**
 * The writing half of a fresh rebuild's fast path (an empty index filled month by month): a batch
 * analysed by `BatchAnalyser` (batch-analyser.ts), in this thread or in another, is written with
 * few, multi-row statements: its terms with their counts, one posting row per term and month (the
 * arena's bytes put together, 64 rows a statement), and its articles' rows.
 *
 * The result is the index the general path (documents.ts → writer.ts) makes, row for row
 * (search.test.ts and build-batch.test.ts compare both).
 */
import type { Db } from '../db/connection';
import { varintLength, writeVarint, type AnalysedBatch } from './batch-analyser';
import { SLOTS } from './calendar';
import { FIELD_COUNT } from './postings';
import { SCHEMA, setMeta } from './store';
import { saveDocPages, type IndexState } from './writer';

/** Rows per multi-row INSERT. */
const ROWS = 64;

/** A statement over many rows at once: `ROWS` rows a statement, the rest one by one at the end. */
class MultiRow {
  private readonly many: ReturnType<Db['prepare']>;
  private readonly one: ReturnType<Db['prepare']>;
  private readonly values: unknown[] = [];

  /** `sql` makes the statement from its `VALUES` list (`(?, ?), (?, ?) …`). */
  constructor(
    db: Db,
    private readonly columns: number,
    sql: (values: string) => string,
  ) {
    const row = `(${Array.from({ length: columns }, () => '?').join(', ')})`;
    this.many = db.prepare(sql(Array.from({ length: ROWS }, () => row).join(', ')));
    this.one = db.prepare(sql(row));
  }

  add(...row: unknown[]): void {
    for (const value of row) this.values.push(value);
    if (this.values.length === ROWS * this.columns) {
      this.many.run(this.values);
      this.values.length = 0;
    }
  }

  /** Runs the rows still held (call before the transaction ends). */
  flush(): void {
    for (let i = 0; i < this.values.length; i += this.columns)
      this.one.run(this.values.slice(i, i + this.columns));
    this.values.length = 0;
  }
}

/** An INSERT of many rows at once. */
function multiInsert(db: Db, head: string, columns: number, tail = ''): MultiRow {
  return new MultiRow(db, columns, (values) => `${head} VALUES ${values} ${tail}`);
}

/** How often `writeAll` looks at the stop flag, in milliseconds. */
const STOP_CHECK_MS = 20;
const ABANDONED = new Error('the rebuild was asked to stop');

/** How many units of work run between two looks at the clock. */
const CHECK_EVERY = 64;

/** A batch's terms in key order: term id × 2^22 + the term's place in the batch. */
const PLACE = 0x400000;

/**
 * Writes analysed batches, one at a time, in the order they were analysed: the terms' index ids
 * (given as their first batch is written, so in the order first met), and the rows.
 */
export class BatchWriter {
  /** Per term (the analyser's number): its index id, 0 until written; and its text. */
  private termId = new Int32Array(1 << 14);
  private readonly terms: string[] = [];
  private nextTermId: number;
  private batch: AnalysedBatch | null = null;
  private phase: 'idle' | 'terms' | 'postings' | 'docs' | 'done' = 'idle';
  private cursor = 0;
  private order: Float64Array = new Float64Array(0);
  /** The terms phase's order of the batch's terms: the new ones (`freshTerms`) first. */
  private termOrder: number[] | null = null;
  private freshTerms = 0;
  private readonly insertTerm: MultiRow;
  private readonly updateDf: MultiRow;
  private readonly insertPosting: MultiRow;
  private readonly insertDoc: MultiRow;
  private readonly readPosting;
  private readonly upsertPosting;

  constructor(
    private readonly db: Db,
    private readonly state: IndexState,
    /** The posting rows this rebuild wrote (the only ones there are: the index was empty). */
    private readonly written: Set<number>,
    private readonly pageLimit: number,
  ) {
    this.nextTermId = (db.prepare(`SELECT max(id) FROM ${SCHEMA}.terms`).pluck().get() as number | null) ?? 0;
    // New terms and the new counts of known ones, 64 rows a statement.
    this.insertTerm = multiInsert(db, `INSERT INTO ${SCHEMA}.terms (id, term, df)`, 3);
    this.updateDf = new MultiRow(
      db,
      2,
      (values) =>
        `UPDATE ${SCHEMA}.terms SET df = v.column2 FROM (VALUES ${values}) AS v WHERE ${SCHEMA}.terms.id = v.column1`,
    );
    this.insertPosting = multiInsert(db, `INSERT INTO ${SCHEMA}.postings (key, data)`, 2);
    this.insertDoc = multiInsert(
      db,
      `INSERT INTO ${SCHEMA}.docs (article_id, slot, lengths, terms)`,
      4,
      `ON CONFLICT (article_id) DO UPDATE SET slot = excluded.slot, lengths = excluded.lengths, terms = excluded.terms`,
    );
    this.readPosting = db.prepare(`SELECT data FROM ${SCHEMA}.postings WHERE key = ?`).pluck();
    this.upsertPosting = db.prepare(
      `INSERT INTO ${SCHEMA}.postings (key, data) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET data = excluded.data`,
    );
  }

  /** Terms given an index id so far by this rebuild. */
  get termsWritten(): number {
    return this.nextTermId;
  }

  /** True while a batch is being written. */
  get writing(): boolean {
    return this.phase !== 'idle';
  }

  /** Starts writing `batch`, the next one the analyser made. */
  startWrite(batch: AnalysedBatch): void {
    if (batch.firstNewTerm !== this.terms.length)
      throw new Error(`batch terms start at ${batch.firstNewTerm}, expected ${this.terms.length}`);
    for (const term of batch.newTerms) this.terms.push(term);
    if (this.terms.length > this.termId.length) {
      const ids = new Int32Array(Math.max(this.terms.length, this.termId.length * 2));
      ids.set(this.termId);
      this.termId = ids;
    }
    this.batch = batch;
    this.phase = 'terms';
    this.cursor = 0;
  }

  /** Writes until `deadline` (a `performance.now()` time), in one transaction; true when done. */
  step(deadline: number): boolean {
    this.db.transaction(() => {
      while (this.phase !== 'done' && this.phase !== 'idle') {
        if (this.phase === 'terms') this.writeTerms(deadline);
        else if (this.phase === 'postings') this.writePostings(deadline);
        else this.writeDocs(deadline);
        if (performance.now() >= deadline) break;
      }
      this.insertTerm.flush();
      this.updateDf.flush();
      this.insertPosting.flush();
      this.insertDoc.flush();
    })();
    if (this.phase !== 'done') return false;
    this.reset();
    return true;
  }

  /**
   * Writes the whole batch in one transaction, looking at `stop` every few milliseconds until the
   * articles' own rows begin (from then on the article table in memory changes with them): when it
   * says stop, the transaction is rolled back and the batch abandoned ('abandoned'; this object is
   * then of no further use). A stop so waits a few milliseconds, not for the whole write.
   */
  writeAll(stop: () => boolean): 'done' | 'abandoned' {
    try {
      this.db.transaction(() => {
        while (this.phase !== 'done') {
          const deadline = performance.now() + STOP_CHECK_MS;
          if (this.phase === 'terms') this.writeTerms(deadline);
          else if (this.phase === 'postings') this.writePostings(deadline);
          else this.writeDocs(Number.POSITIVE_INFINITY);
          if (this.beforeDocs() && stop()) throw ABANDONED;
        }
        this.insertTerm.flush();
        this.updateDf.flush();
        this.insertPosting.flush();
        this.insertDoc.flush();
      })();
    } catch (error) {
      if (error !== ABANDONED) throw error;
      return 'abandoned';
    }
    this.reset();
    return 'done';
  }

  /** True while the write has not reached the articles' own rows. */
  private beforeDocs(): boolean {
    return this.phase === 'terms' || this.phase === 'postings';
  }

  /** The batch's terms with their counts; new ones get their ids in the order they were met. */
  private writeTerms(deadline: number): void {
    const { terms, df } = this.batch!;
    if (this.termOrder === null) {
      // Ids first, in the order met; then the new terms' rows in the order of their text (the
      // terms' index on it is written from one end to the other) and the counts in id order.
      const fresh: number[] = [];
      const known: number[] = [];
      for (let k = 0; k < terms.length; k++) {
        const term = terms[k]!;
        if (this.termId[term] === 0) {
          this.termId[term] = ++this.nextTermId;
          // The articles' term ids were packed as number + 1 (batch-analyser.ts).
          if (this.nextTermId !== term + 1) throw new Error(`term ${term} got the id ${this.nextTermId}`);
          fresh.push(k);
        } else known.push(k);
      }
      const text = this.terms;
      fresh.sort((a, b) => (text[terms[a]!]! < text[terms[b]!]! ? -1 : 1));
      known.sort((a, b) => terms[a]! - terms[b]!);
      this.termOrder = fresh;
      this.freshTerms = fresh.length;
      for (const k of known) fresh.push(k);
    }
    const termOrder = this.termOrder;
    while (this.cursor < termOrder.length) {
      const k = termOrder[this.cursor++]!;
      const term = terms[k]!;
      if (this.cursor <= this.freshTerms) this.insertTerm.add(this.termId[term], this.terms[term]!, df[k]!);
      else this.updateDf.add(this.termId[term], df[k]!);
      if (this.cursor % CHECK_EVERY === 0 && performance.now() >= deadline) return;
    }
    this.termOrder = null;
    // A term's rows are next to each other in the table (key = term id × slots + slot): write in key order.
    const order = new Float64Array(terms.length);
    for (let k = 0; k < terms.length; k++) order[k] = this.termId[terms[k]!]! * PLACE + k;
    this.order = order.sort();
    this.phase = 'postings';
    this.cursor = 0;
  }

  private writePostings(deadline: number): void {
    const { terms, segHead, segSlot, segStart, segNext } = this.batch!;
    while (this.cursor < this.order.length) {
      const k = this.order[this.cursor++]! % PLACE;
      const id = this.termId[terms[k]!]!;
      // The term's segments, one per article, come month by month: one row per month.
      let seg = segHead[k]!;
      while (seg !== -1) {
        const slot = segSlot[seg]!;
        let count = 0;
        let bytes = 0;
        let end = seg;
        while (end !== -1 && segSlot[end] === slot) {
          count += 1;
          bytes += segStart[end + 1]! - segStart[end]!;
          end = segNext[end]!;
        }
        this.writeRow(id * SLOTS + slot, seg, end, count, bytes);
        seg = end;
      }
      if (this.cursor % CHECK_EVERY === 0 && performance.now() >= deadline) return;
    }
    this.phase = 'docs';
    this.cursor = 0;
  }

  /** Writes the row `key` from the segments `from` up to (not including) `to`. */
  private writeRow(key: number, from: number, to: number, count: number, bytes: number): void {
    if (this.written.has(key)) {
      // An earlier batch wrote this month's row (a month larger than a batch): these postings go after.
      const existing = this.readPosting.get(key) as Buffer;
      let offset = 0;
      let old = 0;
      let scale = 1;
      for (;;) {
        const b = existing[offset++]!;
        old += (b & 0x7f) * scale;
        if (b < 0x80) break;
        scale *= 0x80;
      }
      const blob = Buffer.allocUnsafe(varintLength(old + count) + existing.length - offset + bytes);
      let at = writeVarint(blob, 0, old + count);
      at += existing.copy(blob, at, offset);
      this.copySegments(from, to, blob, at);
      this.upsertPosting.run(key, blob);
    } else {
      const blob = Buffer.allocUnsafe(varintLength(count) + bytes);
      this.copySegments(from, to, blob, writeVarint(blob, 0, count));
      this.insertPosting.add(key, blob);
      this.written.add(key);
    }
  }

  private copySegments(from: number, to: number, blob: Buffer, at: number): void {
    // Byte by byte: most segments are a few bytes, and a subarray per segment cost more than the copy.
    const { arena, segStart, segNext } = this.batch!;
    for (let seg = from; seg !== to; seg = segNext[seg]!) {
      const end = segStart[seg + 1]!;
      for (let k = segStart[seg]!; k < end; k++) blob[at++] = arena[k]!;
    }
  }

  /** Records the articles themselves: their rows, the statistics and the in-memory table. */
  private writeDocs(deadline: number): void {
    const { stats, docs: table } = this.state;
    const batch = this.batch!;
    const { ids: docIds, docTermStart, docTermIds, lengths } = batch;
    while (this.cursor < docIds.length) {
      const i = this.cursor++;
      const from = docTermStart[i]!;
      const terms = Buffer.from(docTermIds.buffer, docTermIds.byteOffset + from, docTermStart[i + 1]! - from);
      const fieldLengths = Array.from(lengths.subarray(i * FIELD_COUNT, (i + 1) * FIELD_COUNT));
      this.insertDoc.add(docIds[i], batch.slots[i], JSON.stringify(fieldLengths), terms);
      stats.docs += 1;
      for (let field = 0; field < FIELD_COUNT; field++) {
        const length = fieldLengths[field]!;
        stats.lengthSum[field]! += length;
        if (length > 0) stats.withField[field]! += 1;
      }
      table.set(
        docIds[i]!,
        batch.days[i]!,
        batch.slots[i]!,
        Array.from(batch.tags.subarray(batch.tagStart[i]!, batch.tagStart[i + 1]!)),
      );
      if (this.cursor % CHECK_EVERY === 0 && performance.now() >= deadline) return;
    }
    this.insertDoc.flush();
    saveDocPages(this.db, table, this.pageLimit);
    setMeta(this.db, 'stats', JSON.stringify(stats));
    this.phase = 'done';
  }

  /** Lets the written batch go (terms and their ids stay). */
  private reset(): void {
    this.phase = 'idle';
    this.batch = null;
    this.order = new Float64Array(0);
  }
}
