/**
 * Runs a parsed query against the index: expands wildcards, fuzzy terms and spelling slips into
 * index terms, reads their postings for the months in range, scores with lunr's BM25 (the same
 * formula, field boosts and query-vector normalisation as lunr.Index#query), applies required,
 * prohibited and phrase clauses and the filters, and counts facets.
 */
import type { Db } from '../db/connection';
import { monthOfSlot, SLOTS, UNDATED_SLOT, dayNumber, slotOf } from './calendar';
import type { DocTable } from './doc-table';
import { UNDATED } from './doc-table';
import { FIELD_BOOSTS } from './documents';
import { decodePostings, FIELD_COUNT, scanPostings } from './postings';
import type { Clause, ParsedQuery, PhraseClause } from './query';
import { SCHEMA, type IndexStats } from './store';
import { termsOfText } from './analyzer';
import type { Vocabulary } from './vocabulary';

const K1 = 1.2;
const B = 0.75;
/** Expansions of one wildcard or fuzzy term, most frequent first. */
const MAX_EXPANSIONS = 100;
/** Spelling suggestions added for a word the index does not know. */
const MAX_CORRECTIONS = 3;
/** Weight of a suggested spelling against a word as typed. */
const CORRECTION_BOOST = 0.5;

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

export interface RankedDoc {
  id: number;
  score: number;
}

export interface EngineResult {
  hits: RankedDoc[];
  total: number;
  facets: { tags: Array<{ id: number; count: number }>; months: Array<{ month: string | null; count: number }> };
  /** Index terms that matched, for highlighting. */
  terms: Set<string>;
  corrections: Array<{ word: string; suggestions: string[] }>;
}

interface Expanded {
  id: number;
  term: string;
  df: number;
  weight: number;
}

export interface EngineContext {
  db: Db;
  docs: DocTable;
  stats: IndexStats;
  vocabulary: () => Vocabulary;
  tagIdsOf: (names: readonly string[]) => number[] | null;
}

