/**
 * Import benchmark: generates a corpus of files in the real shapes (bench/corpus-import.ts) and imports
 * it into a fresh library the way the app does — `Library.importPaths` (parsing in a worker thread,
 * storing in batches that yield) with the search index catching up in the background — one folder per
 * format. Prints articles per second for copied text and for saved HTML pages, peak memory (the whole
 * process, worker included) and the main thread's event-loop stalls, during the import and while the
 * search index catches up after it. Not a test: run `npm run bench:import -- --articles 10000 [--json]`.
 *
 * The parse workers are the app's own (bundled as its build does, bench/built-workers.ts), not their
 * TypeScript loaded through tsx in each thread; `--workers source` measures that way.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Library } from '../src/main/library';
import { preloadParsers } from '../src/main/library/import/lazy';
import { buildWorkers, workersOption } from './built-workers';
import { generateArticles } from './corpus';
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

const workers = workersOption(argv.includes('--workers') ? argv[argv.indexOf('--workers') + 1] : undefined);

async function main(): Promise<void> {
  if (workers === 'built') process.env.BULLETIN_BUILT_WORKERS = await buildWorkers('bench-import');
  else delete process.env.BULLETIN_BUILT_WORKERS;
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
    // As the app opens it (src/main/index.ts): the search index catches up in slices on the main thread.
    const library = Library.open(join(work, 'library'), { searchIndexing: 'background' });
    // The app preloads the parsers when idle after start-up (for the in-thread paths: pasted text, dropped
    // files); the import itself parses in its worker, which loads them there. Measured apart.
    const warmup = performance.now();
    preloadParsers();
    const warmupMs = performance.now() - warmup;

    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25);
    const stalls = new StallMonitor();

    const phase = async (dir: string) => {
      stalls.start();
      const started = performance.now();
      const cpuBefore = schedStat().cpuNs;
      const processBefore = process.cpuUsage();
      const threads = new ThreadCpu();
      const report = await library.importPaths([dir]);
      const byThread = threads.stop();
      const seconds = (performance.now() - started) / 1000;
      const importing = stalls.stop();
      const processUsage = process.cpuUsage(processBefore);
      // Every thread's CPU time during the import (workers included): with two cores, at most two
      // seconds of it a second.
      const processCpuMs = (processUsage.user + processUsage.system) / 1000;
      // The search index catches up with the last batches after the import: stalls there count too.
      stalls.start();
      const indexed = performance.now();
      await library.searchIdle();
      const indexSeconds = (performance.now() - indexed) / 1000;
      const indexing = stalls.stop();
      // The main thread's own time on a CPU for the import and its index catch-up: what the import costs
      // the main thread whatever the load of the machine (wall-clock rates move with it).
      const mainCpuMs = (schedStat().cpuNs - cpuBefore) / 1e6;
      const stored = report.imported.length + (report.updated?.length ?? 0) + report.duplicates.length;
      return {
        stored,
        failed: report.failed.length,
        seconds,
        indexSeconds,
        importing,
        indexing,
        mainCpuMs,
        processCpuMs,
        byThread,
      };
    };
    const text = await phase(corpus.textDir);
    const html = await phase(corpus.htmlDir);
    const other = await phase(corpus.otherDir);
    // One data dump of many records is one file: stored a slice of records at a time, it must not stall.
    const dump = await phase(writeDump(join(work, 'dump'), DUMP_RECORDS));
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
    library.close();

    const phases = [text, html, other];
    const all = phases.flatMap((p) => [p.importing, p.indexing]);
    const gaps = all.flatMap((s) => s.gaps).sort((a, b) => a - b);
    const worst = all.map((s) => s.worst).reduce((a, b) => (b.gapMs > a.gapMs ? b : a));
    const result = {
      articles: text.stored + html.stored + other.stored,
      textPerSec: Math.round(text.stored / text.seconds),
      htmlPerSec: Math.round(html.stored / html.seconds),
      /** Articles per second counting the index's catch-up after the import too. */
      textPerSecIndexed: Math.round(text.stored / (text.seconds + text.indexSeconds)),
      htmlPerSecIndexed: Math.round(html.stored / (html.seconds + html.indexSeconds)),
      /** The main thread's CPU time per article (import and index catch-up; Linux), in milliseconds. */
      textMainCpuMs: Math.round((text.mainCpuMs / text.stored) * 100) / 100,
      htmlMainCpuMs: Math.round((html.mainCpuMs / html.stored) * 100) / 100,
      /** Every thread's CPU time per article during the import (parse workers included), in milliseconds. */
      textProcessCpuMs: Math.round((text.processCpuMs / text.stored) * 100) / 100,
      htmlProcessCpuMs: Math.round((html.processCpuMs / html.stored) * 100) / 100,
      /** That CPU time per article by thread (Linux): main, parse workers, V8's helpers (GC, compiler), other. */
      textCpuByThread: perArticle(text.byThread, text.stored),
      htmlCpuByThread: perArticle(html.byThread, html.stored),
      peakRssMB: Math.round(peakRss / 1024 / 1024),
      maxStallMs: Math.round(Math.max(...all.map((s) => s.maxMs))),
      /** The longest stall while importing, and while the search index caught up afterwards. */
      importStallMs: Math.round(Math.max(...phases.map((p) => p.importing.maxMs))),
      indexStallMs: Math.round(Math.max(...phases.map((p) => p.indexing.maxMs))),
      /** The longest stall (between two ticks of a 1 ms timer): the main thread on a CPU, and waiting for one (Linux). */
      maxStallCpuMs: Math.round(worst.cpuMs),
      maxStallWaitMs: Math.round(worst.waitMs),
      /** The longest time the main thread ran (on a CPU) without the event loop turning (Linux). */
      maxBusyMs: Math.round(Math.max(...all.map((s) => s.busyMs))),
      /** Gaps between the 1 ms timer's runs longer than 16 ms (one frame) and 50 ms, and their 99th percentile. */
      stallsOver16Ms: gaps.filter((g) => g > 16).length,
      stallsOver50Ms: gaps.filter((g) => g > 50).length,
      gapP99Ms: Math.round(quantile(gaps, 0.99) * 10) / 10,
      indexCatchUpSeconds: Math.round(phases.reduce((t, p) => t + p.indexSeconds, 0) * 10) / 10,
      parserLoadMs: Math.round(warmupMs),
      /** Where the worker threads were started from: the app's build (`built`) or source through tsx. */
      workers,
      /** The longest stall while importing one JSON Lines dump of DUMP_RECORDS records (not in the figures above). */
      dumpStallMs: Math.round(dump.importing.maxMs),
      dumpRecordsPerSec: Math.round(dump.stored / dump.seconds),
    };
    if (flag('json')) {
      console.log(JSON.stringify(result));
      return;
    }
    const row = (name: string, p: typeof text) =>
      [
        name,
        String(p.stored),
        p.seconds.toFixed(1),
        String(Math.round(p.stored / p.seconds)),
        String(Math.round(p.importing.maxMs)),
        String(Math.round(p.importing.busyMs)),
        quantile(p.importing.gaps, 0.99).toFixed(1),
        p.indexSeconds.toFixed(1),
        String(Math.round(p.indexing.maxMs)),
        (p.mainCpuMs / p.stored).toFixed(2),
        (p.processCpuMs / p.stored).toFixed(2),
      ].join(' | ');
    console.log(
      `Import benchmark: ${articles} articles generated in ${(generateMs / 1000).toFixed(1)} s; worker threads ${workers === 'built' ? 'built as the app’s' : 'from source (tsx)'}`,
    );
    console.log(
      "| format | articles | seconds | articles/s | longest stall (ms) | longest run on CPU (ms) | p99 gap (ms) | index catch-up (s) | its longest stall (ms) | main thread CPU per article (ms) | all threads' CPU per article while importing (ms) |",
    );
    console.log('|---|---|---|---|---|---|---|---|---|---|---|');
    console.log(`| ${row('copied text (.txt)', text)} |`);
    console.log(`| ${row('saved pages (.html)', html)} |`);
    console.log(`| ${row('Markdown + JSON dumps', other)} |`);
    console.log(
      `\npeak RSS ${result.peakRssMB} MB; failures ${text.failed + html.failed + other.failed}; longest stall ${result.maxStallMs} ms ` +
        `(${result.maxStallCpuMs} ms of it on a CPU, ${result.maxStallWaitMs} ms waiting for one; the longest run on a CPU ` +
        `without a turn of the event loop ${result.maxBusyMs} ms); load average ${loadavg()[0]!.toFixed(1)}; ` +
        `${result.stallsOver16Ms} turns over 16 ms, ${result.stallsOver50Ms} over 50 ms; ` +
        `loading the parsers once took ${result.parserLoadMs} ms (before the import, not in the stall figures)`,
    );
    const split = (p: typeof text) =>
      Object.entries(perArticle(p.byThread, p.stored))
        .map(([thread, ms]) => `${thread} ${ms.toFixed(2)}`)
        .join(', ');
    console.log(`CPU per copied-text article by thread (ms): ${split(text)}`);
    console.log(`CPU per saved page by thread (ms): ${split(html)}`);
    console.log(
      `one JSON Lines dump of ${DUMP_RECORDS} records: ${dump.stored} stored (${result.dumpRecordsPerSec}/s), ` +
        `failures ${dump.failed}, longest stall ${result.dumpStallMs} ms`,
    );
  } finally {
    if (!flag('keep')) rmSync(work, { recursive: true, force: true });
  }
}

