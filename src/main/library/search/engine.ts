/**
 * Runs a parsed query against the index, in steps that each live in a module of their own:
 *
 *   1. scope        which articles may match and which months to read (query-plan.ts)
 *   2. terms        each clause's index terms: wildcards, fuzzy terms, spelling slips (query-plan.ts)
 *   3. score        lunr's BM25 over the terms' posting lists (scoring.ts, posting-cursor.ts)
 *   4. phrases      quoted phrases checked against word positions (phrase.ts)
 *   5. page         required and prohibited clauses, facets, sort and limit (results.ts)
 *
 * A query keeps its state in a QueryRun of its own (query-run.ts); the only state kept between
 * queries is the pool of working arrays of each index, from which a query borrows its own set.
 */
import type { EngineContext } from './engine-context';
import { matchPhrase } from './phrase';
import type { Clause, ParsedQuery, PhraseClause } from './query';
import { planClauses, resolveScope, type Corrections, type PlannedClause, type TermRef } from './query-plan';
import { QueryRun } from './query-run';
import { collectPage, type Page, type RankedDoc } from './results';
import { Bm25, scanTerm } from './scoring';

export { EngineStatements, type EngineContext } from './engine-context';
export type { RankedDoc } from './results';

export interface EngineRequest {
  query: ParsedQuery;
  from?: string;
  to?: string;
  /** Tag names an article must carry (all of them). */
  tags: string[];
  notTags: string[];
  undated?: boolean;
  sort: 'relevance' | 'newest';
  limit: number;
  offset: number;
}

export interface EngineResult {
  hits: RankedDoc[];
  total: number;
  facets: {
    tags: Array<{ id: number; count: number }>;
    months: Array<{ month: string | null; count: number }>;
  };
  /** Index terms that matched, for highlighting. */
  terms: Set<string>;
  corrections: Array<{ word: string; suggestions: string[] }>;
}

/** Runs a query against an index. Safe to call again from a callback while a query runs. */
export function runQuery(ctx: EngineContext, request: EngineRequest): EngineResult {
  const pool = ctx.statements.scratchPool;
  const scratch = pool.borrow(ctx.docs.capacity);
  const run = new QueryRun(ctx, scratch, resolveScope(ctx, request, scratch.allowed));
  const result = answer(run, request);
  // A query that fails half-way keeps its arrays (they may hold its marks): the pool makes new ones.
  run.clear();
  pool.giveBack(scratch);
  return result;
}

function answer(run: QueryRun, request: EngineRequest): EngineResult {
  const corrections: Corrections = [];
  const clauses = planClauses(run.ctx, request.query, corrections);
  const terms = highlightTerms(clauses);
  const matched = run.scope.impossible ? null : matchClauses(run, clauses);
  // A query whose every positive clause matched nothing has no hits, whatever its filters allow.
  const page =
    matched === null || (matched.positive > 0 && run.touched.length === 0)
      ? emptyPage()
      : collectPage(run, request, matched.positive > 0 ? run.touched : null, matched.required);
  return { ...page, terms, corrections };
}

/** The index terms of the clauses that are not prohibited: what the reader highlights. */
function highlightTerms(clauses: readonly PlannedClause[]): Set<string> {
  const terms = new Set<string>();
  for (const { clause, terms: refs } of clauses) {
    if (clause.presence !== 'prohibited') for (const t of refs) terms.add(t.term);
  }
  return terms;
}

function emptyPage(): Page {
  return { hits: [], total: 0, facets: { tags: [], months: [] } };
}

/** How many clauses were positive (optional or required) and how many of those required. */
interface ClauseCounts {
  positive: number;
  required: number;
}

/** Scores, marks and excludes articles clause by clause. */
function matchClauses(run: QueryRun, clauses: readonly PlannedClause[]): ClauseCounts {
  const bm25 = new Bm25(run.ctx.stats, clauses);
  const counts: ClauseCounts = { positive: 0, required: 0 };
  clauses.forEach(({ clause, terms }, index) => {
    if (clause.presence === 'prohibited') {
      excludeClause(run, clause, terms);
      return;
    }
    counts.positive += 1;
    if (clause.presence !== 'required') {
      scoreClause(run, bm25, clause, terms, null);
      return;
    }
    counts.required += 1;
    const count = requiredCounter(run, index);
    if (clause.kind === 'phrase') requirePhrase(run, bm25, clause, terms, count);
    else scoreClause(run, bm25, clause, terms, count);
  });
  return counts;
}

/** Marks the articles a prohibited clause matches. */
function excludeClause(run: QueryRun, clause: Clause, terms: readonly TermRef[]): void {
  const exclude = (doc: number) => run.exclude(doc);
  if (clause.kind === 'phrase') for (const doc of matchPhrase(run, clause, terms, null).docs) exclude(doc);
  else for (const t of terms) scanTerm(run, t.id, clause.fields, null, exclude);
}

/** Adds each term's weights to the articles holding it; `onMatch` (if any) hears of each article. */
function scoreClause(
  run: QueryRun,
  bm25: Bm25,
  clause: Clause,
  terms: readonly TermRef[],
  onMatch: ((doc: number) => void) | null,
): void {
  for (const t of terms) scanTerm(run, t.id, clause.fields, bm25.weightsOf(t, clause.fields), onMatch);
}

/** Counts required clause number `index` once per article it matches. */
function requiredCounter(run: QueryRun, index: number): (doc: number) => void {
  const { clauseStamp, requiredCount } = run.scratch;
  return (doc) => {
    if (clauseStamp[doc] === index) return;
    clauseStamp[doc] = index;
    requiredCount[doc] = requiredCount[doc]! + 1;
  };
}

/** A required phrase: its words score only in the articles that hold the phrase. */
function requirePhrase(
  run: QueryRun,
  bm25: Bm25,
  clause: PhraseClause,
  terms: readonly TermRef[],
  count: (doc: number) => void,
): void {
  const weights = new Map(terms.map((t) => [t.term, bm25.weightsOf(t, clause.fields)]));
  const found = matchPhrase(run, clause, terms, weights);
  const scores = run.scratch.scores;
  found.docs.forEach((doc, i) => {
    scores[doc] = scores[doc]! + found.scores[i]!;
    run.touch(doc);
    count(doc);
  });
}
