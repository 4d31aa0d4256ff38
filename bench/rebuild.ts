/**
 * The rebuild benchmark: `npm run bench:rebuild -- --articles 20000 [--runs 1] [--json]`.
 *
 * A full rebuild of Bulletin's search index against SQLite FTS5's build of the same corpus (the search
 * benchmark's cached library of N articles and 2×N notes), each in a fresh process of its own, in the
 * same run. It prints, for each, the wall time and the CPU time of the whole process (every thread):
 * CPU time is what the work costs whatever else the machine is doing, so it is the figure to compare
 * on a shared machine. Bulletin is measured two ways: `inline` (the whole rebuild in the calling
 * thread, as the CLI does) and `worker` (as the app does: at low priority in the index's worker
 * threads, one reading and analysing the articles while the other writes, the main thread free), with
 * the searches it answers meanwhile, and its CPU time split by thread.
 *
 * The worker build runs the app's own worker threads: the index worker's entry bundled as the app's
 * build does (`out/bench-rebuild/index-worker.js`, bench/built-workers.ts), not loaded from
 * source through tsx in each thread, which costs each some 0.1–0.2 s of CPU the app never spends
 * (`--workers source` measures that way).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildWorkers, workersOption } from './built-workers';
import { cachedCorpus } from './corpus';
import { buildFts5 } from './fts5-build';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '20000' },
    seed: { type: 'string', default: '42' },
    runs: { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
    /** `built` (the app's bundled worker entry, the default) or `source` (through tsx). */
    workers: { type: 'string', default: 'built' },
    /** Internal: the child process's engine and mode. */
    child: { type: 'string' },
    file: { type: 'string' },
  },
});

interface Figures {
  wallMs: number;
  cpuMs: number;
  searches?: number;
  /**
   * The main thread's own CPU time (worker mode): the searches answered meanwhile and the batches
   * taken in. The rest of `cpuMs` is the rebuild's worker thread (and libuv's threads, idle here).
   */
  mainCpuMs?: number;
  /** The rebuild's writing thread and its reading thread (none when the writer read for itself). */
  writeCpuMs?: number;
  readCpuMs?: number | null;
}

