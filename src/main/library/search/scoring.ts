/**
 * lunr's BM25, as lunr.Index#query computes it (the same formula, field boosts and query-vector
 * normalisation), and the walk that adds one term's weights to the scores of the articles holding it.
 */
import { FIELD_BOOSTS } from './documents';
import { FIELD_COUNT } from './posting-cursor';
import type { PlannedClause, TermRef } from './query-plan';
import type { QueryRun } from './query-run';
import type { IndexStats } from './store';

const K1 = 1.2;
const B = 0.75;
const BASE = K1 * (1 - B);

/** What one term adds to a score, per field: its BM25 numerator and each field's length norm. */
export interface TermWeights {
  /** Per field: idf × (K1 + 1) × field boost × query weight ÷ query-vector magnitude; 0 where unscored. */
  coef: Float64Array;
  /** Per field: K1 × B ÷ the field's mean length. */
  normLength: readonly number[];
}

/** The weight of `tf` occurrences in a field of `length` terms: coef × tf ÷ (K1(1 − B) + norm × length + tf). */
export function fieldWeight(coef: number, normLength: number, tf: number, length: number): number {
  return (coef * tf) / (BASE + normLength * length + tf);
}

/** The bit mask of some fields. */
export function fieldMaskOf(fields: readonly number[]): number {
  let mask = 0;
  for (const f of fields) mask |= 1 << f;
  return mask;
}

/** One query's BM25: its query vector per field (as lunr builds it) and the index's statistics. */
export class Bm25 {
  private readonly queryWeights: Array<Map<number, number>>;
  private readonly magnitude: number[];
  private readonly normLength: number[];
  private readonly docCount: number;

  constructor(stats: IndexStats, clauses: readonly PlannedClause[]) {
    this.queryWeights = Array.from({ length: FIELD_COUNT }, () => new Map<number, number>());
    for (const { clause, terms } of clauses) {
      if (clause.presence === 'prohibited') continue;
      for (const t of terms) {
        for (const f of clause.fields) {
          const weights = this.queryWeights[f]!;
          weights.set(t.id, (weights.get(t.id) ?? 0) + clause.boost * t.weight);
        }
      }
    }
    this.magnitude = this.queryWeights.map(
      (w) => Math.sqrt([...w.values()].reduce((s, b) => s + b * b, 0)) || 1,
    );
    this.normLength = stats.lengthSum.map(
      (sum, f) => (K1 * B) / (stats.withField[f]! > 0 ? sum / stats.withField[f]! : 1),
    );
    this.docCount = Math.max(stats.docs, 1);
  }

  /** A term's weights in some fields of a clause. */
  weightsOf(t: TermRef, fields: readonly number[]): TermWeights {
    const n = this.docCount;
    const idf = Math.log(1 + Math.abs((n - t.df + 0.5) / (t.df + 0.5)));
    const coef = new Float64Array(FIELD_COUNT);
    for (const f of fields) {
      const qw = this.queryWeights[f]!.get(t.id);
      if (qw !== undefined) coef[f] = (idf * (K1 + 1) * FIELD_BOOSTS[f]! * qw) / this.magnitude[f]!;
    }
    return { coef, normLength: this.normLength };
  }
}

/**
 * Walks a term's posting lists in the query's scope and reports each allowed article holding it in
 * one of `fields` to `onMatch`. With `weights`, first adds the term's weight in those fields to the
 * article's score and records the article as matched.
 */
export function scanTerm(
  run: QueryRun,
  termId: number,
  fields: readonly number[],
  weights: TermWeights | null,
  onMatch: ((doc: number) => void) | null,
): void {
  const { cursor, allowed, capacity } = run;
  const fieldMask = fieldMaskOf(fields);
  for (const blob of run.postings(termId)) {
    cursor.open(blob);
    while (cursor.nextDoc()) {
      const doc = cursor.doc;
      if (doc >= capacity || allowed[doc] !== 1 || (cursor.mask & fieldMask) === 0) continue;
      if (weights !== null) {
        addWeights(run, doc, fieldMask, weights);
        run.touch(doc);
      }
      onMatch?.(doc);
    }
  }
}

/** Adds the weights of the fields of `fieldMask` the cursor's article holds to its score. */
function addWeights(run: QueryRun, doc: number, fieldMask: number, weights: TermWeights): void {
  const { cursor } = run;
  const { coef, normLength } = weights;
  const scores = run.scratch.scores;
  while (cursor.nextField()) {
    const field = cursor.field;
    if ((fieldMask & (1 << field)) === 0) continue;
    const c = coef[field]!;
    if (c !== 0) scores[doc] = scores[doc]! + fieldWeight(c, normLength[field]!, cursor.tf, cursor.length);
  }
}
