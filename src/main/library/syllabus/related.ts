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

/** A term's postings: parallel lists of document numbers and the term's weight in each. */
export interface Postings {
  docs: ArrayLike<number>;
  weights: ArrayLike<number>;
}

/**
 * The term statistics a more-like-this query needs. Articles are addressed by dense document numbers
 * (below `capacity`) so that a query can score into a typed array instead of a map.
 */
export interface TermStatistics {
  /** Number of articles indexed. */
  readonly documentCount: number;
  /** Every document number is below this. */
  readonly capacity: number;
  /** Mean sum of term weights per article (for length normalisation). */
  readonly averageLength: number;
  /** The document number of an article id, or undefined when it is not indexed. */
  docOf(articleId: number): number | undefined;
  /** In how many articles a term occurs. */
  documentFrequency(term: string): number;
  /** A document's weighted terms. */
  termsOf(doc: number): readonly WeightedTerm[] | undefined;
  /** The documents holding a term. */
  postings(term: string): Postings;
  /** A document's sum of term weights. */
  lengthOf(doc: number): number;
  /** Id, title and date of a document, for the result list. */
  article(doc: number): { id: number; title: string; date: string | null } | undefined;
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
  'the a an this that these those it its in on at of for to by with from and or but as is are was were be has have had he she they we i you why what how when where which who key about note also however further according under monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(
    ' ',
  ),
);