/** Runs in the child: one build of one engine over a copy of the corpus. */
async function childRun(kind: string, corpusFile: string): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'bulletin-bench-rebuild-'));
  try {
    copyFileSync(corpusFile, join(dir, 'library.sqlite'));
    if (kind === 'fts5') {
      const { default: Database } = await import('better-sqlite3');
      const db = new Database(join(dir, 'library.sqlite'));
      db.pragma('journal_mode = WAL');
      const cpu = process.cpuUsage();
      const t = performance.now();
      buildFts5(db);
      const wallMs = performance.now() - t;
      const used = process.cpuUsage(cpu);
      db.close();
      return { wallMs, cpuMs: (used.user + used.system) / 1000 };
    }
    const { Library } = await import('../src/main/library');
    const cpu = process.cpuUsage();
    const mainCpu = process.threadCpuUsage();
    const t = performance.now();
    const library = Library.open(dir, { searchIndexing: kind === 'inline' ? 'inline' : 'background' });
    let searches = 0;
    const timer =
      kind === 'worker'
        ? setInterval(() => {
            library.searchArticles('india agreement', { limit: 20 });
            searches += 1;
          }, 250)
        : null;
    await library.searchIdle();
    if (timer) clearInterval(timer);
    const wallMs = performance.now() - t;
    const used = process.cpuUsage(cpu);
    const mainUsed = process.threadCpuUsage(mainCpu);
    const threads = library.search.lastRebuildCpu();
    library.close();
    return {
      wallMs,
      cpuMs: (used.user + used.system) / 1000,
      ...(timer
        ? {
            searches,
            mainCpuMs: (mainUsed.user + mainUsed.system) / 1000,
            writeCpuMs: threads?.writeMs,
            readCpuMs: threads?.readMs ?? null,
          }
        : {}),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const root = resolve(__dirname, '..');

function inChild(kind: string, file: string, workersDir: string | null): Figures {
  const env = { ...process.env };
  if (workersDir) env.BULLETIN_BUILT_WORKERS = workersDir;
  else delete env.BULLETIN_BUILT_WORKERS;
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', __filename, '--child', kind, '--file', file],
    { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  if (result.status !== 0) throw new Error(`the ${kind} build failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as Figures;
}

async function main(): Promise<void> {
  if (values.child) {
    console.log(JSON.stringify(await childRun(values.child, values.file!)));
    return;
  }
  const articles = Number(values.articles);
  const runs = Number(values.runs);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const corpus = cachedCorpus(
    { seed: Number(values.seed), articles, annotations: articles * 2 },
    undefined,
    log,
  );
  const workers = workersOption(values.workers);
  const workersDir = workers === 'built' ? await buildWorkers('bench-rebuild') : null;
  const load = loadavg()[0]!;
  const figures: Record<string, Figures[]> = { fts5: [], inline: [], worker: [] };
  for (let run = 0; run < runs; run++)
    for (const kind of Object.keys(figures)) {
      log(`${kind}: building (run ${run + 1} of ${runs}) …`);
      figures[kind]!.push(inChild(kind, corpus.file, workersDir));
    }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
  const summary = Object.fromEntries(
    Object.entries(figures).map(([kind, list]) => [
      kind,
      {
        wallS: Math.round(median(list.map((f) => f.wallMs)) / 10) / 100,
        cpuS: Math.round(median(list.map((f) => f.cpuMs)) / 10) / 100,
        ...(list[0]!.searches !== undefined
          ? {
              searches: median(list.map((f) => f.searches!)),
              mainCpuS: Math.round(median(list.map((f) => f.mainCpuMs!)) / 100) / 10,
              writeCpuS: Math.round(median(list.map((f) => f.writeCpuMs ?? 0)) / 100) / 10,
              readCpuS: Math.round(median(list.map((f) => f.readCpuMs ?? 0)) / 100) / 10,
            }
          : {}),
      },
    ]),
  ) as Record<
    string,
    {
      wallS: number;
      cpuS: number;
      searches?: number;
      mainCpuS?: number;
      writeCpuS?: number;
      readCpuS?: number;
    }
  >;
  const result = {
    articles,
    runs,
    workers,
    load: Math.round(load * 10) / 10,
    loadAfter: Math.round(loadavg()[0]! * 10) / 10,
    ...summary,
    inlineCpuOverFts5: Math.round((summary.inline!.cpuS / summary.fts5!.cpuS) * 100) / 100,
    workerCpuOverFts5: Math.round((summary.worker!.cpuS / summary.fts5!.cpuS) * 100) / 100,
  };
  if (values.json) {
    console.log(JSON.stringify(result));
    return;
  }
  console.log(
    `Rebuild benchmark: ${articles} articles, ${articles * 2} notes, ${runs} run(s), medians; worker threads ${workers === 'built' ? 'built as the app’s' : 'from source (tsx)'}`,
  );
  console.log('| build | wall s | CPU s (all threads) | CPU ÷ FTS5 |');
  console.log('|---|---|---|---|');
  console.log(`| SQLite FTS5 | ${summary.fts5!.wallS} | ${summary.fts5!.cpuS} | 1.00 |`);
  console.log(
    `| Bulletin, inline | ${summary.inline!.wallS} | ${summary.inline!.cpuS} | ${result.inlineCpuOverFts5} |`,
  );
  console.log(
    `| Bulletin, worker (${summary.worker!.searches} searches answered meanwhile) | ${summary.worker!.wallS} | ${summary.worker!.cpuS} | ${result.workerCpuOverFts5} |`,
  );
  const worker = summary.worker!;
  const rest = Math.round((worker.cpuS - worker.mainCpuS! - worker.writeCpuS! - worker.readCpuS!) * 10) / 10;
  console.log(
    `\nworker: of its ${worker.cpuS} s of CPU time, ${worker.mainCpuS} s was the main thread's (${worker.searches} searches and the batches taken in), ${worker.writeCpuS} s the rebuild's writing thread, ${worker.readCpuS} s its reading thread${worker.readCpuS === 0 ? ' (none: the writer read)' : ''}, ${rest} s the rest (starting the threads, the garbage collector's and libuv's threads)`,
  );
  console.log(`\nload average ${result.load} before, ${result.loadAfter} after`);
}

void main();
