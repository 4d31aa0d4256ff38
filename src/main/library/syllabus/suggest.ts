/**
 * Syllabus topics for an article: up to three, each with a confidence, an origin and a reason.
 * Evidence in order of trust: the student's own choice, the source's tags (Drishti's `GS-2` and
 * `Government Policies & Interventions`), then the topic keywords found in the text and what the
 * learned model says. Pure functions over plain inputs: no database here.
 */
import { compileKeywords, matchKeywords, type KeywordMatcher } from './keywords';
import type { TopicModel } from './learned';
import type { ArticleText, Syllabus, SyllabusTopic, TopicSuggestion } from './model';
import { articleTerms, surfaceOf, type ArticleTerms } from './text';
import { isAncestor, paperOf, topicsById } from './tree';

/** A syllabus prepared for suggestions: keywords analysed, source tags indexed. */
export interface CompiledSyllabus {
  syllabus: Syllabus;
  byId: Map<string, SyllabusTopic>;
  matcher: KeywordMatcher;
  /** Lower-case source tag → the topics that carry it. */
  tags: Map<string, string[]>;
  /** Topics with no children: the level suggestions aim at. */
  leaves: Set<string>;
}

/** Analyses a syllabus once for many suggestions. */
export function compileSyllabus(syllabus: Syllabus): CompiledSyllabus {
  const tags = new Map<string, string[]>();
  const parents = new Set<string>();
  for (const topic of syllabus.topics) {
    if (topic.parent) parents.add(topic.parent);
    for (const tag of topic.sourceTags) tags.set(tag, [...(tags.get(tag) ?? []), topic.id]);
  }
  return {
    syllabus,
    byId: topicsById(syllabus),
    matcher: compileKeywords(syllabus),
    tags,
    leaves: new Set(syllabus.topics.filter((t) => !parents.has(t.id)).map((t) => t.id)),
  };
}

/** What a suggestion may use besides the article. */
export interface SuggestContext {
  syllabus: CompiledSyllabus;
  /** The model learned from labelled articles; without it the suggestions use tags and keywords only. */
  model?: TopicModel;
  /** Topics the student chose for this article: always first, never replaced. */
  userTopics?: readonly string[];
  /** Topics the student removed from this article: never suggested again. */
  removedTopics?: readonly string[];
  /** At most this many topics (3). */
  limit?: number;
}

/** `GS-2`, `GS Paper - 2`, `GS 2`, `General Studies Paper II` → `gs2`. */
const PAPER_TAG = /^(?:gs|general\s+studies)\s*(?:paper)?\s*[-–:]?\s*(?:paper\s*)?([1-4]|iv|i{1,3})$/i;
const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4' };

/** The papers and mapped topics a source's tags name, with the tag that named each. */
export function readSourceTags(
  compiled: CompiledSyllabus,
  tags: readonly string[],
): { papers: Map<string, string>; topics: Array<{ topic: string; tag: string; certain: boolean }> } {
  const papers = new Map<string, string>();
  const named: Array<{ tag: string; candidates: string[] }> = [];
  for (const tag of tags) {
    // One tag may hold a path: `GS Paper - 2 / Government Policies & Interventions`, `Syllabus : GS 2 : Governance`.
    for (const raw of tag.split(/\s*[/›>:|]\s*/)) {
      const part = raw.trim().toLowerCase().replace(/\s+/g, ' ');
      if (part === '' || part === 'syllabus') continue;
      const paper = PAPER_TAG.exec(part);
      if (paper) {
        const n = ROMAN[paper[1]!.toLowerCase()] ?? paper[1]!;
        if (compiled.byId.has(`gs${n}`) && !papers.has(`gs${n}`)) papers.set(`gs${n}`, tag);
        continue;
      }
      if (part === 'essay' && compiled.byId.has('essay')) papers.set('essay', tag);
      const candidates = compiled.tags.get(part);
      if (candidates) named.push({ tag, candidates });
    }
  }
  const topics: Array<{ topic: string; tag: string; certain: boolean }> = [];
  for (const { tag, candidates } of named) {
    // A tag used under several papers (`Issues Related to Women`) takes the paper the source named.
    const inPaper = candidates.filter((c) => papers.has(paperOf(c)));
    const chosen = inPaper.length > 0 ? inPaper : candidates;
    for (const topic of chosen) topics.push({ topic, tag, certain: chosen.length === 1 });
  }
  return { papers, topics };
}

/** How much the learned model adds to the keyword score, once it has seen enough articles. */
const LEARNED_WEIGHT = 1.2;
/** Articles the model must have seen before it is trusted fully. */
const LEARNED_MATURITY = 30;
/**
 * Suggestions aim at the Mains papers, where current affairs are studied: the Prelims and Essay
 * branches share their words with them and count for less, so they are suggested only when nothing
 * in Mains matches.
 */
const BRANCH_WEIGHT: Record<string, number> = { prelims: 0.4, essay: 0.25 };
/** Evidence for topics under the paper a source named counts this much more. */
const NAMED_PAPER_BOOST = 1.5;
/** A section's keywords add this share of their score to the topics under it. */
const INHERITED = 0.3;

/** Keyword evidence as 0..1: a few distinct phrases already make a topic likely. */
const keywordConfidence = (score: number) => 1 - Math.exp(-score / 4);

