/**
 * Turns a request into what the index is asked: the scope (which articles may match, which months
 * of posting lists to read) and, per clause, the index terms it stands for, with wildcards, fuzzy
 * terms and spelling slips expanded.
 */
import { termsOfText } from './analyzer';
import { dayNumber, SLOTS, slotOf, UNDATED_SLOT } from './calendar';
import { UNDATED } from './doc-table';
import type { EngineContext } from './engine-context';
import type { Clause, ParsedQuery, TermClause } from './query';

/** Expansions of one wildcard or fuzzy term, most frequent first. */
const MAX_EXPANSIONS = 100;
/** Spelling suggestions added for a word the index does not know. */
const MAX_CORRECTIONS = 3;
/** Weight of a suggested spelling against a word as typed. */
const CORRECTION_BOOST = 0.5;

/** The filters of a request: dates, tags, undated articles. */
export interface ScopeRequest {
  from?: string;
  to?: string;
  tags: string[];
  notTags: string[];
  undated?: boolean;
}

/** Which articles a query may match and which months (slots) of posting lists it reads. */
export interface Scope {
  slotLo: number;
  slotHi: number;
  /** Per article, 1 when it may match. */
  allowed: Uint8Array;
  /** True when the request had filters (then `allowed` is the query's own array, to be cleared). */
  filtered: boolean;
  /** True when nothing can match (an unknown tag, an empty date range). */
  impossible: boolean;
}

/** An index term a clause stands for. */
export interface TermRef {
  id: number;
  term: string;
  /** Its document frequency: (article, field) pairs holding it. */
  df: number;
  /** 1 for a term as typed or expanded; less for a spelling suggestion. */
  weight: number;
}

export interface PlannedClause {
  clause: Clause;
  terms: TermRef[];
}

export type Corrections = Array<{ word: string; suggestions: string[] }>;

/**
 * The scope of a request. Without filters every indexed article may match and the table's own
 * mask serves, uncopied; with filters the allowed articles are marked in `ownMask` (all zero on entry).
 */
export function resolveScope(ctx: EngineContext, request: ScopeRequest, ownMask: Uint8Array): Scope {
  const { docs } = ctx;
  const fromDay = request.from ? dayNumber(request.from) : null;
  const toDay = request.to ? dayNumber(request.to) : null;
  const dated = fromDay !== null || toDay !== null;
  const undated = !!request.undated;
  let slotLo = undated ? UNDATED_SLOT : fromDay !== null ? slotOf(request.from!) : 0;
  const slotHi = undated ? UNDATED_SLOT : toDay !== null ? slotOf(request.to!) : SLOTS - 1;
  if (!undated && dated && slotLo === UNDATED_SLOT) slotLo = 1;
  const mustTags = request.tags.length > 0 ? ctx.tagIdsOf(request.tags) : [];
  const notTags = ctx.tagIdsOf(request.notTags) ?? [];
  const filtered = dated || undated || request.tags.length > 0 || notTags.length > 0;
  const allowed = filtered ? ownMask : docs.presentMask;
  const impossible = mustTags === null || slotLo > slotHi;
  if (impossible || !filtered) return { slotLo, slotHi, allowed, filtered, impossible };
  const byTag = mustTags.length > 0 || notTags.length > 0;
  docs.forEach((doc) => {
    const day = docs.day(doc);
    if (undated && day !== UNDATED) return;
    if (dated && day === UNDATED) return;
    if ((fromDay !== null && day < fromDay) || (toDay !== null && day > toDay)) return;
    if (byTag) {
      const tags = docs.tags(doc);
      if (!mustTags.every((t) => tags.includes(t)) || notTags.some((t) => tags.includes(t))) return;
    }
    allowed[doc] = 1;
  });
  return { slotLo, slotHi, allowed, filtered, impossible };
}

/** Every clause of the query with the index terms it stands for; slips found are added to `corrections`. */
export function planClauses(
  ctx: EngineContext,
  query: ParsedQuery,
  corrections: Corrections,
): PlannedClause[] {
  return query.clauses.map((clause) => ({ clause, terms: termsOfClause(ctx, clause, corrections) }));
}

function termsOfClause(ctx: EngineContext, clause: Clause, corrections: Corrections): TermRef[] {
  if (clause.kind === 'phrase')
    return known(
      ctx,
      clause.terms.map((t) => t.term),
    );
  const out: TermRef[] = [];
  for (const term of clause.terms) {
    let found = known(ctx, candidatesOf(ctx, clause, term));
    if (found.length > MAX_EXPANSIONS) found = found.sort((a, b) => b.df - a.df).slice(0, MAX_EXPANSIONS);
    const exact = !clause.wildcard && clause.editDistance === 0;
    if (found.length === 0 && exact && clause.presence !== 'prohibited') {
      const suggestions = spellingSuggestions(ctx, term);
      if (suggestions.length > 0) {
        corrections.push({ word: clause.text, suggestions: suggestions.map((s) => s.term) });
        found = suggestions.map((s) => ({ ...s, weight: CORRECTION_BOOST }));
      }
    }
    out.push(...found);
  }
  return out;
}

/** The words one term of a clause may stand for: itself, or its wildcard or fuzzy expansions. */
function candidatesOf(ctx: EngineContext, clause: TermClause, term: string): string[] {
  if (clause.wildcard) return wildcardTerms(ctx, term);
  if (clause.editDistance === 0) return [term];
  return ctx
    .vocabulary()
    .fuzzy(term, clause.editDistance, MAX_EXPANSIONS * 4)
    .map((f) => f.term);
}

/** The words the index holds in some article, in the order given. */
function known(ctx: EngineContext, words: readonly string[]): TermRef[] {
  const out: TermRef[] = [];
  for (const term of words) {
    const hit = ctx.statements.lookup.get(term) as { id: number; df: number } | undefined;
    if (hit && hit.df > 0) out.push({ id: hit.id, df: hit.df, term, weight: 1 });
  }
  return out;
}

/** Terms a wildcard pattern stands for. A trailing `*` also matches the stem of its letters (lunr #256). */
function wildcardTerms(ctx: EngineContext, pattern: string): string[] {
  const star = pattern.indexOf('*');
  if (star === pattern.length - 1 && star > 0) {
    const literal = pattern.slice(0, -1);
    const out = new Set<string>();
    for (const stem of new Set([literal, ...termsOfText(literal)])) {
      for (const t of ctx.statements.prefix.all(stem, `${stem}\uffff`, MAX_EXPANSIONS) as string[])
        out.add(t);
    }
    return [...out];
  }
  return ctx.vocabulary().matchWildcard(pattern, MAX_EXPANSIONS * 20);
}

/**
 * Known words near a word the index does not know: one edit away (two for words of eight letters
 * or more when one finds nothing), with the same first letter, at most three, most frequent first.
 */
function spellingSuggestions(ctx: EngineContext, term: string): TermRef[] {
  if (term.length < 4 || /^\d+$/.test(term)) return [];
  const vocabulary = ctx.vocabulary();
  let near = vocabulary.fuzzy(term, 1, 200, term.charAt(0));
  if (near.length === 0 && term.length >= 8) near = vocabulary.fuzzy(term, 2, 200, term.charAt(0));
  const best = near[0]?.distance;
  const nearest = near.filter((f) => f.distance === best).map((f) => f.term);
  return known(ctx, nearest)
    .sort((a, b) => b.df - a.df)
    .slice(0, MAX_CORRECTIONS);
}
