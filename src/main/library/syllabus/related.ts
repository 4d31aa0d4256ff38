/**
 * "Earlier and later in this story": the articles that share an article's distinctive terms and named
 * entities — a more-like-this query. The query keeps the article's rarest, most repeated terms (title
 * words and capitalised names count more), looks them up in a term index, and scores the articles that
 * hold them BM25-style. The index is an interface so the same query can later run on the search index;
 * `RelatedIndex` is an in-memory implementation over plain articles.
 */
import { splitWords, termOf } from '../search/analyzer';

/** One article as the related-articles index sees it. */
export interface RelatedDocument {
  id: number;
  title: string;
  date: string | null;
  /** The body text (the blocks joined). */
  text: string;
}

/** A term of one article with its weight (title and names count more than body words). */
export interface WeightedTerm {
  term: string;
  weight: number;
}

/** The term statistics a more-like-this query needs. */
export interface TermStatistics {
  /** Number of articles indexed. */
  readonly documentCount: number;
  /** Mean sum of term weights per article (for length normalisation). */
  readonly averageLength: number;
  /** In how many articles a term occurs. */
  documentFrequency(term: string): number;
  /** An article's weighted terms, or undefined when it is not indexed. */
  termsOf(id: number): readonly WeightedTerm[] | undefined;
  /** The articles holding a term, with the term's weight in each. */
  postings(term: string): ReadonlyArray<{ id: number; weight: number }>;
  /** An article's sum of term weights. */
  lengthOf(id: number): number;
  /** Title and date of an article, for the result list. */
  describe(id: number): { title: string; date: string | null } | undefined;
}

/** One related article. */
export interface RelatedArticle {
  id: number;
  title: string;
  date: string | null;
  /** Similarity to the article asked about, 0..1 (1 = the same terms). */
  score: number;
}

const TITLE_WEIGHT = 3;
const ENTITY_WEIGHT = 2;
/** Names are indexed as one term with this prefix, apart from the words they are made of. */
const ENTITY_PREFIX = '@';
/** Body text read per article, in characters. */
const MAX_TEXT = 20_000;

/** Words that start a sentence or a name but are not names. */
const NOT_NAMES = new Set(
  'the a an this that these those it its in on at of for to by with from and or but as is are was were be has have had he she they we i you why what how when where which who key about note also however further according under'.split(
    ' ',
  ),
);

/**
 * Named entities: runs of capitalised words (Assam Mizoram, Global Biodiversity Framework) and
 * acronyms (ISRO, OECD), lower-cased and joined, so a name counts as one distinctive term.
 */
