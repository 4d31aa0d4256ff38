/**
 * Backup benchmark (not a timed test) on a generated library of 50,000 articles, a few times over,
 * with the main thread's event loop watched meanwhile: the daily backup (`backupIfDue`) and the full
 * `.bulletin` backup (`createBackup`, File → Back Up…). Prints, for each, the total time and the
 * longest stall (median and p95 over the runs): a backup must not freeze the app while it copies and
 * checks the library.
 *
 *   npm run bench:backup [-- --articles N --annotations N --runs N --only daily|bulletin --in-thread --json]
 *
 * The corpus is generated once and kept in the temp folder (see `cachedCorpus`); each run works on
 * a copy of it, with a fresh backup folder.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackup } from '../src/main/library/backup/archive';
import { backupIfDue } from '../src/main/library/backup/automatic';
import type { CopyOptions } from '../src/main/library/backup/check-client';
import { openDatabase, type Db } from '../src/main/library/db/connection';
import { cachedCorpus } from './corpus';
import { stallsDuring } from './stalls';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '50000' },
    annotations: { type: 'string' },
    seed: { type: 'string', default: '42' },
    runs: { type: 'string', default: '5' },
    /** One section only: `daily` or `bulletin`. */
    only: { type: 'string' },
    json: { type: 'boolean', default: false },
    /** Copy and check in the main thread, as when the worker cannot start. */
    'in-thread': { type: 'boolean', default: false },
  },
});
const inThread = values['in-thread'];
const articles = Number(values.articles);
const annotations = Number(values.annotations ?? articles * 2);
const RUNS = Number(values.runs);
const log = (line: string) => process.stderr.write(`${line}\n`);

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}
const round = (ms: number) => Math.round(ms * 10) / 10;

const copyOptions: CopyOptions = {
  start: inThread
    ? () => {
        throw new Error('--in-thread');
      }
    : undefined,
};

interface Section {
  name: 'daily' | 'bulletin';
  title: string;
  /** Makes one backup into the fresh folder `out` (run `i`). */
  once: (db: Db, out: string, i: number) => Promise<void>;
}

const SECTIONS: Section[] = [
  {
    name: 'daily',
    title: 'daily backup',
    once: async (db, out, i) => {
      const result = await backupIfDue(db, out, {}, new Date(2024, 0, 1 + i, 10), copyOptions);
      if (!result.created) throw new Error('no backup was made');
    },
  },
  {
    name: 'bulletin',
    title: '.bulletin backup',
    // The fifth argument is ignored by a createBackup that takes none (for figures from before).
    once: async (db, out, i) => {
      mkdirSync(out, { recursive: true });
      await (createBackup as (...args: unknown[]) => Promise<unknown>)(
        db,
        join(out, 'library.bulletin'),
        new Date(2024, 0, 1 + i, 10),
        undefined,
        copyOptions,
      );
    },
  },
];

async function measure(db: Db, work: string, section: Section) {
  const runs: Array<{ totalMs: number; maxStallMs: number; ownStallMs: number; cpuStallMs: number }> = [];
  for (let i = 0; i < RUNS; i++) {
    const out = join(work, `${section.name}-${i}`);
    const started = performance.now();
    const { value, maxStallMs, ownStallMs, cpuStallMs } = await stallsDuring(async () => {
      await section.once(db, out, i);
      return performance.now() - started;
    });
    runs.push({ totalMs: value, maxStallMs, ownStallMs, cpuStallMs: cpuStallMs ?? ownStallMs });
    log(
      `${section.name} run ${i + 1}: ${round(value)} ms, longest stall ${round(maxStallMs)} ms (own ${round(ownStallMs)} ms, on a CPU ${round(cpuStallMs ?? ownStallMs)} ms)`,
    );
    rmSync(out, { recursive: true, force: true });
  }
  // The process at rest after the runs: its resident memory (a kept check worker's part included).
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const idleRssMb = Math.round(process.memoryUsage().rss / 1e6);
  log(`${section.name}: resident memory of the idle process after ${RUNS} backups: ${idleRssMb} MB`);
  const summary = (key: 'totalMs' | 'maxStallMs' | 'ownStallMs' | 'cpuStallMs') => {
    const samples = runs.map((r) => r[key]);
    return { median: round(percentile(samples, 50)), p95: round(percentile(samples, 95)) };
  };
  return {
    section: section.name,
    articles,
    annotations,
    runs: RUNS,
    where: inThread ? 'main thread' : 'worker',
    cores: cpus().length,
    totalMs: summary('totalMs'),
    maxStallMs: summary('maxStallMs'),
    ownStallMs: summary('ownStallMs'),
    cpuStallMs: summary('cpuStallMs'),
    idleRssMb,
  };
}

async function main(): Promise<void> {
  const corpus = cachedCorpus({ seed: Number(values.seed), articles, annotations }, undefined, log);
  const work = mkdtempSync(join(tmpdir(), 'bulletin-bench-backup-'));
  try {
    const file = join(work, 'library.sqlite');
    copyFileSync(corpus.file, file);
    const db = openDatabase(file);
    const results = [];
    try {
      for (const section of SECTIONS) {
        if (values.only && values.only !== section.name) continue;
        const figures = await measure(db, work, section);
        results.push(figures);
        if (values.json) continue;
        console.log(
          `${section.title} of ${articles} articles (${figures.where}), ${RUNS} runs on ${figures.cores} cores:`,
        );
        console.log(`  total          median ${figures.totalMs.median} ms, p95 ${figures.totalMs.p95} ms`);
        console.log(
          `  longest stall  median ${figures.maxStallMs.median} ms, p95 ${figures.maxStallMs.p95} ms`,
        );
        console.log(
          `  (own stall     median ${figures.ownStallMs.median} ms, p95 ${figures.ownStallMs.p95} ms)`,
        );
        console.log(
          `  on a CPU       median ${figures.cpuStallMs.median} ms, p95 ${figures.cpuStallMs.p95} ms (the main thread's longest synchronous run)`,
        );
        console.log(`  idle process   ${figures.idleRssMb} MB resident after the runs`);
      }
    } finally {
      db.close();
    }
    if (values.json) console.log(JSON.stringify(results, null, 2));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
