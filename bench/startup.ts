/**
 * "A window at once" (issue #17): from process start to the library open and to the first page of the
 * article list answered (what the window shows first), at 50,000 articles and 100,000 notes, on the
 * first start of the day (the daily backup is due) and on a later start (it is not), each start a fresh
 * Node process running the main process's code bundled as the app's is (bench/startup-child.ts, with
 * the worker entries beside it).
 *
 * Both ways are timed in the same run: `await-backup`, the start before issue #17 (the backup made
 * before the window), as the baseline; `window-first`, the app's start now.
 *
 *   npm run bench:startup [-- --articles N --runs N --json]
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Library } from '../src/main/library';
import { buildWorkers } from './built-workers';
import { cachedCorpus } from './corpus';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '50000' },
    runs: { type: 'string', default: '5' },
    seed: { type: 'string', default: '42' },
    json: { type: 'boolean', default: false },
  },
});
const ARTICLES = Number(values.articles);
const RUNS = Number(values.runs);
const GOAL_MS = 1000;
const root = resolve(__dirname, '..');
const log = (line: string) => process.stderr.write(`${line}\n`);

interface Milestones {
  loaded: number;
  open: number;
  firstPage: number;
  backupDone: number;
  rows: number;
  backedUp: boolean;
}
type Mode = 'await-backup' | 'window-first';
type Day = 'first start of the day' | 'later start';

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function main(): Promise<void> {
  const startLoad = loadavg();
  const corpus = cachedCorpus(
    { seed: Number(values.seed), articles: ARTICLES, annotations: ARTICLES * 2 },
    undefined,
    log,
  );
  // The main process's code and its worker entries, bundled side by side as electron-vite builds them.
  const outdir = await buildWorkers('bench-startup', { 'startup-child': 'bench/startup-child.ts' });

  // A library as the app holds it: migrated, its search index built.
  const pristine = mkdtempSync(join(corpus.dir, 'startup-bench-'));
  try {
    copyFileSync(corpus.file, join(pristine, 'library.sqlite'));
    log('building the search index once …');
    const library = Library.open(pristine, { searchIndexing: 'background', backups: { daily: false } });
    await library.searchIdle();
    while (library.search.status().state !== 'ready') {
      await new Promise((r) => setTimeout(r, 200));
      await library.searchIdle();
    }
    library.close();

    const results: Record<string, Milestones[]> = {};
    const run = (mode: Mode, day: Day, dir: string): Milestones => {
      const child = spawnSync(process.execPath, [join(outdir, 'startup-child.js'), dir, mode], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      if (child.status !== 0) throw new Error(`${mode} (${day}) failed (exit ${child.status})`);
      const figures = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Milestones;
      if (figures.backedUp !== (day === 'first start of the day'))
        throw new Error(`${mode} (${day}): the daily backup was ${figures.backedUp ? '' : 'not '}made`);
      return figures;
    };
    // Alternating the two ways, run by run, so that a busy spell of the machine hits both alike.
    for (let i = 0; i < RUNS; i++) {
      for (const mode of ['await-backup', 'window-first'] as const) {
        const dir = join(pristine, `run-${mode}`);
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir);
        for (const file of readdirSync(pristine).filter(
          (f) => f.endsWith('.sqlite') || f.includes('.sqlite-'),
        ))
          copyFileSync(join(pristine, file), join(dir, file));
        // No backup yet: the daily one is due. Then a second start the same day: it is not.
        for (const day of ['first start of the day', 'later start'] as const) {
          const figures = run(mode, day, dir);
          (results[`${mode}|${day}`] ??= []).push(figures);
          log(`${mode}, ${day}: first page at ${figures.firstPage.toFixed(0)} ms`);
        }
        rmSync(dir, { recursive: true, force: true });
      }
    }

    const rows = Object.entries(results).map(([key, runs]) => {
      const [mode, day] = key.split('|') as [Mode, Day];
      const stat = (pick: (m: Milestones) => number) => ({
        median: Math.round(percentile(runs.map(pick), 50)),
        p95: Math.round(percentile(runs.map(pick), 95)),
      });
      return {
        mode,
        day,
        loaded: stat((m) => m.loaded),
        open: stat((m) => m.open),
        firstPage: stat((m) => m.firstPage),
        backupDone: stat((m) => m.backupDone),
      };
    });
    if (values.json) {
      process.stdout.write(
        `${JSON.stringify({ articles: ARTICLES, runs: RUNS, rows, loadAverage: loadavg() })}\n`,
      );
      return;
    }
    const ms = (s: { median: number; p95: number }) => `${s.median} / ${s.p95}`;
    const load = (l: number[]) => l.map((v) => v.toFixed(1)).join(' ');
    process.stdout.write(
      [
        `Start-up at ${ARTICLES.toLocaleString('en')} articles and ${(ARTICLES * 2).toLocaleString('en')} notes, ${RUNS} runs each, median / p95 in ms since the process started; ${cpus().length} cores, load average ${load(startLoad)} at the start, ${load(loadavg())} at the end`,
        '',
        '| start | the daily backup | code loaded | library open | first page of articles | backup done |',
        '| --- | --- | --- | --- | --- | --- |',
        ...rows.map(
          (r) =>
            `| ${r.mode === 'await-backup' ? 'before (backup, then window)' : 'now (window, then backup)'} | ${r.day === 'first start of the day' ? 'due' : 'made already'} | ${ms(r.loaded)} | ${ms(r.open)} | **${ms(r.firstPage)}** | ${ms(r.backupDone)} |`,
        ),
        '',
        `Goal: the first page within ${GOAL_MS} ms of the process start, on the first start of the day too.`,
        '',
      ].join('\n'),
    );
  } finally {
    rmSync(pristine, { recursive: true, force: true });
  }
}

void main();
