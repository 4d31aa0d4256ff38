/**
 * The fast path of a fresh rebuild (an empty index filled month by month): articles are analysed
 * straight into packed posting lists, and each batch is written with few, multi-row statements.
 *
 * The general path (documents.ts → writer.ts) makes a Map of terms per field and per article, a
 * Posting object per (term, article), and packs each list at the end; at 50,000 articles that is
 * some 30 million words and tens of millions of short-lived objects, and the rebuild spent more time
 * in them (and in the garbage collector) than in SQLite. Here:
 *
 * - words are cut from the lower-cased text by a table of separator characters and looked up in a
 *   hash table of the words seen so far (hashed from the character codes, compared in place: no
 *   string is made for a word already seen), which gives the word's term as a number; only a new
 *   word goes through `termOf`, so the analysis is the query's analysis word for word;
 * - an article's occurrences go into flat typed arrays, linked per term, and each term's posting is
 *   packed at once into one byte arena of the batch (the same bytes `encodePostings` makes);
 * - a batch's rows are those bytes put together, one row per term and month, inserted 64 at a time.
 *
 * The result is the index the general path makes, row for row (search.test.ts compares both).
 */
import type { Db } from '../db/connection';
import { BLOCK_GAP, SEPARATOR, termOf } from './analyzer';
import { dayNumber, SLOTS, slotOf } from './calendar';
import { UNDATED } from './doc-table';
import { MAX_WORDS_PER_FIELD, type ArticleTexts, type BatchDoc } from './documents';
import { FIELD_COUNT } from './postings';
import { SCHEMA, setMeta } from './store';
import { saveDocPages, type IndexState } from './writer';

/** 1 for each UTF-16 code unit that separates words (the analyser's SEPARATOR, one unit at a time). */
const IS_SEPARATOR = (() => {
  const table = new Uint8Array(0x10000);
  const one = new RegExp(`^${SEPARATOR.source.slice(0, -1)}$`);
  for (let c = 0; c < 0x10000; c++) if (one.test(String.fromCharCode(c))) table[c] = 1;
  return table;
})();

/** A growable Int32Array: returns `array`, or a copy at least `size` long. */
function ensure(array: Int32Array<ArrayBuffer>, size: number, fill = 0): Int32Array<ArrayBuffer> {
  if (size <= array.length) return array;
  const next = new Int32Array(Math.max(size, array.length * 2));
  next.set(array);
  if (fill !== 0) next.fill(fill, array.length);
  return next;
}

function varintLength(value: number): number {
  let n = 1;
  while (value >= 0x80) {
    value = Math.floor(value / 0x80);
    n += 1;
  }
  return n;
}

function writeVarint(out: Uint8Array, at: number, value: number): number {
  while (value >= 0x80) {
    out[at++] = (value % 0x80) | 0x80;
    value = Math.floor(value / 0x80);
  }
  out[at++] = value;
  return at;
}

/** Rows per multi-row INSERT. */
const ROWS = 64;

/** An INSERT of many rows at once: `ROWS` rows a statement, the rest one by one at the end. */
class MultiInsert {
  private readonly many: ReturnType<Db['prepare']>;
  private readonly one: ReturnType<Db['prepare']>;
  private readonly values: unknown[] = [];

  constructor(
    db: Db,
    head: string,
    private readonly columns: number,
    tail = '',
  ) {
    const row = `(${Array.from({ length: columns }, () => '?').join(', ')})`;
    this.many = db.prepare(`${head} VALUES ${Array.from({ length: ROWS }, () => row).join(', ')} ${tail}`);
    this.one = db.prepare(`${head} VALUES ${row} ${tail}`);
  }

  add(...row: unknown[]): void {
    for (const value of row) this.values.push(value);
    if (this.values.length === ROWS * this.columns) {
      this.many.run(this.values);
      this.values.length = 0;
    }
  }

  /** Writes the rows still held (call before the transaction ends). */
  flush(): void {
    for (let i = 0; i < this.values.length; i += this.columns)
      this.one.run(this.values.slice(i, i + this.columns));
    this.values.length = 0;
  }
}

