/**
 * The learned part of the suggestions: a multinomial naive Bayes classifier over an article's distinct
 * terms, trained from articles that carry syllabus labels (a source's tags or the student's own
 * corrections). Training is counting, so a correction is learned at once (`learn`), and a prediction
 * touches only the article's terms, well under a millisecond per article.
 */
import type { ArticleTerms } from './text';

/** One labelled article: its terms and the syllabus topics it belongs to. */
export interface LabelledTerms {
  terms: ArticleTerms;
  topics: readonly string[];
}

/** A topic the model predicts, with its probability and the terms that pointed to it most. */
export interface LearnedPrediction {
  topic: string;
  probability: number;
  terms: string[];
}

/** Between the terms of a snapshot. */
const TERM_SEPARATOR = '\u0001';

/** Smoothing for terms a topic never saw (Lidstone). */
const ALPHA = 0.1;
/** A user's correction counts as this many source-labelled articles: the student knows best. */
export const CORRECTION_WEIGHT = 3;

/** Distinct terms of an article, the title's and the body's together. */
function distinct(terms: ArticleTerms): Set<string> {
  return new Set([...terms.title, ...terms.title, ...terms.body]);
}

/**
 * A model as plain data, to hand to another thread (the import's parse workers place articles with
 * it): the topics, their counts, and every (term, topic, count) as three parallel arrays.
 */
export interface TopicModelSnapshot {
  topics: string[];
  docs: number[];
  termTotals: number[];
  totalDocs: number;
  /**
   * The terms, joined by U+0001 (no term holds a control character): one string crosses to another
   * thread as one copy, where tens of thousands of strings took milliseconds each.
   */
  terms: string;
  /** Per term in `terms`, how many (topic, count) pairs follow in `topicOf` and `countOf`. */
  pairs: Uint32Array;
  topicOf: Uint32Array;
  countOf: Float64Array;
}

/** A term's counts by topic, how often it was seen in all, and what it adds to each topic's score. */
interface TermWeights {
  row: Map<number, number>;
  all: number;
  /** The topics the term met, and what it adds to each one's score (see `TopicModel.weightsOf`). */
  topics: Uint32Array;
  deltas: Float64Array;
}

/** A naive Bayes topic model that learns one labelled article at a time. */
export class TopicModel {
  /** The model as plain data (see `TopicModelSnapshot`); `fromSnapshot` gives back an equal model. */
  snapshot(): TopicModelSnapshot {
    let entries = 0;
    for (const row of this.counts.values()) entries += row.size;
    const terms: string[] = [];
    const pairs = new Uint32Array(this.counts.size);
    const topicOf = new Uint32Array(entries);
    const countOf = new Float64Array(entries);
    let at = 0;
    for (const [term, row] of this.counts) {
      pairs[terms.length] = row.size;
      terms.push(term);
      for (const [topic, count] of row) {
        topicOf[at] = topic;
        countOf[at++] = count;
      }
    }
    return {
      topics: [...this.topics],
      docs: [...this.docs],
      termTotals: [...this.termTotals],
      totalDocs: this.totalDocs,
      terms: terms.join(TERM_SEPARATOR),
      pairs,
      topicOf,
      countOf,
    };
  }

  /** A model equal to the one `snapshot()` was taken of (same predictions, in the same order). */
  static fromSnapshot(snapshot: TopicModelSnapshot): TopicModel {
    const model = new TopicModel();
    model.updateFrom(snapshot);
    return model;
  }

  /**
   * Brings this copy up to a later snapshot of the same model, in place: a model only ever adds topics,
   * terms and counts, each after the ones it had, so the maps keep their order and only what is new is
   * allocated (a parse worker gets about a dozen snapshots in a long import). False, and unchanged, when
   * the snapshot is not of a later state of this model: then build a new one with `fromSnapshot`.
   */
  updateFrom(snapshot: TopicModelSnapshot): boolean {
    if (
      snapshot.topics.length < this.topics.length ||
      snapshot.pairs.length < this.counts.size ||
      this.topics.some((topic, index) => snapshot.topics[index] !== topic)
    )
      return false;
    for (let index = this.topics.length; index < snapshot.topics.length; index++) {
      this.topics.push(snapshot.topics[index]!);
      this.topicIndex.set(snapshot.topics[index]!, index);
    }
    this.weights.clear();
    this.docs = [...snapshot.docs];
    this.termTotals = [...snapshot.termTotals];
    this.totalDocs = snapshot.totalDocs;
    let at = 0;
    const terms = snapshot.terms === '' ? [] : snapshot.terms.split(TERM_SEPARATOR);
    terms.forEach((term, k) => {
      let row = this.counts.get(term);
      if (!row) this.counts.set(term, (row = new Map<number, number>()));
      for (let end = at + snapshot.pairs[k]!; at < end; at++)
        row.set(snapshot.topicOf[at]!, snapshot.countOf[at]!);
    });
    return true;
  }

