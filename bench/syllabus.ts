/**
 * How well syllabus topics are suggested, and how fast. Run: `npm run bench:syllabus [-- DIR]`.
 *
 * Labelled articles: the Drishti files in ../shared/realdata (their GS paper and topic tags, read through
 * the importer; the text is not in this repository) and this project's fixtures. Each article's tags
 * are hidden and its topics predicted from the text alone, by keywords and by keywords plus the model
 * learned from the other labelled articles (10-fold cross-validation: an article never teaches its own
 * prediction). A paper is right when the first suggestion is under one of the article's GS papers; a
 * topic is right when one of the three suggestions is one of the article's mapped topics (or a topic
 * under it). Timing: the model trained on 50,000 synthetic articles, then one suggestion per article.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFile } from '../src/main/library/import';
import { LABELLED_FIXTURES } from '../src/main/library/syllabus/fixtures';
import { TopicModel } from '../src/main/library/syllabus/learned';
import type { ArticleText } from '../src/main/library/syllabus/model';
import { compileSyllabus, readSourceTags, suggestTopics } from '../src/main/library/syllabus/suggest';
import { articleTerms, type ArticleTerms } from '../src/main/library/syllabus/text';
import { isAncestor, paperOf } from '../src/main/library/syllabus/tree';
import { UPSC_SYLLABUS } from '../src/main/library/syllabus/upsc';
import { generateArticles } from './corpus';
import { realdataRoot } from './realdata-root';

const root = realdataRoot(process.argv[2]);
const DRISHTI_FILES = [
  'drishti-ias_project-ias/latest_content.json',
  'drishti-ias_project-ias/today_dhristi.json',
];
const compiled = compileSyllabus(UPSC_SYLLABUS);

interface Labelled {
  set: string;
  article: ArticleText;
  terms: ArticleTerms;
  papers: Set<string>;
  topics: string[];
}

function label(set: string, article: ArticleText, extraTopic?: string): Labelled {
  const source = readSourceTags(compiled, article.tags);
  const topics = [...new Set([...source.topics.map((t) => t.topic), ...(extraTopic ? [extraTopic] : [])])];
  const papers = new Set([...source.papers.keys()].filter((p) => p.startsWith('gs')));
  if (papers.size === 0) for (const t of topics) papers.add(paperOf(t));
  return { set, article, terms: articleTerms(article), papers, topics };
}

const labelled: Labelled[] = [];
let missing = 0;
for (const file of DRISHTI_FILES) {
  const path = join(root, file);
  if (!existsSync(path)) {
    missing += 1;
    continue;
  }
  for (const a of parseFile(file.split('/').pop()!, readFileSync(path)).articles) {
    const item = label('drishti (realdata)', {
      title: a.title,
      tags: a.tags,
      blocks: a.blocks.map((b) => b.text),
    });
    if (item.papers.size > 0) labelled.push(item);
  }
}
if (missing > 0) console.warn(`Real data not found under ${root}: the Drishti rows are missing.`);
for (const f of LABELLED_FIXTURES) labelled.push(label('fixtures', f.article, f.topic));

const hide = (a: ArticleText): ArticleText => ({ ...a, tags: [] });
const FOLDS = 10;

interface Score {
  articles: number;
  paperRight: number;
  withTopics: number;
  topicRight: number;
}

type Method = 'keywords' | 'learned' | 'both';

function evaluate(method: Method, sets: (l: Labelled) => string): Map<string, Score> {
  const useModel = method !== 'keywords';
  const scores = new Map<string, Score>();
  const models: TopicModel[] = [];
  if (useModel) {
    for (let fold = 0; fold < FOLDS; fold++) {
      const model = new TopicModel();
      labelled.forEach((l, i) => {
        if (i % FOLDS !== fold) model.learn({ terms: l.terms, topics: l.topics });
      });
      models.push(model);
    }
  }
  labelled.forEach((l, i) => {
    const suggestions =
      method === 'learned'
        ? models[i % FOLDS]!.predict(l.terms, 3).map((p) => ({
            topic: p.topic,
            confidence: p.probability,
            origin: 'learned',
            reason: '',
          }))
        : suggestTopics(
            hide(l.article),
            { syllabus: compiled, model: useModel ? models[i % FOLDS] : undefined },
            l.terms,
          );
    for (const key of [sets(l), 'all']) {
      const s = scores.get(key) ?? { articles: 0, paperRight: 0, withTopics: 0, topicRight: 0 };
      s.articles += 1;
      if (suggestions[0] && l.papers.has(paperOf(suggestions[0].topic))) s.paperRight += 1;
      else if (key === 'all' && process.env.SYLLABUS_BENCH_DEBUG)
        console.log(
          useModel,
          [...l.papers].join(),
          '|',
          l.article.title,
          '|',
          l.topics.join(),
          '→',
          suggestions.map((g) => `${g.topic} ${g.confidence} ${g.origin} (${g.reason})`).join(' ; '),
        );
      if (l.topics.length > 0) {
        s.withTopics += 1;
        const right = suggestions.some((g) => l.topics.some((t) => t === g.topic || isAncestor(t, g.topic)));
        if (right) s.topicRight += 1;
      }
      scores.set(key, s);
    }
  });
  return scores;
}

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);
const rows: Array<Record<string, string | number>> = [];
for (const [method, how] of [
  ['keywords only', 'keywords'],
  ['learned model only', 'learned'],
  ['keywords + learned', 'both'],
] as const) {
  for (const [set, s] of evaluate(how, (l) => l.set)) {
    rows.push({
      method,
      set,
      articles: s.articles,
      'paper top-1': pct(s.paperRight, s.articles),
      'topic top-3': `${pct(s.topicRight, s.withTopics)} of ${s.withTopics}`,
    });
  }
}
console.log('Accuracy with the labels hidden (goal: paper ≥ 90%, topic ≥ 75%)');
console.table(rows);

// Timing at 50,000 articles: train on the synthetic library's tags, then suggest for a sample.
const ARTICLES = Number(process.env.SYLLABUS_BENCH_ARTICLES ?? 50_000);
const corpus = [...generateArticles({ seed: 16, articles: ARTICLES, annotations: 0 })];
let started = performance.now();
const model = new TopicModel();
for (const c of corpus) {
  const article = { title: c.title, tags: c.tags, blocks: c.blocks.map((b) => b.text) };
  const topics = readSourceTags(compiled, article.tags).topics.map((t) => t.topic);
  model.learn({ terms: articleTerms(article), topics });
}
const trainMs = performance.now() - started;
const SAMPLE = 2_000;
started = performance.now();
for (let i = 0; i < SAMPLE; i++) {
  const c = corpus[(i * 24_989) % ARTICLES]!;
  suggestTopics(
    { title: c.title, tags: [], blocks: c.blocks.map((b) => b.text) },
    { syllabus: compiled, model },
  );
}
const perArticle = (performance.now() - started) / SAMPLE;
started = performance.now();
for (const l of labelled) suggestTopics(hide(l.article), { syllabus: compiled, model });
const perReal = (performance.now() - started) / labelled.length;
console.log(`Time at ${ARTICLES.toLocaleString('en')} articles (goal: under 5 ms per article)`);
console.table([
  { step: `train the model on ${ARTICLES.toLocaleString('en')} tagged articles`, ms: trainMs.toFixed(0) },
  { step: `suggest, per synthetic article (mean of ${SAMPLE})`, ms: perArticle.toFixed(2) },
  { step: `suggest, per labelled real article (mean of ${labelled.length})`, ms: perReal.toFixed(2) },
]);
