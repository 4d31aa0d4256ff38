/**
 * Automatic backup benchmark (not a timed test): the daily backup (`backupIfDue`) of a generated
 * library of 50,000 articles, a few times over, with the main thread's event loop watched meanwhile.
 * Prints the total time and the longest stall (median and p95 over the runs): the backup must not
 * freeze the app while it copies and checks the library.
 *
 *   npm run bench:backup [-- --articles N --annotations N --runs N --in-thread --json]
 *
 * The corpus is generated once and kept in the temp folder (see `cachedCorpus`); each run works on
 * a copy of it, with a fresh backup folder.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { backupIfDue } from '../src/main/library/backup/automatic';
import { openDatabase } from '../src/main/library/db/connection';
import { cachedCorpus } from './corpus';
import { stallsDuring } from './stalls';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '50000' },
    annotations: { type: 'string' },
    seed: { type: 'string', default: '42' },
    runs: { type: 'string', default: '5' },
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

async function main(): Promise<void> {
  const corpus = cachedCorpus({ seed: Number(values.seed), articles, annotations }, undefined, log);
  const work = mkdtempSync(join(tmpdir(), 'bulletin-bench-backup-'));
  try {
    const file = join(work, 'library.sqlite');
    copyFileSync(corpus.file, file);
    const db = openDatabase(file);
    const runs: Array<{ totalMs: number; maxStallMs: number; ownStallMs: number }> = [];
    try {
      for (let i = 0; i < RUNS; i++) {
        const backupDir = join(work, `backups-${i}`);
        const started = performance.now();
        const { value, maxStallMs, ownStallMs } = await stallsDuring(async () => {
          const result = await backupIfDue(db, backupDir, {}, new Date(2024, 0, 1 + i, 10), {
            start: inThread
              ? () => {
                  throw new Error('--in-thread');
                }
              : undefined,
          });
          return { result, ms: performance.now() - started };
        });
        if (!value.result.created) throw new Error('no backup was made');
        runs.push({ totalMs: value.ms, maxStallMs, ownStallMs });
        log(
          `run ${i + 1}: ${round(value.ms)} ms, longest stall ${round(maxStallMs)} ms (own ${round(ownStallMs)} ms)`,
        );
        rmSync(backupDir, { recursive: true, force: true });
      }
    } finally {
      db.close();
    }
    const summary = (key: 'totalMs' | 'maxStallMs' | 'ownStallMs') => ({
      median: round(
        percentile(
          runs.map((r) => r[key]),
          50,
        ),
      ),
      p95: round(
        percentile(
          runs.map((r) => r[key]),
          95,
        ),
      ),
    });
    const figures = {
      articles,
      annotations,
      runs: RUNS,
      where: inThread ? 'main thread' : 'worker',
      cores: cpus().length,
      totalMs: summary('totalMs'),
      maxStallMs: summary('maxStallMs'),
      ownStallMs: summary('ownStallMs'),
    };
    if (values.json) {
      console.log(JSON.stringify(figures, null, 2));
    } else {
      console.log(
        `daily backup of ${articles} articles (${figures.where}), ${RUNS} runs on ${figures.cores} cores:`,
      );
      console.log(`  total          median ${figures.totalMs.median} ms, p95 ${figures.totalMs.p95} ms`);
      console.log(
        `  longest stall  median ${figures.maxStallMs.median} ms, p95 ${figures.maxStallMs.p95} ms`,
      );
      console.log(
        `  (own stall     median ${figures.ownStallMs.median} ms, p95 ${figures.ownStallMs.p95} ms)`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
