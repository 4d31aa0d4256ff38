/**
 * Import benchmark: generates a corpus of files in the real shapes (bench/corpus-import.ts) and imports
 * it into a fresh library the way the app does (batches that yield to the event loop), one folder per
 * format. Prints articles per second for copied text and for saved HTML pages, peak memory and the
 * longest event-loop stall. Not a test: run `npm run bench:import -- --articles 10000 [--json]`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Library } from '../src/main/library';
import { preloadParsers } from '../src/main/library/import/lazy';
import type { ImportCorpus } from './corpus-import';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string, fallback: number) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const articles = option('articles', 10_000);
if (!Number.isInteger(articles) || articles < 10) {
  console.error('--articles must be a whole number of at least 10');
  process.exit(2);
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'bulletin-bench-import-'));
  try {
    const generated = performance.now();
    const child = spawnSync(
      process.execPath,
      [
        require.resolve('tsx/cli'),
        join(__dirname, 'corpus-import.ts'),
        join(work, 'corpus'),
        String(articles),
      ],
      { encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    if (child.status !== 0) throw new Error(`generating the corpus failed: ${child.stderr}`);
    const corpus = JSON.parse(child.stdout) as ImportCorpus;
    const generateMs = performance.now() - generated;
    const library = Library.open(join(work, 'library'));
    // The parsing libraries load once, on first use (or when the app preloads them while idle):
    // measured apart, so that the stall figure is the import's own.
    const warmup = performance.now();
    preloadParsers();
    const warmupMs = performance.now() - warmup;

    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25);
    const delay = monitorEventLoopDelay({ resolution: 5 });

    const phase = async (dir: string) => {
      delay.reset();
      delay.enable();
      const started = performance.now();
      const report = await library.importPaths([dir]);
      const seconds = (performance.now() - started) / 1000;
      delay.disable();
      const stored = report.imported.length + (report.updated?.length ?? 0) + report.duplicates.length;
      return { stored, failed: report.failed.length, seconds, maxStallMs: delay.max / 1e6 };
    };
    const text = await phase(corpus.textDir);
    const html = await phase(corpus.htmlDir);
    const other = await phase(corpus.otherDir);
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
    library.close();

    const result = {
      articles: text.stored + html.stored + other.stored,
      textPerSec: Math.round(text.stored / text.seconds),
      htmlPerSec: Math.round(html.stored / html.seconds),
      peakRssMB: Math.round(peakRss / 1024 / 1024),
      maxStallMs: Math.round(Math.max(text.maxStallMs, html.maxStallMs, other.maxStallMs)),
      parserLoadMs: Math.round(warmupMs),
    };
    if (flag('json')) {
      console.log(JSON.stringify(result));
      return;
    }
    const rows: Array<[string, string, string, string, string]> = [
      [
        'copied text (.txt)',
        String(text.stored),
        text.seconds.toFixed(1),
        String(result.textPerSec),
        String(Math.round(text.maxStallMs)),
      ],
      [
        'saved pages (.html)',
        String(html.stored),
        html.seconds.toFixed(1),
        String(result.htmlPerSec),
        String(Math.round(html.maxStallMs)),
      ],
      [
        'Markdown + JSON dumps',
        String(other.stored),
        other.seconds.toFixed(1),
        String(Math.round(other.stored / other.seconds)),
        String(Math.round(other.maxStallMs)),
      ],
    ];
    console.log(`Import benchmark: ${articles} articles generated in ${(generateMs / 1000).toFixed(1)} s`);
    console.log('| format | articles | seconds | articles/s | longest stall (ms) |');
    console.log('|---|---|---|---|---|');
    for (const r of rows) console.log(`| ${r.join(' | ')} |`);
    console.log(
      `\npeak RSS ${result.peakRssMB} MB; failures ${text.failed + html.failed + other.failed}; loading the parsers once took ${result.parserLoadMs} ms (before the import, not in the stall figures)`,
    );
  } finally {
    if (!flag('keep')) rmSync(work, { recursive: true, force: true });
  }
}

void main();
