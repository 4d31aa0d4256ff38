/**
 * The analysing half of a fresh rebuild's fast path (build-batch.ts writes what it makes): articles
 * are analysed straight into packed posting lists, batch by batch.
 *
 * The general path (documents.ts → writer.ts) makes a Map of terms per field and per article, a
 * Posting object per (term, article), and packs each list at the end; at 50,000 articles that is
 * some 30 million words and tens of millions of short-lived objects. Here:
 *
 * - words are cut from the lower-cased text by a table of separator characters and looked up in a
 *   hash table of the words seen so far (hashed from the character codes, compared in place: no
 *   string is made for a word already seen), which gives the word's term as a number; only a new
 *   word goes through `termOf`, so the analysis is the query's analysis word for word;
 * - an article's occurrences go into flat typed arrays, linked per term, and each term's posting is
 *   packed at once into one byte arena of the batch (the same bytes `encodePostings` makes).
 *
 * A finished batch (`take()`) is a handful of typed arrays and the new terms' strings: nothing that
 * points back into the analyser, so it can be written in this thread or transferred (not copied) to
 * another one, which is how the index's worker writes one batch while the next is analysed.
 */
import { BLOCK_GAP, SEPARATOR, termOf } from './analyzer';
import { dayNumber, slotOf } from './calendar';
import { UNDATED } from './doc-table';
import { MAX_WORDS_PER_FIELD, type ArticleTexts, type BatchDoc } from './documents';
import { FIELD_COUNT } from './postings';

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

export function varintLength(value: number): number {
  let n = 1;
  while (value >= 0x80) {
    value = Math.floor(value / 0x80);
    n += 1;
  }
  return n;
}

export function writeVarint(out: Uint8Array, at: number, value: number): number {
  while (value >= 0x80) {
    out[at++] = (value % 0x80) | 0x80;
    value = Math.floor(value / 0x80);
  }
  out[at++] = value;
  return at;
}

/**
 * One analysed batch. Terms are the analyser's own numbers, given in the order they were first met
 * over the whole rebuild; the writer gives each its index id when its first batch is written.
 */
export interface AnalysedBatch {
  /** Per article: id, day, month slot; article i's tags are `tags[tagStart[i] .. tagStart[i + 1])`. */
  ids: Int32Array;
  days: Int32Array;
  slots: Int32Array;
  tagStart: Int32Array;
  tags: Int32Array;
  /** Article i's field lengths are `lengths[i × FIELD_COUNT ..]`. */
  lengths: Int32Array;
  /**
   * Article i's term ids, ascending, as the index stores them (varints), are
   * `docTermIds[docTermStart[i] .. docTermStart[i + 1])`. A term's id is its number + 1: the writer
   * gives ids in the order terms are first met, from 1 in the empty index (it checks).
   */
  docTermStart: Int32Array;
  docTermIds: Uint8Array;
  /** The batch's terms in the order met; per term its count of (article, field) pairs so far and its first segment. */
  terms: Int32Array;
  df: Int32Array;
  segHead: Int32Array;
  /**
   * Segments (one per term and article) of the arena, `segStart[i] .. segStart[i + 1]` (they are
   * packed one after the other; the last entry is the arena's end), linked per term in article
   * order (`segNext`, -1 at the end), each with its article's month slot.
   */
  segStart: Int32Array;
  segNext: Int32Array;
  segSlot: Int32Array;
  arena: Uint8Array;
  /** The strings of the terms first met in this batch, numbered from `firstNewTerm` on. */
  firstNewTerm: number;
  newTerms: string[];
}

/** The batch's buffers, to transfer rather than copy to another thread. */
export function batchTransferList(batch: AnalysedBatch): ArrayBuffer[] {
  const { ids, days, slots, tagStart, tags, lengths, docTermStart, docTermIds, terms, df, segHead } = batch;
  const { segStart, segNext, segSlot, arena } = batch;
  return [
    ...[ids, days, slots, tagStart, tags, lengths, docTermStart, docTermIds, terms, df, segHead],
    ...[segStart, segNext, segSlot, arena],
  ].map((array) => array.buffer as ArrayBuffer);
}