const DUMP_RECORDS = 1_000;

/** Writes one JSON Lines dump of `records` generated articles in `dir`; returns the folder. */
function writeDump(dir: string, records: number): string {
  mkdirSync(dir, { recursive: true });
  const lines = [...generateArticles({ seed: 7, articles: records, annotations: 0, hindiShare: 0 })].map(
    (a, i) =>
      JSON.stringify({
        title: `Dump record ${i + 1}: ${a.title}`,
        date: a.date,
        tags: a.tags,
        content: a.blocks.map((b) => (b.kind === 'bullet' ? `- ${b.text}` : b.text)).join('\n\n'),
      }),
  );
  writeFileSync(join(dir, 'dump.jsonl'), `${lines.join('\n')}\n`);
  return dir;
}

/**
 * The main thread's responsiveness: `monitorEventLoopDelay` for the longest delay (its histogram is the
 * standard measure), and a timer every millisecond that records each gap between its runs, so that a
 * stall is counted once with its length (for counts and percentiles). On Linux it also reads the main
 * thread's scheduler statistics at each run, splitting every gap into time on a CPU (our code, GC)
 * and time runnable but waiting for one (a machine busy with other work): `busyMs` is the longest time
 * on a CPU within one gap — what the import itself blocks, whatever the load — and `worst` splits the
 * longest gap the same way.
 */