  private readonly topicIndex = new Map<string, number>();
  private readonly topics: string[] = [];
  /** Per topic: weighted articles seen, and the total weighted term count. */
  private docs: number[] = [];
  private termTotals: number[] = [];
  /** term → (topic index → weighted count). */
  private readonly counts = new Map<string, Map<number, number>>();
  private totalDocs = 0;
  /**
   * Per term, what predict adds to the scores of the topics it met (see `weightsOf`); cleared whenever
   * the counts change. A parse worker's copy changes only with a new snapshot, so its predictions
   * compute each term's logarithms once.
   */
  private readonly weights = new Map<string, TermWeights>();

  /** Number of labelled articles (weighted) the model has seen. */
  get size(): number {
    return this.totalDocs;
  }

  /** Adds one labelled article; `weight` above 1 for a student's correction. */
  learn(example: LabelledTerms, weight = 1): void {
    if (example.topics.length === 0) return;
    this.weights.clear();
    const terms = distinct(example.terms);
    for (const topic of new Set(example.topics)) {
      let index = this.topicIndex.get(topic);
      if (index === undefined) {
        index = this.topics.length;
        this.topics.push(topic);
        this.topicIndex.set(topic, index);
        this.docs.push(0);
        this.termTotals.push(0);
      }
      this.docs[index]! += weight;
      this.termTotals[index]! += terms.size * weight;
      for (const term of terms) {
        let row = this.counts.get(term);
        if (!row) this.counts.set(term, (row = new Map()));
        row.set(index, (row.get(index) ?? 0) + weight);
      }
    }
    this.totalDocs += weight;
  }

  /** The most probable topics for an article, best first (empty before any training). */
  predict(terms: ArticleTerms, limit = 5): LearnedPrediction[] {
    const n = this.topics.length;
    if (n < 2) return [];
    const vocabulary = this.counts.size;
    const known: string[] = [];
    const weights: TermWeights[] = [];
    for (const term of distinct(terms)) {
      const w = this.weightsOf(term);
      if (!w) continue;
      known.push(term);
      weights.push(w);
    }
    let total = 0;
    for (const t of this.termTotals) total += t;
    // Complement naive Bayes (Rennie et al., 2003): a topic scores by how unlike the *other* topics'
    // articles this one is. Plain naive Bayes lets a catch-all label that a source puts on half its
    // articles (Drishti's `Government Policies & Interventions`) win every close call.
    const scores = new Float64Array(n);
    for (let c = 0; c < n; c++)
      scores[c] = known.length * Math.log(total - this.termTotals[c]! + ALPHA * vocabulary);
    for (const w of weights) for (let k = 0; k < w.topics.length; k++) scores[w.topics[k]!]! += w.deltas[k]!;
    // Scores grow with the article's length: temper them before turning them into probabilities.
    const temperature = Math.max(1, Math.sqrt(known.length) / 2);
    let best = -Infinity;
    for (const s of scores) best = Math.max(best, s);
    let sum = 0;
    const odds = Array.from(scores, (s) => {
      const w = Math.exp((s - best) / temperature);
      sum += w;
      return w;
    });
    const order = [...odds.keys()].sort((a, b) => odds[b]! - odds[a]!).slice(0, limit);
    return order.map((c) => ({
      topic: this.topics[c]!,
      probability: odds[c]! / sum,
      terms: this.evidence(known, weights, c),
    }));
  }

  /**
   * A term's part of every prediction, or undefined for a term the model never saw. Each term takes
   * log(all − count(c) + α) off topic c's score. For the topics the term never met that is
   * log(all + α), the same for all of them: it is left out (a shift of every score changes no
   * probability), and a topic the term met gets back the difference. So a term costs its row's
   * topics, not every topic.
   */
  private weightsOf(term: string): TermWeights | undefined {
    const cached = this.weights.get(term);
    if (cached) return cached;
    const row = this.counts.get(term);
    if (!row) return undefined;
    let all = 0;
    for (const count of row.values()) all += count;
    const absent = Math.log(all + ALPHA);
    const topics = new Uint32Array(row.size);
    const deltas = new Float64Array(row.size);
    let k = 0;
    for (const [c, count] of row) {
      topics[k] = c;
      deltas[k++] = absent - Math.log(all - count + ALPHA);
    }
    const weights = { row, all, topics, deltas };
    this.weights.set(term, weights);
    return weights;
  }

  /** The article's terms that speak most for topic `c` against the others: the reason shown. */
  private evidence(known: readonly string[], weights: readonly TermWeights[], c: number): string[] {
    const share = this.docs[c]! / this.totalDocs;
    const lifted: Array<{ term: string; lift: number }> = [];
    for (let k = 0; k < known.length; k++) {
      const { row, all } = weights[k]!;
      const lift = (row.get(c) ?? 0) / (all * share + 1);
      if (lift > 1) lifted.push({ term: known[k]!, lift });
    }
    return lifted
      .sort((a, b) => b.lift - a.lift)
      .slice(0, 4)
      .map((e) => e.term);
  }
}

/** Trains a model from labelled articles in one pass. */
export function trainTopicModel(examples: Iterable<LabelledTerms>): TopicModel {
  const model = new TopicModel();
  for (const example of examples) model.learn(example);
  return model;
}
