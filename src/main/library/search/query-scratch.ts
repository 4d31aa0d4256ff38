/**
 * The per-article arrays a query works in, and the pool an index keeps them in between queries.
 *
 * Allocating (and zeroing) arrays of one entry per article for every query cost as much as scoring
 * a rare word, so a query borrows a set from its index's pool and clears only the entries it wrote
 * before giving it back. A query borrows a set of its own: two queries never share one, even when
 * one runs inside another (from a callback) or several are in flight.
 */

/**
 * When a query's matches are many enough to be walked in id order (results.ts) and its arrays
 * cleared whole (`Scratch.clear`): above one in `collect` (or `clear`) possible articles. Both ways
 * give the same answer; tests set these to take one way or the other.
 */
export const denseMatches = { collect: 32, clear: 8 };

/** One query's working arrays, all of `capacity` entries (one per possible article id). */
export class Scratch {
  /** BM25 score per article. */
  readonly scores: Float64Array;
  /** 1 once an article matched a positive clause (it is then in the query's `touched` list). */
  readonly matchedAny: Uint8Array;
  /** Required clauses an article matched. */
  readonly requiredCount: Uint16Array;
  /** The last required clause counted for an article, so a clause counts once per article. */
  readonly clauseStamp: Int32Array;
  /** 1 when a prohibited clause matched an article. */
  readonly prohibited: Uint8Array;
  /** 1 when an article passes the filters (used only when the query has filters). */
  readonly allowed: Uint8Array;
  /** A phrase's words' weights per article while the phrase is checked (zero outside the check). */
  readonly phraseScores: Float64Array;
  /** The phrase round that last kept an article (see phrase.ts); rounds are numbered by `nextRound`. */
  readonly phraseStamp: Int32Array;
  /** The article's first candidate entry in the phrase check. */
  readonly phraseEntry: Int32Array;
  private phraseRound = 0;

  constructor(readonly capacity: number) {
    this.scores = new Float64Array(capacity);
    this.matchedAny = new Uint8Array(capacity);
    this.requiredCount = new Uint16Array(capacity);
    this.clauseStamp = new Int32Array(capacity).fill(-1);
    this.prohibited = new Uint8Array(capacity);
    this.allowed = new Uint8Array(capacity);
    this.phraseScores = new Float64Array(capacity);
    this.phraseStamp = new Int32Array(capacity);
    this.phraseEntry = new Int32Array(capacity);
  }

  /**
   * A number for a phrase round, never used before in this set's `phraseStamp`, so the stamps of
   * earlier rounds need no clearing. After 2³¹ rounds the stamps are cleared once and numbering
   * starts again.
   */
  nextRound(): number {
    if (this.phraseRound === 0x7fffffff) {
      this.phraseStamp.fill(0);
      this.phraseRound = 0;
    }
    return ++this.phraseRound;
  }

  /** Clears the entries of the matched and excluded articles, and the filter when one was used. */
  clear(touched: readonly number[], excluded: readonly number[], filtered: boolean): void {
    if (touched.length * denseMatches.clear > this.capacity) {
      // Most entries written (a common word): clearing whole arrays front to back is faster than
      // visiting the entries in the order they were met, at random.
      this.scores.fill(0);
      this.matchedAny.fill(0);
      this.requiredCount.fill(0);
      this.clauseStamp.fill(-1);
      this.prohibited.fill(0);
      if (filtered) this.allowed.fill(0);
      return;
    }
    for (const doc of touched) {
      this.scores[doc] = 0;
      this.matchedAny[doc] = 0;
      this.requiredCount[doc] = 0;
      this.clauseStamp[doc] = -1;
      this.prohibited[doc] = 0;
    }
    for (const doc of excluded) this.prohibited[doc] = 0;
    if (filtered) this.allowed.fill(0);
  }
}

/** The spare scratch sets of one index; a query borrows one and gives it back clean. */
export class ScratchPool {
  private readonly spare: Scratch[] = [];

  /** Keeps a few sets: more than one only when queries ran inside each other. */
  constructor(private readonly keep = 2) {}

  /** A clean set for `capacity` articles: a spare one when one fits, else a new one. */
  borrow(capacity: number): Scratch {
    while (this.spare.length > 0) {
      const scratch = this.spare.pop()!;
      if (scratch.capacity === capacity) return scratch;
    }
    return new Scratch(capacity);
  }

  /** Takes back a set the query has cleared. A query that failed half-way does not give its set back. */
  giveBack(scratch: Scratch): void {
    if (this.spare.length < this.keep) this.spare.push(scratch);
  }
}