/** Characters that end a word for name finding (a hyphen or dash does not: `NSCN-IM`, `Assam–Mizoram`). */
const NAME_WORD = /[^\s,;:()[\]"“”‘’!?]+/g;

/** Small words inside the title-case name of an institution: “Ministry of Health and Family Welfare”. */
const NAME_JOINERS = new Set(['of', 'and', 'for', '&']);

interface NameRun {
  words: string[];
  startsSentence: boolean;
  /** Joined to another run by `of`, `and`, `for`: part of a longer title-case name. */
  joined: boolean;
}

/**
 * Named entities: runs of capitalised words (Assam Mizoram, Global Biodiversity Framework), acronyms
 * (ISRO, OECD) and single capitalised words inside a sentence (Haiti, Knesset), lower-cased and joined,
 * so a name counts as one distinctive term. A single word is a name only when the text never writes it in
 * lower case, it does not start a sentence or a line ("Police" in "Police said so"), and it is not a word
 * of a longer title-case name ("Health" in "Ministry of Health").
 */
export function namedEntities(text: string): string[] {
  // A word the text also writes in lower case is an everyday word given a capital (“the Ministry”).
  const lowerCase = new Set(text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{N}]*/gu) ?? []);
  const runs: NameRun[] = [];
  let run: NameRun | null = null;
  /** The run just before a joiner word (“Ministry” before “of”), while the next word may continue it. */
  let joinable: NameRun | null = null;
  let sentenceStart = true;
  let previousEnd = 0;
  const flush = () => {
    if (run) runs.push(run);
    run = null;
  };
  for (const match of text.matchAll(NAME_WORD)) {
    const raw = match[0];
    // A new line, or a ! ? : between this word and the last, starts a sentence (a title's parts too).
    if (/[\n!?:]/.test(text.slice(previousEnd, match.index))) {
      flush();
      joinable = null;
      sentenceStart = true;
    }
    previousEnd = match.index + raw.length;
    // An en dash joins names as a hyphen does (“Assam–Mizoram”, “Assam-Mizoram”): one spelling.
    const word = raw
      .replace(/['’]s$/, '')
      .replace(/[.]+$/, '')
      .replace(/[‐‑–—]/g, '-');
    const capitalised = /^[A-Z][\p{L}\p{N}-]*$/u.test(word) && !NOT_NAMES.has(word.toLowerCase());
    if (capitalised) {
      if (!run) {
        run = { words: [], startsSentence: sentenceStart, joined: false };
        if (joinable) joinable.joined = run.joined = true;
      }
      run.words.push(word);
      joinable = null;
    } else {
      const before: NameRun | null = run;
      flush();
      joinable = before && NAME_JOINERS.has(word) ? before : null;
    }
    sentenceStart = false;
    if (raw.endsWith('.')) {
      flush();
      joinable = null;
      sentenceStart = true;
    }
  }
  flush();
  const out: string[] = [];
  for (const { words, startsSentence, joined } of runs) {
    const single = words[0]!;
    const isAcronym = words.length === 1 && /^[A-Z][A-Z0-9]{1,9}$/.test(single);
    const isLoneName =
      words.length === 1 &&
      single.length >= 3 &&
      !startsSentence &&
      !joined &&
      !lowerCase.has(single.toLowerCase());
    if (words.length >= 2 || isAcronym || isLoneName) out.push(words.join(' ').toLowerCase());
  }
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
  // A name in the title counts twice: the headline says what the story is.
  for (const name of namedEntities(doc.title)) add(`${ENTITY_PREFIX}${name}`, 2 * ENTITY_WEIGHT);
  for (const name of namedEntities(body)) add(`${ENTITY_PREFIX}${name}`, ENTITY_WEIGHT);
  // Repetition saturates: a term said 40 times is not 40 times as telling.
  return [...weights].map(([term, w]) => ({ term, weight: 1 + Math.log(w) }));
}

interface IndexedDocument {
  id: number;
  title: string;
  date: string | null;
  terms: WeightedTerm[];
}

/** An in-memory term index over plain articles. */
export class RelatedIndex implements TermStatistics {
  private readonly docs: Array<IndexedDocument | undefined> = [];
  private readonly lengths: number[] = [];
  private readonly docByArticle = new Map<number, number>();
  private readonly postingLists = new Map<string, { docs: number[]; weights: number[] }>();
  private totalLength = 0;
  private count = 0;

  /** Indexes one article; an id already indexed is replaced. */
  add(article: RelatedDocument): void {
    this.remove(article.id);
    const terms = weighTerms(article);
    const length = terms.reduce((sum, t) => sum + t.weight, 0);
    const doc = this.docs.length;
    this.docs.push({ id: article.id, title: article.title, date: article.date, terms });
    this.lengths.push(length);
    this.docByArticle.set(article.id, doc);
    this.totalLength += length;
    this.count += 1;
    for (const { term, weight } of terms) {
      const list = this.postingLists.get(term);
      if (list) {
        list.docs.push(doc);
        list.weights.push(weight);
      } else {
        this.postingLists.set(term, { docs: [doc], weights: [weight] });
      }
    }
  }

  /** Removes an article from the index (its document number is not reused). */
  remove(articleId: number): void {
    const doc = this.docByArticle.get(articleId);
    if (doc === undefined) return;
    const indexed = this.docs[doc]!;
    this.docByArticle.delete(articleId);
    this.docs[doc] = undefined;
    this.totalLength -= this.lengths[doc]!;
    this.lengths[doc] = 0;
    this.count -= 1;
    for (const { term } of indexed.terms) {
      const list = this.postingLists.get(term)!;
      const at = list.docs.indexOf(doc);
      list.docs.splice(at, 1);
      list.weights.splice(at, 1);
      if (list.docs.length === 0) this.postingLists.delete(term);
    }
  }

  get documentCount(): number {
    return this.count;
  }

  get capacity(): number {
    return this.docs.length;
  }

  get averageLength(): number {
    return this.count === 0 ? 0 : this.totalLength / this.count;
  }

  docOf(articleId: number): number | undefined {
    return this.docByArticle.get(articleId);
  }

  documentFrequency(term: string): number {
    return this.postingLists.get(term)?.docs.length ?? 0;
  }

  termsOf(doc: number): readonly WeightedTerm[] | undefined {
    return this.docs[doc]?.terms;
  }

  postings(term: string): Postings {
    return this.postingLists.get(term) ?? { docs: [], weights: [] };
  }

  lengthOf(doc: number): number {
    return this.lengths[doc] ?? 0;
  }

  article(doc: number): { id: number; title: string; date: string | null } | undefined {
    const indexed = this.docs[doc];
    return indexed ? { id: indexed.id, title: indexed.title, date: indexed.date } : undefined;
  }

  /** Title and date of an article by its id. */
  describe(articleId: number): { title: string; date: string | null } | undefined {
    const doc = this.docByArticle.get(articleId);
    return doc === undefined ? undefined : this.article(doc);
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
/** Length normalisation: BM25's usual 0.75 (0.5 let long digests outrank the story's own articles). */
const B = 0.75;
/** Distinctive terms a query keeps. */
const QUERY_TERMS = 25;
/** Terms in more than this share of the library say nothing about a story (and their postings are long). */
const DOCUMENT_SHARE = 0.05;
/** An article sharing fewer query terms than this is a coincidence (one country, one scheme), not a story. */
const MIN_SHARED = 2;
/** Query weight of a name (`@…` term) over a word's. */
const QUERY_ENTITY_BOOST = 2;
/** Exponent of a query term's idf. */
const IDF_POWER = 1.5;
/** Score arrays kept between queries: a fresh pair per query at 50,000 articles feeds the garbage collector. */
let scratchArrays: { scores: Float64Array; shared: Uint8Array } | null = null;

function scratch(capacity: number): { scores: Float64Array; shared: Uint8Array } {
  if (!scratchArrays || scratchArrays.scores.length < capacity) {
    const size = Math.max(1024, capacity * 2);
    scratchArrays = { scores: new Float64Array(size), shared: new Uint8Array(size) };
  }
  return scratchArrays;
}

/** The query terms of a document: the distinctive ones, strongest first, with their query weight. */
export function distinctiveTerms(
  stats: TermStatistics,
  doc: number,
  options: RelatedOptions = {},
): Array<{ term: string; weight: number; idf: number }> {
  const terms = stats.termsOf(doc);
  if (!terms) return [];
  const n = stats.documentCount;
  // In a small library every term is in a large share of it: the cut-off applies past 20 articles.
  const maxDf = Math.max(20, Math.floor(n * (options.maxDocumentShare ?? DOCUMENT_SHARE)));
  const out: Array<{ term: string; weight: number; idf: number }> = [];
  for (const { term, weight } of terms) {
    const df = stats.documentFrequency(term);
    // A term only this article has links it to nothing; a term most articles have links it to everything.
    if (df < 2 || df > maxDf) continue;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    // Rarity counts more than repetition (idf^1.5), and names more than words: a big background
    // of other news makes ordinary words look rare, while a story's names stay its own.
    const boost = term.startsWith(ENTITY_PREFIX) ? QUERY_ENTITY_BOOST : 1;
    out.push({ term, weight: weight * idf ** IDF_POWER * boost, idf });
  }
  return out.sort((a, b) => b.weight - a.weight).slice(0, options.queryTerms ?? QUERY_TERMS);
}

/**
 * Up to 8 articles of the same story as article `articleId`, in date order (undated last), each with
 * its similarity. Empty when the article is not indexed or shares nothing distinctive with another.
 */
export function relatedArticles(
  stats: TermStatistics,
  articleId: number,
  options: RelatedOptions = {},
): RelatedArticle[] {
  const self = stats.docOf(articleId);
  if (self === undefined) return [];
  const query = distinctiveTerms(stats, self, options);
  if (query.length === 0) return [];
  const average = stats.averageLength || 1;
  const { scores, shared } = scratch(stats.capacity);
  const touched: number[] = [];
  for (const q of query) {
    const { docs, weights } = stats.postings(q.term);
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      const weight = weights[i]!;
      const norm = K1 * (1 - B + (B * stats.lengthOf(doc)) / average);
      if (shared[doc] === 0) touched.push(doc);
      if (shared[doc]! < 255) shared[doc]! += 1;
      scores[doc]! += (q.weight * (weight * (K1 + 1))) / (weight + norm);
    }
  }
  const best = scores[self]!;
  const minScore = options.minScore ?? 0.08;
  const minShared = Math.min(MIN_SHARED, query.length);
  const limit = options.limit ?? 8;
  // Keep only the best `limit` while scanning (a sorted short list), so a query that touches
  // thousands of articles neither sorts nor allocates them all.
  const found: Array<{ doc: number; score: number }> = [];
  for (const doc of touched) {
    const raw = scores[doc]!;
    const count = shared[doc]!;
    // Leave the scratch arrays clean for the next query, touching only what this one used.
    scores[doc] = 0;
    shared[doc] = 0;
    if (doc === self || count < minShared) continue;
    const score = Math.min(1, raw / best);
    if (score < minScore) continue;
    const last = found[limit - 1];
    if (last && (score < last.score || (score === last.score && doc > last.doc))) continue;
    let at = found.length;
    while (
      at > 0 &&
      (found[at - 1]!.score < score || (found[at - 1]!.score === score && found[at - 1]!.doc > doc))
    )
      at--;
    found.splice(at, 0, { doc, score });
    if (found.length > limit) found.pop();
  }
  const top: RelatedArticle[] = [];
  for (const { doc, score } of found) {
    const info = stats.article(doc);
    if (info) top.push({ ...info, score: Math.round(score * 1000) / 1000 });
  }
  return top.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || b.score - a.score);
}