class StallMonitor {
  private readonly delay = monitorEventLoopDelay({ resolution: 5 });
  private timer: NodeJS.Timeout | null = null;
  private gaps: number[] = [];
  private busy = 0;
  private worst = { gapMs: 0, cpuMs: 0, waitMs: 0 };
  private last = 0;
  private lastSched = schedStat();

  start(): void {
    this.gaps = [];
    this.busy = 0;
    this.worst = { gapMs: 0, cpuMs: 0, waitMs: 0 };
    this.delay.reset();
    this.delay.enable();
    this.last = performance.now();
    this.lastSched = schedStat();
    this.timer = setInterval(() => this.tick(), 1);
  }

  stop(): { maxMs: number; busyMs: number; worst: StallMonitor['worst']; gaps: number[] } {
    clearInterval(this.timer!);
    this.tick();
    this.delay.disable();
    const gaps = this.gaps.sort((a, b) => a - b);
    const maxMs = Math.max(this.delay.max / 1e6, gaps.at(-1) ?? 0);
    return { maxMs, busyMs: this.busy, worst: this.worst, gaps };
  }

  private tick(): void {
    const now = performance.now();
    const sched = schedStat();
    const gapMs = now - this.last;
    const cpuMs = (sched.cpuNs - this.lastSched.cpuNs) / 1e6;
    this.gaps.push(gapMs);
    this.busy = Math.max(this.busy, cpuMs);
    if (gapMs > this.worst.gapMs)
      this.worst = { gapMs, cpuMs, waitMs: (sched.waitNs - this.lastSched.waitNs) / 1e6 };
    this.last = now;
    this.lastSched = sched;
  }
}

/**
 * Every thread's CPU time while it runs, by kind of thread (Linux: `/proc/self/task/<tid>/schedstat`
 * and the thread's name), sampled every 50 ms: a worker that ends loses at most its last 50 ms.
 */
class ThreadCpu {
  private readonly first = new Map<string, number>();
  private readonly last = new Map<string, { kind: string; cpuNs: number }>();
  private readonly timer: NodeJS.Timeout;

  constructor() {
    for (const [tid, thread] of this.read()) this.first.set(tid, thread.cpuNs);
    this.timer = setInterval(() => this.sample(), 50);
  }

  stop(): Record<string, number> {
    clearInterval(this.timer);
    this.sample();
    const byKind: Record<string, number> = {};
    for (const [tid, { kind, cpuNs }] of this.last)
      byKind[kind] = (byKind[kind] ?? 0) + (cpuNs - (this.first.get(tid) ?? 0)) / 1e6;
    return byKind;
  }

  private sample(): void {
    for (const [tid, thread] of this.read()) this.last.set(tid, thread);
  }

  private read(): Map<string, { kind: string; cpuNs: number }> {
    const threads = new Map<string, { kind: string; cpuNs: number }>();
    let tids: string[] = [];
    try {
      tids = readdirSync('/proc/self/task');
    } catch {
      return threads;
    }
    for (const tid of tids) {
      try {
        const name = readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim();
        const cpuNs = Number(readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
        const kind =
          tid === String(process.pid)
            ? 'main'
            : name === 'parse-worker'
              ? 'parse workers'
              : name === 'V8Worker'
                ? 'V8 helpers'
                : 'other';
        threads.set(tid, { kind, cpuNs });
      } catch {
        // The thread ended between the listing and the read.
      }
    }
    return threads;
  }
}

/** Milliseconds per article, to two decimals. */
function perArticle(byKind: Record<string, number>, articles: number): Record<string, number> {
  return Object.fromEntries(
    Object.entries(byKind).map(([kind, ms]) => [kind, Math.round((ms / articles) * 100) / 100]),
  );
}

/**
 * Nanoseconds the main thread has run on a CPU, and has waited runnable for one (Linux `schedstat`);
 * zeros where that is not available.
 */
function schedStat(): { cpuNs: number; waitNs: number } {
  try {
    const [cpu, wait] = readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ');
    return { cpuNs: Number(cpu), waitNs: Number(wait) };
  } catch {
    return { cpuNs: 0, waitNs: 0 };
  }
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

void main();
