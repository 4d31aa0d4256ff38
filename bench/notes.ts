/**
 * Notes benchmark (not a timed test): a generated library of 50,000 articles with 100,000 notes,
 * then the time to commit one annotation (p50/p95 over a few hundred autosave-like writes: new block
 * notes, edits, span highlights) and the time for the notebook's first page.
 *
 *   npm run bench:notes [-- --articles N --annotations N --writes N --json]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { Library } from '../src/main/library/library';
import type { NotebookQuery } from '../src/shared/domain';
import { buildCorpusLibrary, Random } from './corpus';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '50000' },
    annotations: { type: 'string', default: '100000' },
    writes: { type: 'string', default: '300' },
    json: { type: 'boolean', default: false },
  },
});
const ARTICLES = Number(values.articles);
const ANNOTATIONS = Number(values.annotations);
const WRITES = Number(values.writes);

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

function time<T>(action: () => T): { ms: number; result: T } {
  const started = performance.now();
  const result = action();
  return { ms: performance.now() - started, result };
}

const dir = mkdtempSync(join(tmpdir(), 'bulletin-bench-notes-'));
try {
  const built = buildCorpusLibrary(dir, { seed: 5, articles: ARTICLES, annotations: ANNOTATIONS });
  const opened = time(() => Library.open(dir));
  const library = opened.result;

  // The notebook, opened cold: the first page of each view right after the library opens.
  const firstPage = (query: NotebookQuery) => {
    const cold = time(() => library.notes.queryNotebook({ limit: 100, ...query }));
    const warm = [1, 2, 3].map(() => time(() => library.notes.queryNotebook({ limit: 100, ...query })).ms);
    const count = time(() => library.notes.countNotebook(query));
    return {
      coldMs: round(cold.ms),
      warmMs: round(percentile(warm, 50)),
      countMs: round(count.ms),
      rows: count.result.rows,
    };
  };
  const notebook = {
    byArticle: firstPage({}),
    byTag: firstPage({ groupBy: 'tag' }),
    byDay: firstPage({ groupBy: 'day' }),
    colourAndTag: firstPage({ color: 'important', tag: 'GS-2' }),
    freeText: firstPage({ query: 'covers districts' }),
    orphaned: firstPage({ orphaned: true }),
    page50: { coldMs: round(time(() => library.notes.queryNotebook({ limit: 100, offset: 5000 })).ms) },
  };

  // Writes: what autosave and highlighting do, each one committed (synchronous=FULL) on its own.
  const rng = new Random(11);
  // A second, read-only connection picks the blocks to write on, outside the timed calls.
  const reader = new Database(built.file, { readonly: true });
  const maxBlock = reader.prepare('SELECT max(id) FROM blocks').pluck().get() as number;
  const blockText = reader.prepare('SELECT text FROM blocks WHERE id = ?').pluck();
  const writes: number[] = [];
  const kinds = { blockNote: 0, edit: 0, highlight: 0 };
  let lastNote: number | null = null;
  for (let i = 0; i < WRITES + 20; i++) {
    const blockId = rng.int(1, maxBlock);
    const r = rng.next();
    let ms: number;
    if (r < 0.4 || lastNote === null) {
      const saved = time(() => library.saveAnnotation(blockId, { note: `note ${i}`, color: 'revise' }));
      lastNote = saved.result.id;
      ms = saved.ms;
      kinds.blockNote++;
    } else if (r < 0.8) {
      const id = lastNote;
      ms = time(() => library.notes.updateNote(id, { note: `edited as the user types ${i}` })).ms;
      kinds.edit++;
    } else {
      const text = blockText.get(blockId) as string;
      const words = text.split(' ').slice(1, 4).join(' ') || text;
      ms = time(() => library.notes.saveHighlight({ blockId, quote: words, color: 'fact' })).ms;
      kinds.highlight++;
    }
    if (i >= 20) writes.push(ms); // the first writes warm the statement cache
  }
  const heat = time(() => library.notes.heatMap({ from: '2024-01-01', to: '2025-12-31' }));
  reader.close();
  library.close();

  const result = {
    articles: ARTICLES,
    annotations: built.notes,
    generateMs: Math.round(built.ms),
    openMs: round(opened.ms),
    write: {
      count: writes.length,
      p50Ms: round(percentile(writes, 50)),
      p95Ms: round(percentile(writes, 95)),
      kinds,
    },
    notebookFirstPageMs: notebook.byArticle.coldMs,
    notebook,
    heatMapTwoYearsMs: round(heat.ms),
    targets: { writeP95Ms: 20, firstPageMs: 200 },
  };
  if (values.json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } else {
    const rows: Array<[string, string]> = [
      [
        'library',
        `${ARTICLES.toLocaleString('en')} articles, ${built.notes.toLocaleString('en')} notes (generated in ${(built.ms / 1000).toFixed(1)} s)`,
      ],
      ['write one annotation p50', `${result.write.p50Ms} ms`],
      ['write one annotation p95', `${result.write.p95Ms} ms (target < 20 ms)`],
      ['notebook first page (by article, cold)', `${notebook.byArticle.coldMs} ms (target < 200 ms)`],
      ['  by tag / by day', `${notebook.byTag.coldMs} / ${notebook.byDay.coldMs} ms`],
      [
        '  colour + tag / free text / orphaned',
        `${notebook.colourAndTag.coldMs} / ${notebook.freeText.coldMs} / ${notebook.orphaned.coldMs} ms`,
      ],
      ['  page 51 (offset 5,000)', `${notebook.page50.coldMs} ms`],
      ['  count, by article / by tag', `${notebook.byArticle.countMs} / ${notebook.byTag.countMs} ms`],
      ['heat map, two years', `${result.heatMapTwoYearsMs} ms`],
    ];
    for (const [name, value] of rows) console.log(`${name.padEnd(42)} ${value}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
