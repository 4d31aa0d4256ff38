/**
 * The phrase check: which allowed articles hold a phrase's words at the phrase's offsets in one
 * field, and (for a required phrase) what the words add to those articles' scores.
 *
 * Starts from the rarest word: its (article, field) pairs become candidates, each with the start
 * positions the word allows. Each further word, rarer first, walks its posting lists once: an
 * article that is no longer a candidate is skipped without decoding its positions; a candidate's
 * starts are intersected (both lists ascending) with the word's positions minus its offset. No
 * objects are made per article, and the work stops as soon as no candidate is left. With scoring,
 * each word's BM25 weight is summed for the candidates on the same walk (exactly what scanning
 * the word for the matching articles would add), so a phrase's posting lists are read once.
 */
import type { PostingCursor } from './posting-cursor';
import type { PhraseClause } from './query';
import type { TermRef } from './query-plan';
import type { QueryRun } from './query-run';
import { fieldMaskOf, fieldWeight, type TermWeights } from './scoring';

/** Per word of the phrase (by term): its weights, when the phrase's words score. */
export type PhraseWeights = ReadonlyMap<string, TermWeights>;

export interface PhraseMatch {
  /** The articles holding the phrase, by id. */
  docs: number[];
  /** With weights: each article's sum of its words' weights, in the same order. */
  scores: number[];
}

/** Articles (allowed ones) holding the phrase; with `weights`, what its words add to their scores. */
export function matchPhrase(
  run: QueryRun,
  clause: PhraseClause,
  terms: readonly TermRef[],
  weights: PhraseWeights | null,
): PhraseMatch {
  const byTerm = new Map(terms.map((t) => [t.term, t]));
  // A word of the phrase in no article: no article holds the phrase.
  if (clause.terms.length === 0 || clause.terms.some((t) => !byTerm.has(t.term)))
    return { docs: [], scores: [] };
  const order = [...clause.terms].sort((a, b) => byTerm.get(a.term)!.df - byTerm.get(b.term)!.df);
  const candidates = new PhraseCandidates(run, fieldMaskOf(clause.fields), weights !== null);
  let previous = -1;
  for (let round = 0; round < order.length; round++) {
    const { term, offset } = order[round]!;
    const stamp = run.scratch.nextRound();
    const termWeights = weights?.get(term) ?? null;
    candidates.survivors = 0;
    for (const blob of run.postings(byTerm.get(term)!.id)) {
      run.cursor.open(blob);
      if (round === 0) candidates.collect(run.cursor, offset, stamp, termWeights);
      else candidates.intersect(run.cursor, offset, previous, stamp, termWeights);
    }
    previous = stamp;
    if (candidates.survivors === 0) break;
  }
  return candidates.finish(previous);
}

/** Grows an Int32Array to hold at least `size` numbers, keeping its contents. */
function grow(array: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  if (size <= array.length) return array;
  const next = new Int32Array(Math.max(size, array.length * 2));
  next.set(array);
  return next;
}

/**
 * The (article, field) pairs still in the running, each with the start positions of the phrase
 * they allow, in flat typed arrays: entry e is article eDoc[e], field eField[e], with eCount[e]
 * starts at pool[eStart[e]…]. An article's entries are consecutive, by ascending field; the
 * query's `phraseEntry` holds its first, `phraseStamp` the last round that kept it. The two walks
 * are methods of their own so that each is compiled early: a user's first phrase queries run them cold.
 */
class PhraseCandidates {
  eDoc = new Int32Array(256);
  eField = new Int32Array(256);
  eStart = new Int32Array(256);
  eCount = new Int32Array(256);
  entries = 0;
  pool = new Int32Array(1024);
  poolSize = 0;
  /** Articles kept by the current round. */
  survivors = 0;
  private readonly stamp: Int32Array;
  private readonly entryOf: Int32Array;
  /** The words' weights summed per article, when scoring (zero on entry, cleared by `finish`). */
  private readonly sums: Float64Array | null;

  constructor(
    private readonly run: QueryRun,
    private readonly fieldMask: number,
    scoring: boolean,
  ) {
    this.stamp = run.scratch.phraseStamp;
    this.entryOf = run.scratch.phraseEntry;
    this.sums = scoring ? run.scratch.phraseScores : null;
  }

  /** The rarest word: every allowed article holding it in the clause's fields becomes a candidate. */
  collect(cursor: PostingCursor, offset: number, round: number, weights: TermWeights | null): void {
    const { stamp, entryOf, fieldMask } = this;
    const { allowed, capacity } = this.run;
    while (cursor.nextDoc()) {
      const doc = cursor.doc;
      if (doc >= capacity || allowed[doc] !== 1 || (cursor.mask & fieldMask) === 0) continue;
      while (cursor.nextField()) {
        const field = cursor.field;
        if ((fieldMask & (1 << field)) === 0) continue;
        this.addWeight(doc, field, cursor, weights);
        const e = this.entries;
        if (stamp[doc] !== round) {
          stamp[doc] = round;
          entryOf[doc] = e;
          this.survivors += 1;
        }
        this.addEntry(doc, field, cursor, offset);
      }
    }
  }

