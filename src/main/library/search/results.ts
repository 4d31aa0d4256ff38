/**
 * The last steps of a query: which of the articles it met match (every required clause, no
 * prohibited one), how they count per tag and month (the facets), and the page of top hits.
 */
import { monthOfSlot, SLOTS, UNDATED_SLOT } from './calendar';
import { UNDATED, type DocTable } from './doc-table';
import type { QueryRun } from './query-run';
import { denseMatches } from './query-scratch';

export interface RankedDoc {
  id: number;
  score: number;
}

export interface Facets {
  tags: Array<{ id: number; count: number }>;
  months: Array<{ month: string | null; count: number }>;
}

export interface Page {
  hits: RankedDoc[];
  total: number;
  facets: Facets;
}

export interface PageRequest {
  sort: 'relevance' | 'newest';
  limit: number;
  offset: number;
}

/** Facet counters, one per month slot and per tag id. */
class FacetCounts {
  private readonly months = new Uint32Array(SLOTS);
  private readonly tags: Uint32Array;

  constructor(private readonly docs: DocTable) {
    this.tags = new Uint32Array(docs.maxTag + 1);
  }

  /** Counts the first `length` articles of `matched`, in one loop each for months and tags. */
  addAll(matched: Int32Array, length: number): void {
    const { months, docs } = this;
    for (let n = 0; n < length; n++) months[docs.slot(matched[n]!)]! += 1;
    docs.countTagsOf(matched, length, this.tags);
  }

  /** Months newest first, undated last; tags most used first. */
  facets(): Facets {
    const { months: monthCounts, tags: tagCounts } = this;
    const months: Facets['months'] = [];
    for (let slot = SLOTS - 1; slot >= 1; slot--) {
      if (monthCounts[slot]! > 0) months.push({ month: monthOfSlot(slot), count: monthCounts[slot]! });
    }
    if (monthCounts[UNDATED_SLOT]! > 0) months.push({ month: null, count: monthCounts[UNDATED_SLOT]! });
    const tags: Facets['tags'] = [];
    for (let id = 0; id < tagCounts.length; id++)
      if (tagCounts[id]! > 0) tags.push({ id, count: tagCounts[id]! });
    tags.sort((a, b) => b.count - a.count || a.id - b.id);
    return { tags, months };
  }
}

/**
 * Counts and ranks the matches among `candidates`: the articles a positive clause matched, or
 * (null) every allowed article when the query has only filters and exclusions. An article
 * matches when it met all `requiredClauses` and no prohibited clause.
 */
export function collectPage(
  run: QueryRun,
  request: PageRequest,
  candidates: readonly number[] | null,
  requiredClauses: number,
): Page {
  const { docs } = run.ctx;
  const { scores, prohibited, requiredCount } = run.scratch;
  const counts = new FacetCounts(docs);
  const top = new TopK(request.offset + request.limit, request.sort, scores, docs);
  // The matches are listed first and counted for the facets afterwards, in one loop (`addAll`).
  const matched = new Int32Array(candidates !== null ? candidates.length : run.capacity);
  let total = 0;
  const consider = (doc: number) => {
    if (prohibited[doc] === 1 || (requiredClauses > 0 && requiredCount[doc] !== requiredClauses)) return;
    matched[total++] = doc;
    top.offer(doc);
  };
  if (candidates !== null && candidates.length * denseMatches.collect < run.capacity)
    for (const doc of candidates) consider(doc);
  else if (candidates !== null) {
    // Many matches (a common word): visited in id order, not in the order the posting lists met them
    // (month by month), so that the article table and the scores are read front to back instead of at
    // random; at 200,000 articles the random reads cost more than the counting. The answer is the
    // same in any order: counts are sums and the page's order is decided by score, day and id.
    const matchedAny = run.scratch.matchedAny;
    for (let doc = 0; doc < run.capacity; doc++) if (matchedAny[doc] === 1) consider(doc);
  } else for (let doc = 0; doc < run.capacity; doc++) if (run.allowed[doc] === 1) consider(doc);
  counts.addAll(matched, total);
  const hits = top
    .sorted()
    .slice(request.offset)
    .map((id) => ({ id, score: scores[id]! }));
  return { hits, total, facets: counts.facets() };
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

  /** Negative when `a` ranks before `b`: higher score, then newer, then the later id. */
  private compare(a: number, b: number): number {
    if (this.sort === 'relevance') {
      const d = this.scores[b]! - this.scores[a]!;
      if (d !== 0) return d;
    }
    const da = this.docs.day(a);
    const db = this.docs.day(b);
    if (da !== db) return da === UNDATED ? 1 : db === UNDATED ? -1 : db - da;
    return b - a;
  }

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