/** The articles of a batch as the rest of the rebuild hears of them. */
export function batchDocs(batch: AnalysedBatch): BatchDoc[] {
  const docs: BatchDoc[] = [];
  for (let i = 0; i < batch.ids.length; i++)
    docs.push({
      id: batch.ids[i]!,
      day: batch.days[i]!,
      slot: batch.slots[i]!,
      tagIds: Array.from(batch.tags.subarray(batch.tagStart[i]!, batch.tagStart[i + 1]!)),
    });
  return docs;
}

/** Starting sizes of a batch's arrays (they grow, and the next batch starts at the size reached). */
const START = { docs: 1 << 10, terms: 1 << 12, segs: 1 << 14, arena: 1 << 20 };

/**
 * The words and terms of one fresh rebuild, an article's scratch arrays, and the batch being
 * analysed.
 */
export class BatchAnalyser {
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
  /** Terms numbered before this batch (the next batch's new terms start here). */
  private termsBefore = 0;
  /** Per term: the last article and slot packed for it (postings are delta-coded within a row). */
  private lastDoc = new Int32Array(1 << 14);
  private lastSlot = new Int32Array(1 << 14).fill(-1);
  /** Per term: its document frequency so far ((article, field) pairs, lunr's idf count). */
  private termDf = new Int32Array(1 << 14);

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

  // ---- the batch: per term its packed postings (linked segments of the arena), articles ----
  private batchStamp = new Int32Array(1 << 14).fill(-1);
  private batchSeq = 0;
  private batchTerms = new Int32Array(START.terms);
  private batchTermCount = 0;
  private segHead = new Int32Array(1 << 14);
  private segTail = new Int32Array(1 << 14);
  private segStart = new Int32Array(START.segs);
  private segNext = new Int32Array(START.segs);
  private segSlot = new Int32Array(START.segs);
  private segCount = 0;
  private arena = new Uint8Array(START.arena);
  private arenaSize = 0;
  private ids = new Int32Array(START.docs);
  private days = new Int32Array(START.docs);
  private slots = new Int32Array(START.docs);
  private tagStart = new Int32Array(START.docs);
  private tags = new Int32Array(START.docs);
  private tagCount = 0;
  private lengths = new Int32Array(START.docs * FIELD_COUNT);
  private docTermStart = new Int32Array(START.docs);
  private docTerms = new Int32Array(START.terms);
  private docTermCount = 0;
  /** Articles in the batch so far. */
  docCount = 0;

