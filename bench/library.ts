/**
 * Library list benchmark (not a timed test): a generated library of 50,000 articles, then the time
 * for the list's first page (no filter, a month, a tag, the undated ones), a deep page, the counts,
 * select-all's ids, and the whole list as `listArticles` (the CLI's `list`) returns it; with the
 * size of what each sends over IPC (as JSON, about what the structured clone carries).
 *
 *   npm run bench:library [-- --articles N --runs N --json]
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { Library } from '../src/main/library/library';
import type { ArticleFilter, ArticleListCursor } from '../src/shared/domain';
import { cachedCorpus } from './corpus';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '50000' },
    runs: { type: 'string', default: '15' },
    seed: { type: 'string', default: '42' },
    json: { type: 'boolean', default: false },
  },
});
const ARTICLES = Number(values.articles);
const RUNS = Number(values.runs);
const log = (line: string) => process.stderr.write(`${line}\n`);

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/** Median and p95 of `runs` calls (after one warm-up), and the JSON size of the last answer. */
function measure(action: () => unknown, runs = RUNS): { medianMs: number; p95Ms: number; kb: number } {
  let answer = action();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    answer = action();
    samples.push(performance.now() - started);
  }
  return {
    medianMs: round(percentile(samples, 50)),
    p95Ms: round(percentile(samples, 95)),
    kb: Math.round(Buffer.byteLength(JSON.stringify(answer)) / 102.4) / 10,
  };
}

const corpus = cachedCorpus(
  { seed: Number(values.seed), articles: ARTICLES, annotations: ARTICLES * 2 },
  undefined,
  log,
);
const dir = join(corpus.dir, 'library-bench');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir);
copyFileSync(corpus.file, join(dir, 'library.sqlite'));
// Most of a real library has been read: all but the last 2,000 articles to come in.
const setup = new Database(join(dir, 'library.sqlite'));
setup.exec(`UPDATE articles SET read_at = '2024-01-01T00:00:00Z'
             WHERE id <= (SELECT max(id) - 2000 FROM articles)`);
const month = (setup.prepare('SELECT max(date) FROM articles').pluck().get() as string).slice(0, 7);
const tag = setup
  .prepare(
    `SELECT t.name FROM tags t JOIN article_tags at ON at.tag_id = t.id
      GROUP BY t.id ORDER BY count(*) DESC LIMIT 1`,
  )
  .pluck()
  .get() as string;
const rareTag = setup
  .prepare(
    `SELECT t.name FROM tags t JOIN article_tags at ON at.tag_id = t.id
      GROUP BY t.id HAVING count(*) >= 300 ORDER BY count(*) LIMIT 1`,
  )
  .pluck()
  .get() as string;
setup.close();

const library = Library.open(dir);
try {
  const filters: Record<string, ArticleFilter> = {
    all: {},
    month: { from: `${month}-01`, to: `${month}-31` },
    tag: { tag },
    rareTag: { tag: rareTag },
    undated: { undated: true },
  };
  const firstPage = Object.fromEntries(
    Object.entries(filters).map(([name, filter]) => [
      name,
      { ...measure(() => library.listArticlePage(filter, { limit: 300 })), filter },
    ]),
  );
  // Page 100 of 300 rows (articles 29,701–30,000), reached by the cursor of the one before.
  let cursor: ArticleListCursor | null = null;
  for (let i = 0; i < 99; i++) cursor = library.listArticlePage({}, { limit: 300, cursor }).nextCursor;
  const deepPage = measure(() => library.listArticlePage({}, { limit: 300, cursor }));
  const selectAllIds = measure(() => library.listArticleIds({}));
  const fullList = measure(() => library.listArticles({}), 5);
  const fullListTag = measure(() => library.listArticles({ tag }), 5);
  const figures = {
    articles: ARTICLES,
    runs: RUNS,
    firstPage,
    deepPage,
    selectAllIds,
    fullList,
    fullListTag: { ...fullListTag, tag },
  };
  if (values.json) {
    process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
  } else {
    const line = (name: string, f: { medianMs: number; p95Ms: number; kb: number }) =>
      `${name.padEnd(34)} median ${String(f.medianMs).padStart(8)} ms   p95 ${String(f.p95Ms).padStart(8)} ms   ${String(f.kb).padStart(8)} KB`;
    const out = [
      `Library list at ${ARTICLES.toLocaleString('en')} articles (${RUNS} runs each; KB = the answer as JSON)`,
      ...Object.entries(firstPage).map(([name, f]) => line(`first page (300), ${name}`, f)),
      line('page 100 (300 rows, by cursor)', deepPage),
      line('select-all ids (listArticleIds)', selectAllIds),
      line('whole list (listArticles), all', fullList),
      line(`whole list (listArticles), ${tag}`, fullListTag),
    ];
    process.stdout.write(`${out.join('\n')}\n`);
  }
} finally {
  library.close();
  rmSync(dir, { recursive: true, force: true });
}
