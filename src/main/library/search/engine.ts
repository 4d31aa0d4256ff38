/**
 * Runs a parsed query against the index: expands wildcards, fuzzy terms and spelling slips into
 * index terms, reads their postings for the months in range, scores with lunr's BM25 (the same
 * formula, field boosts and query-vector normalisation as lunr.Index#query), applies required,
 * prohibited and phrase clauses and the filters, and counts facets.
 */
import type Database from 'better-sqlite3';
import type { Db } from '../db/connection';
import { termsOfText } from './analyzer';
import { dayNumber, monthOfSlot, SLOTS, slotOf, UNDATED_SLOT } from './calendar';
import { UNDATED, type DocTable } from './doc-table';
import { FIELD_BOOSTS } from './documents';
import { FIELD_COUNT } from './postings';
import type { Clause, ParsedQuery, PhraseClause } from './query';
import { SCHEMA, type IndexStats } from './store';
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
  facets: {
    tags: Array<{ id: number; count: number }>;
    months: Array<{ month: string | null; count: number }>;
  };
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

/** Prepared statements, made once per attached index. */
export class EngineStatements {
  readonly lookup: Database.Statement<[string]>;
  readonly postingRange: Database.Statement<[number, number]>;
  readonly prefix: Database.Statement<[string, string, number]>;
  /** Per-article arrays kept between queries; dropped when a query fails half-way. */
  scratch: Scratch | null = null;

  constructor(db: Db) {
    this.lookup = db.prepare(`SELECT id, df FROM ${SCHEMA}.terms WHERE term = ?`);
    this.postingRange = db.prepare(`SELECT data FROM ${SCHEMA}.postings WHERE key BETWEEN ? AND ?`).pluck();
    this.prefix = db
      .prepare(
        `SELECT term FROM ${SCHEMA}.terms WHERE term >= ? AND term < ? AND df > 0 ORDER BY df DESC LIMIT ?`,
      )
      .pluck();
  }
}

export interface EngineContext {
  statements: EngineStatements;
  docs: DocTable;
  stats: IndexStats;
  vocabulary: () => Vocabulary;
  tagIdsOf: (names: readonly string[]) => number[] | null;
}

/**
 * The per-article arrays a query works in. Allocating (and zeroing) them for every query cost as
 * much as scoring a rare word; a query clears only the entries it wrote.
 */
class Scratch {
  readonly scores: Float64Array;
  readonly matchedAny: Uint8Array;
  readonly requiredCount: Uint16Array;
  readonly prohibited: Uint8Array;
  readonly clauseStamp: Int32Array;
  readonly allowed: Uint8Array;
  /** A phrase's words' weights per article while the phrase is checked (zero outside `phraseMatches`). */
  readonly phraseScores: Float64Array;

  constructor(readonly capacity: number) {
    this.scores = new Float64Array(capacity);
    this.matchedAny = new Uint8Array(capacity);
    this.requiredCount = new Uint16Array(capacity);
    this.prohibited = new Uint8Array(capacity);
    this.clauseStamp = new Int32Array(capacity).fill(-1);
    this.allowed = new Uint8Array(capacity);
    this.phraseScores = new Float64Array(capacity);
  }