export function runQuery(ctx: EngineContext, request: EngineRequest): EngineResult {
  const { db, docs, stats } = ctx;
  const lookup = db.prepare(`SELECT id, df FROM ${SCHEMA}.terms WHERE term = ?`);
  const readRange = db.prepare(`SELECT key, data FROM ${SCHEMA}.postings WHERE key BETWEEN ? AND ?`).raw();
  const terms = new Set<string>();
  const corrections: EngineResult['corrections'] = [];

  // ---- filter ----
  const fromDay = request.from ? dayNumber(request.from) : null;
  const toDay = request.to ? dayNumber(request.to) : null;
  let slotLo = request.undated ? UNDATED_SLOT : fromDay !== null ? slotOf(request.from!) : 0;
  let slotHi = request.undated ? UNDATED_SLOT : toDay !== null ? slotOf(request.to!) : SLOTS - 1;
  if (!request.undated && fromDay !== null && slotLo === UNDATED_SLOT) slotLo = 1;
  const mustTags = request.tags.length > 0 ? ctx.tagIdsOf(request.tags) : [];
  const notTags = ctx.tagIdsOf(request.notTags) ?? [];
  const impossible = mustTags === null || slotLo > slotHi;
  const dated = fromDay !== null || toDay !== null;
  const passes = (doc: number): boolean => {
    if (!docs.has(doc)) return false;
    const day = docs.day(doc);
    if (request.undated && day !== UNDATED) return false;
    if (dated && (day === UNDATED || (fromDay !== null && day < fromDay) || (toDay !== null && day > toDay))) return false;
    if ((mustTags && mustTags.length > 0) || notTags.length > 0) {
      const tags = docs.tags(doc);
      if (mustTags && !mustTags.every((t) => tags.includes(t))) return false;
      if (notTags.some((t) => tags.includes(t))) return false;
    }
    return true;
  };

  // ---- expand every clause into index terms ----
  const lookupTerm = (term: string): { id: number; df: number } | undefined =>
    lookup.get(term) as { id: number; df: number } | undefined;
  const expand = (clause: Clause): Expanded[] => {
    if (clause.kind === 'phrase') {
      return clause.terms.flatMap(({ term }) => {
        const found = lookupTerm(term);
        return found ? [{ ...found, term, weight: 1 }] : [];
      });
    }
    const out: Expanded[] = [];
    for (const term of clause.terms) {
      let candidates: Array<{ term: string; weight: number }>;
      if (clause.wildcard) candidates = wildcardTerms(ctx, term).map((t) => ({ term: t, weight: 1 }));
      else if (clause.editDistance > 0) {
        candidates = ctx
          .vocabulary()
          .fuzzy(term, clause.editDistance, MAX_EXPANSIONS * 4)
          .map((f) => ({ term: f.term, weight: 1 }));
      } else candidates = [{ term, weight: 1 }];
      let found = candidates.flatMap((c) => {
        const hit = lookupTerm(c.term);
        return hit && hit.df > 0 ? [{ ...hit, term: c.term, weight: c.weight }] : [];
      });
      if (found.length > MAX_EXPANSIONS) found = found.sort((a, b) => b.df - a.df).slice(0, MAX_EXPANSIONS);
      if (found.length === 0 && !clause.wildcard && clause.editDistance === 0 && clause.presence !== 'prohibited') {
        const suggestions = spellingSuggestions(ctx, term, lookupTerm);
        if (suggestions.length > 0) {
          corrections.push({ word: clause.text, suggestions: suggestions.map((s) => s.term) });
          found = suggestions.map((s) => ({ ...s, weight: CORRECTION_BOOST }));
        }
      }
      out.push(...found);
    }
    return out;
  };
  const expandedClauses = request.query.clauses.map((clause) => ({ clause, terms: expand(clause) }));

  // ---- query vectors per field, as lunr builds them ----
  const queryWeights: Array<Map<number, number>> = Array.from({ length: FIELD_COUNT }, () => new Map());
  for (const { clause, terms: expanded } of expandedClauses) {
    if (clause.presence === 'prohibited') continue;
    for (const t of expanded) {
      terms.add(t.term);
      for (const f of clause.fields) queryWeights[f]!.set(t.id, (queryWeights[f]!.get(t.id) ?? 0) + clause.boost * t.weight);
    }
  }
  const magnitude = queryWeights.map((w) => Math.sqrt([...w.values()].reduce((s, b) => s + b * b, 0)) || 1);
  const avgLength = stats.lengthSum.map((sum, f) => (stats.withField[f]! > 0 ? sum / stats.withField[f]! : 1));
  const n = Math.max(stats.docs, 1);

  const capacity = docs.capacity;
  const scores = new Float64Array(capacity);
  const touched: number[] = [];
  const seen = new Uint8Array(capacity);
  const requiredCount = new Uint16Array(capacity);
  const prohibited = new Uint8Array(capacity);
  const clauseStamp = new Int32Array(capacity).fill(-1);
  let requiredClauses = 0;
  let positive = 0;

  const scanTerm = (
    t: Expanded,
    fields: readonly number[],
    onMatch: (doc: number) => void,
    score: boolean,
  ): void => {
    const idf = Math.log(1 + Math.abs((n - t.df + 0.5) / (t.df + 0.5)));
    const rows = readRange.all(t.id * SLOTS + slotLo, t.id * SLOTS + slotHi) as Array<[number, Buffer]>;
    for (const [, blob] of rows) {
      scanPostings(blob, (doc, field, tf, length) => {
        if (!fields.includes(field) || !passes(doc)) return;
        onMatch(doc);
        if (!score) return;
        const qw = queryWeights[field]!.get(t.id);
        if (qw === undefined) return;
        const norm = K1 * (1 - B + B * (length / avgLength[field]!)) + tf;
        const w = ((idf * ((K1 + 1) * tf)) / norm) * FIELD_BOOSTS[field]!;
        if (seen[doc] === 0) {
          seen[doc] = 1;
          touched.push(doc);
        }
        scores[doc] += (qw * w) / magnitude[field]!;
      });
    }
  };

  if (!impossible) {
    expandedClauses.forEach(({ clause, terms: expanded }, index) => {
      if (clause.presence === 'prohibited') {
        const mark = (doc: number) => (prohibited[doc] = 1);
        if (clause.kind === 'phrase') for (const doc of phraseMatches(ctx, clause, expanded, slotLo, slotHi)) mark(doc);
        else for (const t of expanded) scanTerm(t, clause.fields, mark, false);
        return;
      }
      positive += 1;
      if (clause.presence === 'required') requiredClauses += 1;
      let matchRequired = (doc: number) => {
        if (clause.presence !== 'required' || clauseStamp[doc] === index) return;
        clauseStamp[doc] = index;
        requiredCount[doc] += 1;
      };
      if (clause.kind === 'phrase') {
        const matches = phraseMatches(ctx, clause, expanded, slotLo, slotHi);
        matchRequired = (doc: number) => {
          if (!matches.has(doc) || clauseStamp[doc] === index) return;
          clauseStamp[doc] = index;
          requiredCount[doc] += 1;
        };
        for (const t of expanded) scanTerm(t, clause.fields, matchRequired, true);
      } else {
        for (const t of expanded) scanTerm(t, clause.fields, matchRequired, true);
      }
    });
  }

  // ---- candidates ----
  let candidates: number[];
  if (impossible) candidates = [];
  else if (positive === 0) {
    // Only filters and exclusions: every article in range, newest first.
    candidates = [];
    docs.forEach((doc) => {
      if (passes(doc)) candidates.push(doc);
    });
  } else candidates = touched;
  const matched = candidates.filter(
    (doc) => prohibited[doc] === 0 && (requiredClauses === 0 || requiredCount[doc] === requiredClauses),
  );

  // ---- facets ----
  const tagCounts = new Map<number, number>();
  const monthCounts = new Map<number, number>();
  for (const doc of matched) {
    const slot = docs.slot(doc);
    monthCounts.set(slot, (monthCounts.get(slot) ?? 0) + 1);
    for (const tag of docs.tags(doc)) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
  }

  // ---- order ----
  const newest = (a: number, b: number) => {
    const da = docs.day(a);
    const db2 = docs.day(b);
    if (da !== db2) return da === UNDATED ? 1 : db2 === UNDATED ? -1 : db2 - da;
    return b - a;
  };
  if (request.sort === 'newest') matched.sort(newest);
  else matched.sort((a, b) => scores[b]! - scores[a]! || newest(a, b));

  return {
    hits: matched.slice(request.offset, request.offset + request.limit).map((id) => ({ id, score: scores[id]! })),
    total: matched.length,
    facets: {
      tags: [...tagCounts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id - b.id),
      months: [...monthCounts]
        .sort((a, b) => (a[0] === UNDATED_SLOT ? 1 : b[0] === UNDATED_SLOT ? -1 : b[0] - a[0]))
        .map(([slot, count]) => ({ month: monthOfSlot(slot), count })),
    },
    terms,
    corrections,
  };
}