interface Candidate {
  topic: string;
  keywords: number;
  words: string[];
  learned: number;
  learnedTerms: string[];
}

/** Up to three syllabus topics for an article, strongest evidence first. */
export function suggestTopics(
  article: ArticleText,
  context: SuggestContext,
  terms: ArticleTerms = articleTerms(article),
): TopicSuggestion[] {
  const { syllabus: compiled, model } = context;
  const limit = context.limit ?? 3;
  const removed = new Set(context.removedTopics ?? []);
  const out: TopicSuggestion[] = [];
  const taken = (topic: string) =>
    removed.has(topic) ||
    out.some((s) => s.topic === topic || isAncestor(topic, s.topic) || isAncestor(s.topic, topic));
  const add = (s: Omit<TopicSuggestion, 'name'>) => {
    if (out.length >= limit || taken(s.topic)) return;
    out.push({ ...s, name: compiled.byId.get(s.topic)?.name ?? s.topic });
  };

  for (const topic of context.userTopics ?? []) {
    if (compiled.byId.has(topic)) add({ topic, confidence: 1, origin: 'user', reason: 'chosen by you' });
  }

  const source = readSourceTags(compiled, article.tags);
  for (const { topic, tag, certain } of source.topics) {
    add({ topic, confidence: certain ? 0.95 : 0.7, origin: 'source', reason: `source tag “${tag}”` });
  }
  if (out.length >= limit) return out;

  const candidates = scoreCandidates(compiled, terms, model);
  // A paper named by the source but no topic: prefer that paper's topics.
  const papers = source.papers;
  for (const c of candidates) {
    if (!papers.has(paperOf(c.topic))) continue;
    c.keywords *= NAMED_PAPER_BOOST;
    c.learned *= NAMED_PAPER_BOOST;
  }
  const maturity = model ? Math.min(1, model.size / LEARNED_MATURITY) : 0;
  const ranked = candidates
    .map((c) => ({ ...c, total: keywordConfidence(c.keywords) + LEARNED_WEIGHT * maturity * c.learned }))
    .filter((c) => c.total > 0.05)
    .sort((a, b) => b.total - a.total);
  // The source named a paper and nothing under it matched: the paper itself, before any guess.
  for (const [paper, tag] of papers) {
    if (!ranked.some((c) => paperOf(c.topic) === paper)) {
      add({ topic: paper, confidence: 0.9, origin: 'source', reason: `source tag “${tag}”` });
    }
  }
  for (const c of ranked) {
    const learnedShare = LEARNED_WEIGHT * maturity * c.learned;
    const fromModel = learnedShare > keywordConfidence(c.keywords);
    const paperTag = papers.get(paperOf(c.topic));
    const words = fromModel ? c.learnedTerms.map((t) => surfaceOf(terms, t)) : c.words;
    const because = fromModel
      ? `learned from ${Math.round(model!.size)} labelled articles${words.length ? `: ${words.join(', ')}` : ''}`
      : `words: ${c.words.slice(0, 5).join(', ')}`;
    add({
      topic: c.topic,
      confidence: Math.round(Math.min(0.9, c.total / (1 + LEARNED_WEIGHT)) * 100) / 100,
      origin: fromModel ? 'learned' : 'keywords',
      reason: paperTag ? `source tag “${paperTag}”; ${because}` : because,
    });
  }
  // A named paper whose topics all fell below the three best still shows as the paper.
  for (const [paper, tag] of papers) {
    add({ topic: paper, confidence: 0.9, origin: 'source', reason: `source tag “${tag}”` });
  }
  return out;
}

/** Keyword and model evidence per topic, at the deepest level that has any. */
function scoreCandidates(compiled: CompiledSyllabus, terms: ArticleTerms, model?: TopicModel): Candidate[] {
  const byTopic = new Map<string, Candidate>();
  const get = (topic: string) => {
    let c = byTopic.get(topic);
    if (!c) byTopic.set(topic, (c = { topic, keywords: 0, words: [], learned: 0, learnedTerms: [] }));
    return c;
  };
  const hits = matchKeywords(compiled.matcher, terms);
  const own = new Map(hits.map((h) => [h.topic, h]));
  for (const hit of hits) {
    const c = get(hit.topic);
    c.keywords += hit.score * (BRANCH_WEIGHT[paperOf(hit.topic)] ?? 1);
    c.words.push(...hit.words);
  }
  // A section's words (`environment`) support the topics under it that have words of their own.
  for (const c of byTopic.values()) {
    for (
      let parent = compiled.byId.get(c.topic)?.parent;
      parent;
      parent = compiled.byId.get(parent)?.parent
    ) {
      const inherited = own.get(parent);
      if (inherited) c.keywords += INHERITED * inherited.score;
    }
  }
  for (const p of model?.predict(terms, 6) ?? []) {
    if (!compiled.byId.has(p.topic)) continue;
    const c = get(p.topic);
    c.learned = p.probability;
    c.learnedTerms = p.terms;
  }
  const all = [...byTopic.values()];
  // Sections (`gs3.environment`) only when no topic under any section matched, or when labelled
  // articles taught the model the section itself.
  const deepest = all.filter((c) => compiled.leaves.has(c.topic) || c.learned > 0);
  return deepest.length > 0 ? deepest : all;
}