export function namedEntities(text: string): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    const isAcronym = run.length === 1 && /^[A-Z][A-Z0-9]{1,9}$/.test(run[0]!);
    if (run.length >= 2 || isAcronym) out.push(run.join(' ').toLowerCase());
    run = [];
  };
  for (const raw of text.split(/[\s,;:()[\]"“”‘’!?]+/)) {
    const word = raw.replace(/['’]s$/, '').replace(/[.]+$/, '');
    const capitalised = /^[A-Z][\p{L}\p{N}-]*$/u.test(word) && !NOT_NAMES.has(word.toLowerCase());
    if (capitalised) run.push(word);
    else flush();
    if (raw.endsWith('.')) flush();
  }
  flush();
  return out;
}

/** An article's weighted terms: analysed words (title counted more) and named entities. */
export function weighTerms(doc: Pick<RelatedDocument, 'title' | 'text'>): WeightedTerm[] {
  const weights = new Map<string, number>();
  const add = (term: string, w: number) => weights.set(term, (weights.get(term) ?? 0) + w);
  const body = doc.text.slice(0, MAX_TEXT);
  for (const word of splitWords(doc.title)) {
    const term = termOf(word.text);
    if (term !== null) add(term, TITLE_WEIGHT);
  }
  for (const word of splitWords(body)) {
    const term = termOf(word.text);
    if (term !== null) add(term, 1);
  }
  for (const name of [...namedEntities(doc.title), ...namedEntities(doc.title), ...namedEntities(body)]) {
    add(`${ENTITY_PREFIX}${name}`, ENTITY_WEIGHT);
  }
  // Repetition saturates: a term said 40 times is not 40 times as telling.
  return [...weights].map(([term, w]) => ({ term, weight: 1 + Math.log(w) }));
}

/** An in-memory term index over plain articles. */
export class RelatedIndex implements TermStatistics {
  private readonly docs = new Map<
    number,
    { title: string; date: string | null; terms: WeightedTerm[]; length: number }
  >();
  private readonly postingLists = new Map<string, Array<{ id: number; weight: number }>>();
  private totalLength = 0;

  /** Indexes one article (an id already present is replaced by a fresh add only after `remove`). */
  add(doc: RelatedDocument): void {
    if (this.docs.has(doc.id)) this.remove(doc.id);
    const terms = weighTerms(doc);
    const length = terms.reduce((s, t) => s + t.weight, 0);
    this.docs.set(doc.id, { title: doc.title, date: doc.date, terms, length });
    this.totalLength += length;
    for (const { term, weight } of terms) {
      const list = this.postingLists.get(term);
      if (list) list.push({ id: doc.id, weight });
      else this.postingLists.set(term, [{ id: doc.id, weight }]);
    }
  }

  /** Removes an article from the index. */
  remove(id: number): void {
    const doc = this.docs.get(id);
    if (!doc) return;
    this.docs.delete(id);
    this.totalLength -= doc.length;
    for (const { term } of doc.terms) {
      const list = this.postingLists.get(term)!.filter((p) => p.id !== id);
      if (list.length > 0) this.postingLists.set(term, list);
      else this.postingLists.delete(term);
    }
  }

  get documentCount(): number {
    return this.docs.size;
  }

  get averageLength(): number {
    return this.docs.size === 0 ? 0 : this.totalLength / this.docs.size;
  }

  documentFrequency(term: string): number {
    return this.postingLists.get(term)?.length ?? 0;
  }

  termsOf(id: number): readonly WeightedTerm[] | undefined {
    return this.docs.get(id)?.terms;
  }

  postings(term: string): ReadonlyArray<{ id: number; weight: number }> {
    return this.postingLists.get(term) ?? [];
  }

  lengthOf(id: number): number {
    return this.docs.get(id)?.length ?? 0;
  }

  describe(id: number): { title: string; date: string | null } | undefined {
    const doc = this.docs.get(id);
    return doc ? { title: doc.title, date: doc.date } : undefined;
  }
}

/** Options of a related-articles query. */
export interface RelatedOptions {
  /** At most this many articles (8). */
  limit?: number;
  /** Distinctive terms the query keeps (25). */
  queryTerms?: number;
  /** Results below this similarity are left out (0.08): better nothing than a stranger. */
  minScore?: number;
  /** Terms in more than this share of the library say nothing about a story (0.05). */
  maxDocumentShare?: number;
}

const K1 = 1.2;
const B = 0.5;

/** The query terms of an article: the distinctive ones, strongest first, with their query weight. */
export function distinctiveTerms(
  stats: TermStatistics,
  id: number,
  options: RelatedOptions = {},
): Array<{ term: string; weight: number; idf: number }> {
  const terms = stats.termsOf(id);
  if (!terms) return [];
  const n = stats.documentCount;
  // In a small library every term is in a large share of it: the cut-off applies past 20 articles.
  const maxDf = Math.max(20, Math.floor(n * (options.maxDocumentShare ?? 0.05)));
  const out: Array<{ term: string; weight: number; idf: number }> = [];
  for (const { term, weight } of terms) {
    const df = stats.documentFrequency(term);
    // A term only this article has links it to nothing; a term most articles have links it to everything.
    if (df < 2 || df > maxDf) continue;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    out.push({ term, weight: weight * idf, idf });
  }
  return out.sort((a, b) => b.weight - a.weight).slice(0, options.queryTerms ?? 25);
}

/**
 * Up to 8 articles of the same story as article `id`, in date order (undated last), each with its
 * similarity. Empty when the article is not indexed or shares nothing distinctive with another.
 */
export function relatedArticles(
  stats: TermStatistics,
  id: number,
  options: RelatedOptions = {},
): RelatedArticle[] {
  const query = distinctiveTerms(stats, id, options);
  if (query.length === 0) return [];
  const average = stats.averageLength || 1;
  const scores = new Map<number, number>();
  let best = 0;
  for (const q of query) {
    for (const posting of stats.postings(q.term)) {
      const norm = K1 * (1 - B + (B * stats.lengthOf(posting.id)) / average);
      const gain = q.weight * ((posting.weight * (K1 + 1)) / (posting.weight + norm));
      if (posting.id === id) best += gain;
      else scores.set(posting.id, (scores.get(posting.id) ?? 0) + gain);
    }
  }
  const minScore = options.minScore ?? 0.08;
  const found: RelatedArticle[] = [];
  for (const [other, score] of scores) {
    const similarity = Math.min(1, score / best);
    if (similarity < minScore) continue;
    const info = stats.describe(other);
    if (info)
      found.push({
        id: other,
        title: info.title,
        date: info.date,
        score: Math.round(similarity * 1000) / 1000,
      });
  }
  const top = found.sort((a, b) => b.score - a.score || a.id - b.id).slice(0, options.limit ?? 8);
  return top.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || b.score - a.score);
}