/** Terms a wildcard pattern stands for. A trailing `*` also matches the stem of its letters (lunr #256). */
function wildcardTerms(ctx: EngineContext, pattern: string): string[] {
  const star = pattern.indexOf('*');
  if (star === pattern.length - 1 && star > 0) {
    const literal = pattern.slice(0, -1);
    const stems = new Set([literal, ...termsOfText(literal)]);
    const range = ctx.db.prepare(
      `SELECT term FROM ${SCHEMA}.terms WHERE term >= ? AND term < ? AND df > 0 ORDER BY df DESC LIMIT ${MAX_EXPANSIONS}`,
    );
    const out = new Set<string>();
    for (const stem of stems) for (const t of range.pluck().all(stem, `${stem}\uffff`) as string[]) out.add(t);
    return [...out];
  }
  return ctx.vocabulary().matchWildcard(pattern, MAX_EXPANSIONS * 20);
}

/**
 * Known words near a word the index does not know: one edit away for words of 4–7 letters, two
 * for longer ones, at most three, the most frequent first.
 */
function spellingSuggestions(
  ctx: EngineContext,
  term: string,
  lookupTerm: (term: string) => { id: number; df: number } | undefined,
): Array<{ id: number; df: number; term: string }> {
  if (term.length < 4 || /^\d+$/.test(term)) return [];
  const distance = term.length >= 8 ? 2 : 1;
  const near = ctx.vocabulary().fuzzy(term, distance, 200);
  const best = near[0]?.distance;
  return near
    .filter((f) => f.distance === best)
    .flatMap((f) => {
      const hit = lookupTerm(f.term);
      return hit && hit.df > 0 ? [{ ...hit, term: f.term }] : [];
    })
    .sort((a, b) => b.df - a.df)
    .slice(0, MAX_CORRECTIONS);
}

/** Articles where the phrase's terms stand at the phrase's offsets in one field. */
function phraseMatches(
  ctx: EngineContext,
  clause: PhraseClause,
  expanded: readonly Expanded[],
  slotLo: number,
  slotHi: number,
): Set<number> {
  const matches = new Set<number>();
  if (expanded.length < clause.terms.length) return matches; // a word of the phrase is in no article
  const idOf = new Map(expanded.map((t) => [t.term, t.id]));
  const read = ctx.db.prepare(`SELECT data FROM ${SCHEMA}.postings WHERE key BETWEEN ? AND ?`).pluck();
  // Start from the rarest term; every other term must then be at its offset.
  const order = [...clause.terms].sort(
    (a, b) => (expanded.find((t) => t.term === a.term)?.df ?? 0) - (expanded.find((t) => t.term === b.term)?.df ?? 0),
  );
  let positions: Map<number, Map<number, Set<number>>> | null = null;
  for (const { term, offset } of order) {
    const id = idOf.get(term)!;
    const next = new Map<number, Map<number, Set<number>>>();
    for (const blob of read.all(id * SLOTS + slotLo, id * SLOTS + slotHi) as Buffer[]) {
      for (const posting of decodePostings(blob)) {
        if (positions && !positions.has(posting.doc)) continue;
        for (const f of posting.fields) {
          if (!clause.fields.includes(f.field)) continue;
          const starts = new Set(f.positions.map((p) => p - offset));
          const before = positions?.get(posting.doc)?.get(f.field);
          const kept = before ? new Set([...starts].filter((s) => before.has(s))) : starts;
          if (kept.size === 0) continue;
          let byField = next.get(posting.doc);
          if (!byField) next.set(posting.doc, (byField = new Map()));
          byField.set(f.field, kept);
        }
      }
    }
    positions = next;
    if (positions.size === 0) break;
  }
  for (const doc of positions?.keys() ?? []) matches.add(doc);
  return matches;
}