/** How often `writeAll` looks at the stop flag, in milliseconds. */
const STOP_CHECK_MS = 20;
const ABANDONED = new Error('the rebuild was asked to stop');

/** How many units of work run between two looks at the clock. */
const CHECK_EVERY = 64;

/**
 * The terms, words and scratch arrays of one fresh rebuild, and the batch being analysed and
 * written. Terms are numbered locally in the order they are first met (as the general path inserts
 * them), and get their index id when their first batch is written.
 */
export class BuildBatch {
  // ---- words and terms, for the whole rebuild ----
  private wordSlots = new Int32Array(1 << 16);
  private wordHash = new Int32Array(1 << 15);
  private wordTerm = new Int32Array(1 << 15);
  /**
   * The words' characters, one after the other, and where each word starts (word i ends where
   * word i + 1 starts): no string is kept per word, which would also keep alive the whole block it
   * was cut from.
   */
  private wordChars = new Uint16Array(1 << 18);
  private wordStart = new Int32Array(1 << 15);
  private wordCount = 0;
  private readonly terms: string[] = [];
  private readonly termNumber = new Map<string, number>();
  /** Per term: its index id (0 until written), the last article and slot it was written for. */
  private termId = new Int32Array(1 << 14);
  private lastDoc = new Int32Array(1 << 14);
  private lastSlot = new Int32Array(1 << 14).fill(-1);
  private nextTermId: number;

  // ---- one article's occurrences, linked per term ----
  private docStamp = new Int32Array(1 << 14).fill(-1);
  private docHead = new Int32Array(1 << 14);
  private docTail = new Int32Array(1 << 14);
  private occField = new Int32Array(1 << 12);
  private occPosition = new Int32Array(1 << 12);
  private occNext = new Int32Array(1 << 12);
  private docSeq = 0;
  /** Occurrences of the current article so far, and terms in its current field. */
  private occurrences = 0;
  private fieldLength = 0;

  // ---- the batch: per term its packed postings (linked segments of the arena), articles, pairs ----
  private batchStamp = new Int32Array(1 << 14).fill(-1);
  private batchSeq = 0;
  private batchTerms = new Int32Array(1 << 12);
  private batchTermCount = 0;
  /** Per term: its document frequency so far ((article, field) pairs, lunr's idf count). */
  private termDf = new Int32Array(1 << 14);
  private segHead = new Int32Array(1 << 14);
  private segTail = new Int32Array(1 << 14);
  private segStart = new Int32Array(1 << 14);
  private segEnd = new Int32Array(1 << 14);
  private segNext = new Int32Array(1 << 14);
  private segSlot = new Int32Array(1 << 14);
  private segCount = 0;
  private arena = new Uint8Array(1 << 20);
  private arenaSize = 0;
  /** The articles of the batch, and where each one's terms start in `docTerms`. */
  docs: BatchDoc[] = [];
  private docLengths: number[][] = [];
  private docTermStart: number[] = [0];
  private docTerms = new Int32Array(1 << 14);
  private docTermCount = 0;