  /** Clears the entries of the matched and excluded articles, and the filter when one was used. */
  clear(touched: readonly number[], excluded: readonly number[], filtered: boolean): void {
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

export function runQuery(ctx: EngineContext, request: EngineRequest): EngineResult {
  const { statements } = ctx;
  let scratch = statements.scratch;
  if (!scratch || scratch.capacity !== ctx.docs.capacity) scratch = new Scratch(ctx.docs.capacity);
  statements.scratch = null; // until the query has cleaned up after itself
  const touched: number[] = [];
  const excluded: number[] = [];
  const result = runQueryWith(ctx, request, scratch, touched, excluded);
  scratch.clear(touched, excluded, result.filtered);
  statements.scratch = scratch;
  return result.result;
}

function runQueryWith(
  ctx: EngineContext,
  request: EngineRequest,
  scratch: Scratch,
  touched: number[],
  excluded: number[],
): { result: EngineResult; filtered: boolean } {
  const { docs, stats, statements } = ctx;
  const terms = new Set<string>();
  const corrections: EngineResult['corrections'] = [];

  // ---- filter: which articles may match at all, and which months to read ----
  const fromDay = request.from ? dayNumber(request.from) : null;
  const toDay = request.to ? dayNumber(request.to) : null;
  let slotLo = request.undated ? UNDATED_SLOT : fromDay !== null ? slotOf(request.from!) : 0;
  const slotHi = request.undated ? UNDATED_SLOT : toDay !== null ? slotOf(request.to!) : SLOTS - 1;
  if (!request.undated && (fromDay !== null || toDay !== null) && slotLo === UNDATED_SLOT) slotLo = 1;
  const mustTags = request.tags.length > 0 ? ctx.tagIdsOf(request.tags) : [];
  const notTags = ctx.tagIdsOf(request.notTags) ?? [];
  const capacity = docs.capacity;
  const filtered =
    fromDay !== null || toDay !== null || !!request.undated || request.tags.length > 0 || notTags.length > 0;
  // Without a filter every indexed article may match: the table's own mask serves, uncopied.
  const allowed = filtered ? scratch.allowed : docs.presentMask;
  let impossible = mustTags === null || slotLo > slotHi;
  if (!impossible && filtered) {
    docs.forEach((doc) => {
      const day = docs.day(doc);
      if (request.undated && day !== UNDATED) return;
      if ((fromDay !== null || toDay !== null) && day === UNDATED) return;
      if ((fromDay !== null && day < fromDay) || (toDay !== null && day > toDay)) return;
      if (mustTags!.length > 0 || notTags.length > 0) {
        const tags = docs.tags(doc);
        if (!mustTags!.every((t) => tags.includes(t)) || notTags.some((t) => tags.includes(t))) return;
      }
      allowed[doc] = 1;
    });
  }

  // ---- expand every clause into index terms ----
  const lookupTerm = (term: string) => statements.lookup.get(term) as { id: number; df: number } | undefined;
  const expand = (clause: Clause): Expanded[] => {
    if (clause.kind === 'phrase') {
      return clause.terms.flatMap(({ term }) => {
        const found = lookupTerm(term);
        return found && found.df > 0 ? [{ ...found, term, weight: 1 }] : [];
      });
    }
    const out: Expanded[] = [];
    for (const term of clause.terms) {
      let candidates: string[];
      if (clause.wildcard) candidates = wildcardTerms(ctx, term);
      else if (clause.editDistance > 0) {
        candidates = ctx
          .vocabulary()
          .fuzzy(term, clause.editDistance, MAX_EXPANSIONS * 4)
          .map((f) => f.term);
      } else candidates = [term];
      let found = candidates.flatMap((c) => {
        const hit = lookupTerm(c);
        return hit && hit.df > 0 ? [{ ...hit, term: c, weight: 1 }] : [];
      });
      if (found.length > MAX_EXPANSIONS) found = found.sort((a, b) => b.df - a.df).slice(0, MAX_EXPANSIONS);
      if (
        found.length === 0 &&
        !clause.wildcard &&
        clause.editDistance === 0 &&
        clause.presence !== 'prohibited'
      ) {
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
      for (const f of clause.fields)
        queryWeights[f]!.set(t.id, (queryWeights[f]!.get(t.id) ?? 0) + clause.boost * t.weight);
    }
  }
  const magnitude = queryWeights.map((w) => Math.sqrt([...w.values()].reduce((s, b) => s + b * b, 0)) || 1);
  const normLength = stats.lengthSum.map(
    (sum, f) => (K1 * B) / (stats.withField[f]! > 0 ? sum / stats.withField[f]! : 1),
  );
  const n = Math.max(stats.docs, 1);

  const { scores, matchedAny, requiredCount, prohibited, clauseStamp } = scratch;
  let requiredClauses = 0;
  let positive = 0;
  const scan = new PostingScan(capacity);

  /**
   * Adds one term's BM25 weights to the scores and reports matching articles (among `only`, by
   * default every allowed article).
   */
  /** Per field: what one occurrence-weight of the term adds to a score (lunr's BM25 numerator). */
  const coefOf = (t: Expanded, fields: readonly number[]): Float64Array => {
    const idf = Math.log(1 + Math.abs((n - t.df + 0.5) / (t.df + 0.5)));
    const coef = new Float64Array(FIELD_COUNT);
    for (const f of fields) {
      const qw = queryWeights[f]!.get(t.id);
      if (qw !== undefined) coef[f] = (idf * (K1 + 1) * FIELD_BOOSTS[f]! * qw) / magnitude[f]!;
    }
    return coef;
  };
  const scanTerm = (
    t: Expanded,
    fields: readonly number[],
    onMatch: ((doc: number) => void) | null,
    score: boolean,
  ) => {
    const coef = score ? coefOf(t, fields) : new Float64Array(FIELD_COUNT);
    let fieldMask = 0;
    for (const f of fields) fieldMask |= 1 << f;
    for (const blob of statements.postingRange.all(
      t.id * SLOTS + slotLo,
      t.id * SLOTS + slotHi,
    ) as Buffer[]) {
      scan.run(blob, fieldMask, allowed, coef, normLength, scores, matchedAny, touched, onMatch);
    }
  };

  if (!impossible) {
    expandedClauses.forEach(({ clause, terms: expanded }, index) => {
      if (clause.presence === 'prohibited') {
        const mark = (doc: number) => {
          if (prohibited[doc] === 1) return;
          prohibited[doc] = 1;
          excluded.push(doc);
        };
        if (clause.kind === 'phrase')
          for (const doc of phraseMatches(ctx, clause, expanded, slotLo, slotHi, allowed, null)) mark(doc);
        else for (const t of expanded) scanTerm(t, clause.fields, mark, false);
        return;
      }
      positive += 1;
      if (clause.presence !== 'required') {
        for (const t of expanded) scanTerm(t, clause.fields, null, true);
        return;
      }
      requiredClauses += 1;
      const matchRequired = (doc: number) => {
        if (clauseStamp[doc] === index) return;
        clauseStamp[doc] = index;
        requiredCount[doc] = requiredCount[doc]! + 1;
      };
      if (clause.kind === 'phrase') {
        // The phrase's words score only in the articles that hold the phrase, while they are checked.
        const coefs = new Map(expanded.map((t) => [t.term, coefOf(t, clause.fields)]));
        const scoring: PhraseScoring = { coefs, normLength, sums: scratch.phraseScores, found: [] };
        const found = phraseMatches(ctx, clause, expanded, slotLo, slotHi, allowed, scoring);
        found.forEach((doc, i) => {
          scores[doc] = scores[doc]! + scoring.found[i]!;
          if (matchedAny[doc] === 0) {
            matchedAny[doc] = 1;
            touched.push(doc);
          }
          matchRequired(doc);
        });
        return;
      }
      for (const t of expanded) scanTerm(t, clause.fields, matchRequired, true);
    });
  }
  impossible ||= positive > 0 && touched.length === 0;

  // ---- matches, facets, the top hits ----
  const monthCounts = new Uint32Array(SLOTS);
  const tagCounts = new Uint32Array(docs.maxTag + 1);
  let total = 0;
  const top = new TopK(request.offset + request.limit, request.sort, scores, docs);
  const consider = (doc: number) => {
    if (prohibited[doc] === 1 || (requiredClauses > 0 && requiredCount[doc] !== requiredClauses)) return;
    total += 1;
    monthCounts[docs.slot(doc)]! += 1;
    docs.countTags(doc, tagCounts);
    top.offer(doc);
  };
  if (!impossible) {
    if (positive === 0) {
      // Only filters and exclusions: every article in range.
      for (let doc = 0; doc < capacity; doc++) if (allowed[doc] === 1) consider(doc);
    } else for (const doc of touched) consider(doc);
  }

  const months: Array<{ month: string | null; count: number }> = [];
  for (let slot = SLOTS - 1; slot >= 1; slot--) {
    if (monthCounts[slot]! > 0) months.push({ month: monthOfSlot(slot), count: monthCounts[slot]! });
  }
  if (monthCounts[UNDATED_SLOT]! > 0) months.push({ month: null, count: monthCounts[UNDATED_SLOT]! });
  const tags: Array<{ id: number; count: number }> = [];
  for (let id = 0; id < tagCounts.length; id++)
    if (tagCounts[id]! > 0) tags.push({ id, count: tagCounts[id]! });
  tags.sort((a, b) => b.count - a.count || a.id - b.id);
  const result: EngineResult = {
    hits: top
      .sorted()
      .slice(request.offset)
      .map((id) => ({ id, score: scores[id]! })),
    total,
    facets: { tags, months },
    terms,
    corrections,
  };
  return { result, filtered };
}

/**
 * Walks packed posting lists (see postings.ts) without allocating: adds each allowed article's
 * BM25 weight per field (`coef[f] × tf / (K1(1 − B) + normLength[f] × length + tf)`) to `scores`.
 */
class PostingScan {
  constructor(private readonly capacity: number) {}

  run(
    blob: Uint8Array,
    fieldMask: number,
    allowed: Uint8Array,
    coef: Float64Array,
    normLength: readonly number[],
    scores: Float64Array,
    matchedAny: Uint8Array,
    touched: number[],
    onMatch: ((doc: number) => void) | null,
  ): void {
    const end = blob.length;
    let p = 0;
    const base = K1 * (1 - B);
    // Varints are read inline when they fit one byte, as most do (see `longVarint`).
    let count = blob[p++]!;
    if (count > 0x7f) {
      count = longVarint(blob, p, count);
      p = longVarintEnd;
    }
    if (p + 2 * count > end) throw new RangeError('search index blob ends early'); // an article takes two bytes at least
    let doc = 0;
    for (let i = 0; i < count; i++) {
      if (p >= end) throw new RangeError('search index blob ends early');
      let delta = blob[p++]!;
      if (delta > 0x7f) {
        delta = longVarint(blob, p, delta);
        p = longVarintEnd;
      }
      doc += delta;
      const mask = blob[p++]!;
      const ok = doc < this.capacity && allowed[doc] === 1;
      let matched = false;
      for (let field = 0; field < FIELD_COUNT; field++) {
        if ((mask & (1 << field)) === 0) continue;
        let length = blob[p++]!;
        if (length > 0x7f) {
          length = longVarint(blob, p, length);
          p = longVarintEnd;
        }
        let tf = blob[p++]!;
        if (tf > 0x7f) {
          tf = longVarint(blob, p, tf);
          p = longVarintEnd;
        }
        if (p + tf > end) throw new RangeError('search index blob ends early'); // a position takes a byte at least
        for (let k = 0; k < tf; k++) {
          while (blob[p]! > 0x7f) p++;
          p++;
        }
        if (!ok || (fieldMask & (1 << field)) === 0) continue;
        matched = true;
        const c = coef[field]!;
        if (c !== 0) scores[doc] = scores[doc]! + (c * tf) / (base + normLength[field]! * length + tf);
      }
      if (!matched) continue;
      if (matchedAny[doc] === 0) {
        matchedAny[doc] = 1;
        touched.push(doc);
      }
      onMatch?.(doc);
    }
    if (p > end) throw new RangeError('search index blob ends early');
  }
}

/** Keeps the best `k` articles by score (or by date), without sorting every match. */
class TopK {
  private readonly items: number[] = [];

  constructor(
    private readonly k: number,
    private readonly sort: 'relevance' | 'newest',
    private readonly scores: Float64Array,
    private readonly docs: DocTable,
  ) {}

  /** Negative when `a` ranks before `b`. */
  private compare = (a: number, b: number): number => {
    if (this.sort === 'relevance') {
      const d = this.scores[b]! - this.scores[a]!;
      if (d !== 0) return d;
    }
    const da = this.docs.day(a);
    const db = this.docs.day(b);
    if (da !== db) return da === UNDATED ? 1 : db === UNDATED ? -1 : db - da;
    return b - a;
  };

  offer(doc: number): void {
    if (this.k <= 0) return;
    const items = this.items;
    if (items.length === this.k && this.compare(doc, items[items.length - 1]!) >= 0) return;
    let i = items.length === this.k ? items.length - 1 : items.length;
    if (items.length < this.k) items.push(doc);
    while (i > 0 && this.compare(doc, items[i - 1]!) < 0) {
      items[i] = items[i - 1]!;
      i--;
    }
    items[i] = doc;
  }

  sorted(): number[] {
    return this.items;
  }
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
function spellingSuggestions(
  ctx: EngineContext,
  term: string,
  lookupTerm: (term: string) => { id: number; df: number } | undefined,
): Array<{ id: number; df: number; term: string }> {
  if (term.length < 4 || /^\d+$/.test(term)) return [];
  const vocabulary = ctx.vocabulary();
  let near = vocabulary.fuzzy(term, 1, 200, term.charAt(0));
  if (near.length === 0 && term.length >= 8) near = vocabulary.fuzzy(term, 2, 200, term.charAt(0));
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

/** Grows an Int32Array to hold at least `size` numbers, keeping its contents. */
function grow(array: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  if (size <= array.length) return array;
  const next = new Int32Array(Math.max(size, array.length * 2));
  next.set(array);
  return next;
}

/** Per-article marks reused by every phrase of every query (see `phraseMatches`). */
let phraseStamp = new Int32Array(0);
let phraseEntry = new Int32Array(0);
let phraseEpoch = 0;

/** What a required phrase's words add to the scores of the articles that hold it. */
interface PhraseScoring {
  /** Per term of the phrase: its BM25 numerator per field (see `coefOf`). */
  coefs: Map<string, Float64Array>;
  normLength: readonly number[];
  /** Per article, zero on entry and on return: the sums while the phrase is checked. */
  sums: Float64Array;
  /** Filled on return: the score of each article returned, in the same order. */
  found: number[];
}

/** Where the last `longVarint` stopped reading. */
let longVarintEnd = 0;

/**
 * The value of a varint of two or more bytes whose first byte (≥ 0x80) was read just before `p`;
 * sets `longVarintEnd`. Most numbers in a posting list fit one byte and are read inline.
 */
function longVarint(blob: Uint8Array, p: number, first: number): number {
  let result = first & 0x7f;
  let scale = 0x80;
  for (;;) {
    if (p >= blob.length) throw new RangeError('search index blob ends early');
    const b = blob[p++]!;
    result += (b & 0x7f) * scale;
    if (b < 0x80) {
      longVarintEnd = p;
      return result;
    }
    scale *= 0x80;
  }
}

/**
 * The (article, field) pairs still in the running for a phrase, each with the start positions of
 * the phrase they allow, in flat typed arrays; see `phraseMatches`. The two walks are methods of
 * their own so that each is compiled early: a user's first phrase queries run them cold.
 */
class PhraseCandidates {
  eDoc = new Int32Array(256);
  eField = new Int32Array(256);
  eStart = new Int32Array(256);
  eCount = new Int32Array(256);
  entries = 0;
  pool = new Int32Array(1024);
  poolSize = 0;
  survivors = 0;

  constructor(
    private readonly stamp: Int32Array,
    private readonly entryOf: Int32Array,
    private readonly capacity: number,
    private readonly fieldMask: number,
    private readonly sums: Float64Array | null,
    private readonly normLength: readonly number[],
  ) {}

  /** The rarest term: every allowed article holding it in the clause's fields becomes a candidate. */
  collect(
    blob: Uint8Array,
    offset: number,
    allowed: Uint8Array,
    epoch: number,
    coef: Float64Array | null,
  ): void {
    const { stamp, entryOf, capacity, fieldMask, sums, normLength } = this;
    const base = K1 * (1 - B);
    const end = blob.length;
    let p = 0;
    let count = blob[p++]!;
    if (count > 0x7f) {
      count = longVarint(blob, p, count);
      p = longVarintEnd;
    }
    if (p + 2 * count > end) throw new RangeError('search index blob ends early'); // an article takes two bytes at least
    let doc = 0;
    for (let i = 0; i < count; i++) {
      if (p >= end) throw new RangeError('search index blob ends early');
      let delta = blob[p++]!;
      if (delta > 0x7f) {
        delta = longVarint(blob, p, delta);
        p = longVarintEnd;
      }
      doc += delta;
      const mask = blob[p++]!;
      const wanted = doc < capacity && allowed[doc] === 1 && (mask & fieldMask) !== 0;
      for (let field = 0; field < FIELD_COUNT; field++) {
        if ((mask & (1 << field)) === 0) continue;
        let length = blob[p++]!;
        if (length > 0x7f) {
          length = longVarint(blob, p, length);
          p = longVarintEnd;
        }
        let tf = blob[p++]!;
        if (tf > 0x7f) {
          tf = longVarint(blob, p, tf);
          p = longVarintEnd;
        }
        if (p + tf > end) throw new RangeError('search index blob ends early'); // a position takes a byte at least
        if (!wanted || (fieldMask & (1 << field)) === 0) {
          for (let k = 0; k < tf; k++) {
            while (blob[p]! > 0x7f) p++;
            p++;
          }
          continue;
        }
        if (sums && coef![field] !== 0)
          sums[doc] = sums[doc]! + (coef![field]! * tf) / (base + normLength[field]! * length + tf);
        const e = this.entries;
        if (e === this.eDoc.length) {
          this.eDoc = grow(this.eDoc, e + 1);
          this.eField = grow(this.eField, e + 1);
          this.eStart = grow(this.eStart, e + 1);
          this.eCount = grow(this.eCount, e + 1);
        }
        if (this.poolSize + tf > this.pool.length) this.pool = grow(this.pool, this.poolSize + tf);
        if (stamp[doc] !== epoch) {
          stamp[doc] = epoch;
          entryOf[doc] = e;
          this.survivors += 1;
        }
        this.eDoc[e] = doc;
        this.eField[e] = field;
        this.eStart[e] = this.poolSize;
        this.eCount[e] = tf;
        const pool = this.pool;
        let at = this.poolSize;
        let position = 0;
        for (let k = 0; k < tf; k++) {
          let gap = blob[p++]!;
          if (gap > 0x7f) {
            gap = longVarint(blob, p, gap);
            p = longVarintEnd;
          }
          position += gap;
          pool[at++] = position - offset;
        }
        this.poolSize = at;
        this.entries = e + 1;
      }
    }
    if (p > end) throw new RangeError('search index blob ends early');
  }

  /**
   * A further term: a candidate of round `previous` keeps, field by field, the starts this term's
   * positions (less its offset) confirm; the candidates that keep any are stamped `epoch`.
   */
  intersect(
    blob: Uint8Array,
    offset: number,
    previous: number,
    epoch: number,
    coef: Float64Array | null,
  ): void {
    const { stamp, entryOf, capacity, fieldMask, sums, normLength, eDoc, eField, eStart, eCount, pool } =
      this;
    const entries = this.entries;
    const base = K1 * (1 - B);
    const end = blob.length;
    let p = 0;
    let count = blob[p++]!;
    if (count > 0x7f) {
      count = longVarint(blob, p, count);
      p = longVarintEnd;
    }
    if (p + 2 * count > end) throw new RangeError('search index blob ends early'); // an article takes two bytes at least
    let doc = 0;
    for (let i = 0; i < count; i++) {
      if (p >= end) throw new RangeError('search index blob ends early');
      let delta = blob[p++]!;
      if (delta > 0x7f) {
        delta = longVarint(blob, p, delta);
        p = longVarintEnd;
      }
      doc += delta;
      const mask = blob[p++]!;
      const candidate = doc < capacity && stamp[doc] === previous;
      let e = candidate ? entryOf[doc]! : 0;
      let kept = 0;
      for (let field = 0; field < FIELD_COUNT; field++) {
        if ((mask & (1 << field)) === 0) continue;
        let length = blob[p++]!;
        if (length > 0x7f) {
          length = longVarint(blob, p, length);
          p = longVarintEnd;
        }
        let tf = blob[p++]!;
        if (tf > 0x7f) {
          tf = longVarint(blob, p, tf);
          p = longVarintEnd;
        }
        if (p + tf > end) throw new RangeError('search index blob ends early'); // a position takes a byte at least
        if (candidate) {
          if (sums && (fieldMask & (1 << field)) !== 0 && coef![field] !== 0)
            sums[doc] = sums[doc]! + (coef![field]! * tf) / (base + normLength[field]! * length + tf);
          while (e < entries && eDoc[e] === doc && eField[e]! < field) eCount[e++] = 0;
        }
        if (!candidate || e >= entries || eDoc[e] !== doc || eField[e] !== field) {
          for (let k = 0; k < tf; k++) {
            while (blob[p]! > 0x7f) p++;
            p++;
          }
          continue;
        }
        const start = eStart[e]!;
        const n = eCount[e]!;
        let w = 0;
        let r = 0;
        let position = 0;
        for (let k = 0; k < tf; k++) {
          let gap = blob[p++]!;
          if (gap > 0x7f) {
            gap = longVarint(blob, p, gap);
            p = longVarintEnd;
          }
          position += gap;
          const s = position - offset;
          while (r < n && pool[start + r]! < s) r++;
          if (r < n && pool[start + r] === s) pool[start + w++] = s;
        }
        eCount[e++] = w;
        kept += w;
      }
      if (!candidate) continue;
      while (e < entries && eDoc[e] === doc) eCount[e++] = 0;
      if (kept > 0) {
        stamp[doc] = epoch;
        this.survivors += 1;
      }
    }
    if (p > end) throw new RangeError('search index blob ends early');
  }
}

/**
 * Articles (allowed ones) where the phrase's terms stand at the phrase's offsets in one field.
 *
 * Starts from the rarest term: its (article, field) pairs become candidates, each with the start
 * positions the term allows. Each further term, rarer first, walks its posting lists once: an
 * article that is no longer a candidate is skipped without decoding its positions; a candidate's
 * starts are intersected (both lists ascending) with the term's positions minus its offset. No
 * objects are made per article, and the work stops as soon as no candidate is left. With
 * `scoring`, each term's BM25 weight is summed for the candidates on the same walk (exactly what
 * scanning the term for the matching articles would add), so a phrase's posting lists are read once.
 */
function phraseMatches(
  ctx: EngineContext,
  clause: PhraseClause,
  expanded: readonly Expanded[],
  slotLo: number,
  slotHi: number,
  allowed: Uint8Array,
  scoring: PhraseScoring | null,
): number[] {
  const byTerm = new Map(expanded.map((t) => [t.term, t]));
  if (clause.terms.length === 0 || clause.terms.some((t) => !byTerm.has(t.term))) return []; // a word of the phrase is in no article
  const order = [...clause.terms].sort((a, b) => byTerm.get(a.term)!.df - byTerm.get(b.term)!.df);
  let fieldMask = 0;
  for (const f of clause.fields) fieldMask |= 1 << f;
  const capacity = ctx.docs.capacity;
  if (phraseStamp.length < capacity) {
    phraseStamp = new Int32Array(capacity);
    phraseEntry = new Int32Array(capacity);
    phraseEpoch = 0;
  }
  const sums = scoring?.sums ?? null;
  const candidates = new PhraseCandidates(
    phraseStamp,
    phraseEntry,
    capacity,
    fieldMask,
    sums,
    scoring?.normLength ?? [],
  );
  const done = (out: number[]): number[] => {
    if (sums) {
      scoring!.found = out.map((doc) => sums[doc]!);
      for (let e = 0; e < candidates.entries; e++) sums[candidates.eDoc[e]!] = 0;
    }
    return out;
  };
  let previous = -1;
  for (let round = 0; round < order.length; round++) {
    const { term, offset } = order[round]!;
    const epoch = ++phraseEpoch;
    candidates.survivors = 0;
    const id = byTerm.get(term)!.id;
    const coef = scoring?.coefs.get(term) ?? null;
    for (const blob of ctx.statements.postingRange.all(
      id * SLOTS + slotLo,
      id * SLOTS + slotHi,
    ) as Buffer[]) {
      if (round === 0) candidates.collect(blob, offset, allowed, epoch, coef);
      else candidates.intersect(blob, offset, previous, epoch, coef);
    }
    previous = epoch;
    if (candidates.survivors === 0) return done([]);
  }
  const out: number[] = [];
  const stamp = phraseStamp;
  const entryOf = phraseEntry;
  for (let e = 0; e < candidates.entries; e++) {
    const doc = candidates.eDoc[e]!;
    if (stamp[doc] === previous && entryOf[doc] === e) out.push(doc);
  }
  return done(out);
}