  /** Appends the cursor's field as a candidate entry, with its positions less `offset` as starts. */
  private addEntry(doc: number, field: number, cursor: PostingCursor, offset: number): void {
    const e = this.entries;
    const tf = cursor.tf;
    if (e === this.eDoc.length) {
      this.eDoc = grow(this.eDoc, e + 1);
      this.eField = grow(this.eField, e + 1);
      this.eStart = grow(this.eStart, e + 1);
      this.eCount = grow(this.eCount, e + 1);
    }
    if (this.poolSize + tf > this.pool.length) this.pool = grow(this.pool, this.poolSize + tf);
    this.eDoc[e] = doc;
    this.eField[e] = field;
    this.eStart[e] = this.poolSize;
    this.eCount[e] = tf;
    const pool = this.pool;
    let at = this.poolSize;
    for (let k = 0; k < tf; k++) pool[at++] = cursor.nextPosition() - offset;
    this.poolSize = at;
    this.entries = e + 1;
  }

  /**
   * A further word: a candidate of round `previous` keeps, field by field, the starts this word's
   * positions (less its offset) confirm; the candidates that keep any are stamped `round`.
   */
  intersect(
    cursor: PostingCursor,
    offset: number,
    previous: number,
    round: number,
    weights: TermWeights | null,
  ): void {
    const { stamp, entryOf, fieldMask, eDoc, eField, eCount } = this;
    const { capacity } = this.run;
    const entries = this.entries;
    while (cursor.nextDoc()) {
      const doc = cursor.doc;
      if (doc >= capacity || stamp[doc] !== previous) continue;
      let e = entryOf[doc]!;
      let kept = 0;
      while (cursor.nextField()) {
        const field = cursor.field;
        if ((fieldMask & (1 << field)) !== 0) this.addWeight(doc, field, cursor, weights);
        // Entries of fields this word is not in lose their starts.
        while (e < entries && eDoc[e] === doc && eField[e]! < field) eCount[e++] = 0;
        if (e >= entries || eDoc[e] !== doc || eField[e] !== field) continue;
        const w = this.keepConfirmed(e, cursor, offset);
        eCount[e++] = w;
        kept += w;
      }
      while (e < entries && eDoc[e] === doc) eCount[e++] = 0;
      if (kept > 0) {
        stamp[doc] = round;
        this.survivors += 1;
      }
    }
  }

  /** Keeps the starts of entry `e` the cursor's positions (less `offset`) confirm; returns how many. */
  private keepConfirmed(e: number, cursor: PostingCursor, offset: number): number {
    const pool = this.pool;
    const start = this.eStart[e]!;
    const n = this.eCount[e]!;
    const tf = cursor.tf;
    let w = 0;
    let r = 0;
    for (let k = 0; k < tf && r < n; k++) {
      const s = cursor.nextPosition() - offset;
      while (r < n && pool[start + r]! < s) r++;
      if (r < n && pool[start + r] === s) pool[start + w++] = s;
    }
    return w;
  }

  private addWeight(doc: number, field: number, cursor: PostingCursor, weights: TermWeights | null): void {
    const sums = this.sums;
    if (sums === null || weights === null) return;
    const c = weights.coef[field]!;
    if (c !== 0)
      sums[doc] = sums[doc]! + fieldWeight(c, weights.normLength[field]!, cursor.tf, cursor.length);
  }

  /** The articles the last round (`last`) kept, with their sums; clears the sums for the next phrase. */
  finish(last: number): PhraseMatch {
    const { eDoc, stamp, entryOf, sums } = this;
    const found = new Int32Array(this.survivors > 0 ? this.entries : 0);
    let n = 0;
    if (this.survivors > 0) {
      for (let e = 0; e < this.entries; e++) {
        const doc = eDoc[e]!;
        if (stamp[doc] === last && entryOf[doc] === e) found[n++] = doc;
      }
    }
    // By id rather than in the order the posting lists met them (month by month): whoever takes
    // the articles next (scores, marks, the page) then reads its per-article arrays front to back.
    const docs = Array.from(found.subarray(0, n).sort());
    const scores = sums ? docs.map((doc) => sums[doc]!) : [];
    if (sums) for (let e = 0; e < this.entries; e++) sums[eDoc[e]!] = 0;
    return { docs, scores };
  }
}