  // ---- writing the batch ----
  private phase: 'idle' | 'terms' | 'postings' | 'docs' | 'done' = 'idle';
  private cursor = 0;
  private order: Float64Array = new Float64Array(0);
  private readonly insertTerm: MultiInsert;
  private readonly insertPosting: MultiInsert;
  private readonly insertDoc: MultiInsert;
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
    this.insertTerm = new MultiInsert(
      db,
      `INSERT INTO ${SCHEMA}.terms (id, term, df)`,
      3,
      'ON CONFLICT (id) DO UPDATE SET df = excluded.df',
    );
    this.insertPosting = new MultiInsert(db, `INSERT INTO ${SCHEMA}.postings (key, data)`, 2);
    this.insertDoc = new MultiInsert(
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

  /** Analyses one article into the batch; true when a field was too long and cut short. */
  add(article: ArticleTexts): boolean {
    const slot = slotOf(article.date);
    this.docSeq += 1;
    this.occurrences = 0;
    let truncated = false;
    const lengths: number[] = [];
    const docTermsFrom = this.docTermCount;
    for (let field = 0; field < FIELD_COUNT; field++) {
      let position = 0;
      this.fieldLength = 0;
      for (const block of article.fields[field]!) {
        position = this.scanBlock(block.toLowerCase(), field, position);
        if (position < 0) {
          truncated = true;
          break;
        }
        position += BLOCK_GAP;
      }
      lengths.push(this.fieldLength);
    }
    this.packPostings(article.id, slot, lengths, docTermsFrom);
    this.docs.push({
      id: article.id,
      day: article.date === null ? UNDATED : dayNumber(article.date),
      slot,
      tagIds: article.tagIds,
    });
    this.docLengths.push(lengths);
    this.docTermStart.push(this.docTermCount);
    return truncated;
  }

  /**
   * Adds the words of one lower-cased block of a field from word `position` on; returns the position
   * after its last word, or -1 when the field reached its limit of words. (A function of its own, not
   * an inner loop of `add`: V8 then optimises it as a whole instead of entering and leaving an
   * on-stack-replaced loop at every article.)
   */
  private scanBlock(text: string, field: number, position: number): number {
    const n = text.length;
    let i = 0;
    while (i < n) {
      while (i < n && IS_SEPARATOR[text.charCodeAt(i)] === 1) i++;
      if (i >= n) break;
      const start = i;
      let hash = 0x811c9dc5;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (IS_SEPARATOR[c] === 1) break;
        hash = Math.imul(hash ^ c, 0x01000193);
        i++;
      }
      if (position >= MAX_WORDS_PER_FIELD) return -1;
      const term = this.termOfWord(text, start, i, hash);
      if (term >= 0) {
        this.fieldLength += 1;
        const occurrence = this.occurrences++;
        if (occurrence >= this.occField.length) this.growOccurrences(occurrence + 1);
        this.occField[occurrence] = field;
        this.occPosition[occurrence] = position;
        this.occNext[occurrence] = -1;
        if (this.docStamp[term] !== this.docSeq) {
          this.docStamp[term] = this.docSeq;
          this.docHead[term] = occurrence;
          if (this.docTermCount >= this.docTerms.length)
            this.docTerms = ensure(this.docTerms, this.docTermCount + 1);
          this.docTerms[this.docTermCount++] = term;
        } else this.occNext[this.docTail[term]!] = occurrence;
        this.docTail[term] = occurrence;
      }
      position += 1;
    }
    return position;
  }

  /** The term number of the word `text[start, end)`, or -1 when it has none (a stop word). */
  private termOfWord(text: string, start: number, end: number, hash: number): number {
    const mask = this.wordSlots.length - 1;
    let at = hash & mask;
    for (;;) {
      const entry = this.wordSlots[at]!;
      if (entry === 0) break;
      if (this.wordHash[entry - 1] === hash) {
        const from = this.wordStart[entry - 1]!;
        if (this.wordStart[entry]! - from === end - start) {
          const chars = this.wordChars;
          let k = 0;
          while (k < end - start && chars[from + k] === text.charCodeAt(start + k)) k++;
          if (k === end - start) return this.wordTerm[entry - 1]!;
        }
      }
      at = (at + 1) & mask;
    }
    // A new word: analysed once, as a query's word is.
    const analysed = termOf(text.slice(start, end));
    let term = -1;
    if (analysed !== null) {
      term = this.termNumber.get(analysed) ?? -1;
      if (term === -1) term = this.newTerm(analysed);
    }
    const index = this.wordCount++;
    this.wordHash = ensure(this.wordHash, index + 1);
    this.wordTerm = ensure(this.wordTerm, index + 1);
    this.wordStart = ensure(this.wordStart, index + 2);
    const from = this.wordStart[index]!;
    if (from + end - start > this.wordChars.length) {
      const chars = new Uint16Array(Math.max(this.wordChars.length * 2, from + end - start));
      chars.set(this.wordChars);
      this.wordChars = chars;
    }
    for (let k = start; k < end; k++) this.wordChars[from + k - start] = text.charCodeAt(k);
    this.wordStart[index + 1] = from + end - start;
    this.wordHash[index] = hash;
    this.wordTerm[index] = term;
    this.wordSlots[at] = index + 1;
    if ((index + 1) * 2 > this.wordSlots.length) this.rehashWords();
    return term;
  }