  /** Analyses one article into the batch; true when a field was too long and cut short. */
  add(article: ArticleTexts): boolean {
    const slot = slotOf(article.date);
    this.docSeq += 1;
    this.occurrences = 0;
    let truncated = false;
    const doc = this.docCount;
    if (doc + 2 > this.ids.length) this.growDocs(doc + 2);
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
      this.lengths[doc * FIELD_COUNT + field] = this.fieldLength;
    }
    this.packPostings(article.id, slot, doc * FIELD_COUNT, docTermsFrom);
    this.ids[doc] = article.id;
    this.days[doc] = article.date === null ? UNDATED : dayNumber(article.date);
    this.slots[doc] = slot;
    this.tagStart[doc] = this.tagCount;
    this.tags = ensure(this.tags, this.tagCount + article.tagIds.length);
    for (const tag of article.tagIds) this.tags[this.tagCount++] = tag;
    this.tagStart[doc + 1] = this.tagCount;
    this.docTermStart[doc] = docTermsFrom;
    this.docTermStart[doc + 1] = this.docTermCount;
    this.docCount = doc + 1;
    return truncated;
  }

  /**
   * Hands over the batch analysed so far, as views of its own buffers (this analyser keeps none of
   * them: the next batch starts in new ones), and starts the next.
   */
  take(): AnalysedBatch {
    const n = this.docCount;
    const terms = this.batchTerms.subarray(0, this.batchTermCount);
    const df = new Int32Array(terms.length);
    const segHead = new Int32Array(terms.length);
    for (let k = 0; k < terms.length; k++) {
      df[k] = this.termDf[terms[k]!]!;
      segHead[k] = this.segHead[terms[k]!]!;
    }
    const { docTermStart, docTermIds } = this.docTermIdsOf(n);
    this.segStart[this.segCount] = this.arenaSize; // where the last segment ends
    const batch: AnalysedBatch = {
      ids: this.ids.subarray(0, n),
      days: this.days.subarray(0, n),
      slots: this.slots.subarray(0, n),
      tagStart: this.tagStart.subarray(0, n + 1),
      tags: this.tags.subarray(0, this.tagCount),
      lengths: this.lengths.subarray(0, n * FIELD_COUNT),
      docTermStart,
      docTermIds,
      terms,
      df,
      segHead,
      segStart: this.segStart.subarray(0, this.segCount + 1),
      segNext: this.segNext.subarray(0, this.segCount),
      segSlot: this.segSlot.subarray(0, this.segCount),
      arena: this.arena.subarray(0, this.arenaSize),
      firstNewTerm: this.termsBefore,
      newTerms: this.terms.slice(this.termsBefore),
    };
    if (n === 0) batch.tagStart[0] = 0;
    this.termsBefore = this.terms.length;
    // The next batch in new buffers of the sizes this one reached.
    const docs = this.ids.length;
    this.ids = new Int32Array(docs);
    this.days = new Int32Array(docs);
    this.slots = new Int32Array(docs);
    this.tagStart = new Int32Array(docs);
    this.tags = new Int32Array(this.tags.length);
    this.lengths = new Int32Array(docs * FIELD_COUNT);
    this.batchTerms = new Int32Array(this.batchTerms.length);
    const segs = this.segStart.length;
    this.segStart = new Int32Array(segs);
    this.segNext = new Int32Array(segs);
    this.segSlot = new Int32Array(segs);
    this.arena = new Uint8Array(this.arena.length);
    this.batchSeq += 1;
    this.batchTermCount = 0;
    this.segCount = 0;
    this.arenaSize = 0;
    this.tagCount = 0;
    this.docTermCount = 0;
    this.docCount = 0;
    return batch;
  }

  /** Each article's term ids, sorted and packed as varints (the docs table's `terms`). */
  private docTermIdsOf(n: number): { docTermStart: Int32Array; docTermIds: Uint8Array } {
    const start = new Int32Array(n + 1);
    let size = 0;
    for (let k = 0; k < this.docTermCount; k++) size += varintLength(this.docTerms[k]! + 1);
    const out = new Uint8Array(size);
    let at = 0;
    for (let i = 0; i < n; i++) {
      start[i] = at;
      // Numbers ascend as ids do (id = number + 1).
      const terms = this.docTerms.subarray(this.docTermStart[i]!, this.docTermStart[i + 1]!).sort();
      for (let k = 0; k < terms.length; k++) at = writeVarint(out, at, terms[k]! + 1);
    }
    start[n] = at;
    return { docTermStart: start, docTermIds: out };
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
    if (size > this.lastDoc.length) {
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

  private growDocs(size: number): void {
    this.ids = ensure(this.ids, size);
    this.days = ensure(this.days, size);
    this.slots = ensure(this.slots, size);
    this.tagStart = ensure(this.tagStart, size);
    this.docTermStart = ensure(this.docTermStart, size);
    this.lengths = ensure(this.lengths, this.ids.length * FIELD_COUNT);
  }

  /** Packs the article's posting for each of its terms onto that term's list (postings.ts's format). */
  private packPostings(doc: number, slot: number, lengthsAt: number, from: number): void {
    const tf = [0, 0, 0, 0, 0, 0];
    const lengths = this.lengths;
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
          at = writeVarint(arena, at, lengths[lengthsAt + field]!);
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
      if (seg + 1 >= this.segStart.length) {
        this.segStart = ensure(this.segStart, seg + 2);
        this.segNext = ensure(this.segNext, seg + 2);
        this.segSlot = ensure(this.segSlot, seg + 2);
      }
      this.segStart[seg] = start;
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
}