  private rehashWords(): void {
    const slots = new Int32Array(this.wordSlots.length * 2);
    const mask = slots.length - 1;
    for (let index = 0; index < this.wordCount; index++) {
      let at = this.wordHash[index]! & mask;
      while (slots[at] !== 0) at = (at + 1) & mask;
      slots[at] = index + 1;
    }
    this.wordSlots = slots;
  }

  private newTerm(text: string): number {
    const term = this.terms.length;
    this.terms.push(text);
    this.termNumber.set(text, term);
    const size = term + 1;
    if (size > this.termId.length) {
      this.termId = ensure(this.termId, size);
      this.lastDoc = ensure(this.lastDoc, size);
      this.lastSlot = ensure(this.lastSlot, size, -1);
      this.docStamp = ensure(this.docStamp, size, -1);
      this.docHead = ensure(this.docHead, size);
      this.docTail = ensure(this.docTail, size);
      this.batchStamp = ensure(this.batchStamp, size, -1);
      this.termDf = ensure(this.termDf, size);
      this.segHead = ensure(this.segHead, size);
      this.segTail = ensure(this.segTail, size);
    }
    return term;
  }

  private growOccurrences(size: number): void {
    this.occField = ensure(this.occField, size);
    this.occPosition = ensure(this.occPosition, size);
    this.occNext = ensure(this.occNext, size);
  }

  /** Packs the article's posting for each of its terms onto that term's list (postings.ts's format). */
  private packPostings(doc: number, slot: number, lengths: readonly number[], from: number): void {
    const tf = [0, 0, 0, 0, 0, 0];
    for (let k = from; k < this.docTermCount; k++) {
      const term = this.docTerms[k]!;
      let mask = 0;
      let fields = 0;
      tf.fill(0);
      let bytes = 12; // the article's delta (≤ 5 bytes), the mask, and slack
      for (let o = this.docHead[term]!; o !== -1; o = this.occNext[o]!) {
        const field = this.occField[o]!;
        if (tf[field] === 0) {
          mask |= 1 << field;
          fields += 1;
          bytes += 10;
        }
        tf[field] = tf[field]! + 1;
        bytes += 5;
      }
      if (this.arenaSize + bytes > this.arena.length) {
        const next = new Uint8Array(Math.max(this.arena.length * 2, this.arenaSize + bytes));
        next.set(this.arena.subarray(0, this.arenaSize));
        this.arena = next;
      }
      const arena = this.arena;
      const start = this.arenaSize;
      const delta = doc - (this.lastSlot[term] === slot ? this.lastDoc[term]! : 0);
      // Rebuild reads each month in id order and gives each month its own slot (it checks).
      if (delta <= 0) throw new Error(`article ${doc} came after a later one in its month's rows`);
      let at = writeVarint(arena, start, delta);
      arena[at++] = mask;
      let field = -1;
      let last = 0;
      for (let o = this.docHead[term]!; o !== -1; o = this.occNext[o]!) {
        if (this.occField[o] !== field) {
          field = this.occField[o]!;
          at = writeVarint(arena, at, lengths[field]!);
          at = writeVarint(arena, at, tf[field]!);
          last = 0;
        }
        const position = this.occPosition[o]!;
        if (position - last < 0x80) arena[at++] = position - last;
        else at = writeVarint(arena, at, position - last);
        last = position;
      }
      this.arenaSize = at;
      this.lastDoc[term] = doc;
      this.lastSlot[term] = slot;
      // The segment, linked after the term's earlier ones in this batch.
      const seg = this.segCount++;
      if (seg >= this.segStart.length) {
        this.segStart = ensure(this.segStart, seg + 1);
        this.segEnd = ensure(this.segEnd, seg + 1);
        this.segNext = ensure(this.segNext, seg + 1);
        this.segSlot = ensure(this.segSlot, seg + 1);
      }
      this.segStart[seg] = start;
      this.segEnd[seg] = at;
      this.segNext[seg] = -1;
      this.segSlot[seg] = slot;
      if (this.batchStamp[term] !== this.batchSeq) {
        this.batchStamp[term] = this.batchSeq;
        if (this.batchTermCount >= this.batchTerms.length)
          this.batchTerms = ensure(this.batchTerms, this.batchTermCount + 1);
        this.batchTerms[this.batchTermCount++] = term;
        this.segHead[term] = seg;
      } else this.segNext[this.segTail[term]!] = seg;
      this.segTail[term] = seg;
      this.termDf[term] = this.termDf[term]! + fields;
    }
  }

  /** Starts writing the batch analysed so far. */
  startWrite(): void {
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
    while (this.cursor < this.batchTermCount) {
      const term = this.batchTerms[this.cursor++]!;
      if (this.termId[term] === 0) this.termId[term] = ++this.nextTermId;
      this.insertTerm.add(this.termId[term], this.terms[term]!, this.termDf[term]!);
      if (this.cursor % CHECK_EVERY === 0 && performance.now() >= deadline) return;
    }
    // A term's rows are next to each other in the table (key = term id × slots + slot): write in key order.
    const order = new Float64Array(this.batchTermCount);
    for (let k = 0; k < this.batchTermCount; k++) {
      const term = this.batchTerms[k]!;
      order[k] = this.termId[term]! * 0x400000 + term;
    }
    this.order = order.sort();
    this.phase = 'postings';
    this.cursor = 0;
  }

  private writePostings(deadline: number): void {
    while (this.cursor < this.order.length) {
      const term = this.order[this.cursor++]! % 0x400000;
      // The term's segments, one per article, come month by month: one row per month.
      let seg = this.segHead[term]!;
      while (seg !== -1) {
        const slot = this.segSlot[seg]!;
        let count = 0;
        let bytes = 0;
        let end = seg;
        while (end !== -1 && this.segSlot[end] === slot) {
          count += 1;
          bytes += this.segEnd[end]! - this.segStart[end]!;
          end = this.segNext[end]!;
        }
        this.writeRow(this.termId[term]! * SLOTS + slot, seg, end, count, bytes);
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
    const arena = this.arena;
    for (let seg = from; seg !== to; seg = this.segNext[seg]!) {
      const end = this.segEnd[seg]!;
      for (let k = this.segStart[seg]!; k < end; k++) blob[at++] = arena[k]!;
    }
  }

  /** Records the articles themselves: their rows, the statistics and the in-memory table. */
  private writeDocs(deadline: number): void {
    const { stats, docs: table } = this.state;
    while (this.cursor < this.docs.length) {
      const i = this.cursor++;
      const doc = this.docs[i]!;
      const lengths = this.docLengths[i]!;
      const ids = new Int32Array(this.docTermStart[i + 1]! - this.docTermStart[i]!);
      for (let k = 0; k < ids.length; k++) ids[k] = this.termId[this.docTerms[this.docTermStart[i]! + k]!]!;
      ids.sort();
      let size = 0;
      for (const id of ids) size += varintLength(id);
      const terms = Buffer.allocUnsafe(size);
      let at = 0;
      for (const id of ids) at = writeVarint(terms, at, id);
      this.insertDoc.add(doc.id, doc.slot, JSON.stringify(lengths), terms);
      stats.docs += 1;
      for (let field = 0; field < FIELD_COUNT; field++) {
        const length = lengths[field] ?? 0;
        stats.lengthSum[field]! += length;
        if (length > 0) stats.withField[field]! += 1;
      }
      table.set(doc.id, doc.day, doc.slot, doc.tagIds);
      if (this.cursor % CHECK_EVERY === 0 && performance.now() >= deadline) return;
    }
    this.insertDoc.flush();
    saveDocPages(this.db, table, this.pageLimit);
    setMeta(this.db, 'stats', JSON.stringify(stats));
    this.phase = 'done';
  }

  /** Empties the batch for the next one (words, terms and their ids stay). */
  private reset(): void {
    this.phase = 'idle';
    this.batchSeq += 1;
    this.batchTermCount = 0;
    this.segCount = 0;
    this.arenaSize = 0;
    this.docs = [];
    this.docLengths = [];
    this.docTermStart = [0];
    this.docTermCount = 0;
    this.order = new Float64Array(0);
  }
}
