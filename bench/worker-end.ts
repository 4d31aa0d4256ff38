/**
 * The worker-end benchmark: `npm run bench:worker-end [-- --runs 3 --rounds 40 --json]`.
 *
 * A worker thread that made a few hundred megabytes of garbage (as a parse worker does in an import, or
 * the export worker in an export) ends; the main thread's event loop is then watched for 11 seconds. V8
 * hands an ended worker's pool of freed pages to the main thread, which unmaps them 8 seconds later in one
 * task: a stall of the window. Two ways, alternated, in the same run:
 *
 * - `released`: closed as every worker of Bulletin is (`WorkerClient.close()`, `serve`'s stop): the
 *   worker runs a memory-reducing collection first (`releasePooledMemory`), so the pages go in its thread;
 * - `at once`: the worker exits without it (the way before).
 *
 * Prints, for each, the main thread's longest event-loop gap after the worker ended, when it came, and
 * the main thread's CPU time in those 11 seconds (medians of the runs).
 */
import { parseArgs } from 'node:util';
import { WorkerClient, WorkerStopped } from '../src/main/library/workers/rpc';
import { startWorker } from '../src/main/library/workers/start-worker';
import type { EndMethods } from './worker-end-worker';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '40' },
    json: { type: 'boolean', default: false },
  },
});

const WATCH_MS = 11_000;

interface Figures {
  worstGapMs: number;
  atS: number;
  mainCpuMs: number;
}

/** Watches the main thread's event loop for `WATCH_MS`: its longest gap between two 5 ms ticks. */
function watch(): Promise<Figures> {
  return new Promise((resolve) => {
    const start = performance.now();
    const cpu = process.threadCpuUsage();
    let last = start;
    let worst = 0;
    let at = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      if (now - last > worst) {
        worst = now - last;
        at = now - start;
      }
      last = now;
      if (now - start < WATCH_MS) return;
      clearInterval(timer);
      const used = process.threadCpuUsage(cpu);
      resolve({ worstGapMs: worst, atS: at / 1000, mainCpuMs: (used.user + used.system) / 1000 });
    }, 5);
  });
}

async function once(way: 'released' | 'at once', rounds: number): Promise<Figures> {
  const client = new WorkerClient<EndMethods>(() => startWorker('worker-end-worker', __dirname), {
    name: 'the bench worker',
  });
  await client.call('churn', { rounds });
  if (way === 'released') await client.close();
  else {
    await client.call('exitAtOnce', null).catch((error: unknown) => {
      if (!(error instanceof WorkerStopped)) throw error;
    });
    await client.close();
  }
  return watch();
}

async function main(): Promise<void> {
  const runs = Number(values.runs);
  const rounds = Number(values.rounds);
  const figures: Record<string, Figures[]> = { released: [], 'at once': [] };
  for (let run = 0; run < runs; run++) {
    const ways = run % 2 === 0 ? (['released', 'at once'] as const) : (['at once', 'released'] as const);
    for (const way of ways) {
      process.stderr.write(`run ${run + 1} of ${runs}: ${way} …\n`);
      figures[way]!.push(await once(way, rounds));
    }
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
  const summary = Object.fromEntries(
    Object.entries(figures).map(([way, list]) => [
      way,
      {
        worstGapMs: Math.round(median(list.map((f) => f.worstGapMs)) * 10) / 10,
        worstGapsMs: list.map((f) => Math.round(f.worstGapMs)),
        atS: list.map((f) => Math.round(f.atS * 10) / 10),
        mainCpuMs: Math.round(median(list.map((f) => f.mainCpuMs))),
      },
    ]),
  );
  if (values.json) {
    console.log(JSON.stringify({ runs, rounds, ...summary }));
    return;
  }
  console.log(
    `Worker-end benchmark: a worker that made ${rounds} × 200,000 objects of garbage ends; the main thread watched for ${WATCH_MS / 1000} s, ${runs} run(s) each, medians`,
  );
  console.log(
    '| the worker ends | longest main-thread gap ms | each run ms | when (s after the end) | main thread CPU ms |',
  );
  console.log('|---|---|---|---|---|');
  for (const [way, s] of Object.entries(summary))
    console.log(
      `| ${way === 'released' ? 'closed, its pages released first (Bulletin)' : 'at once (the way before)'} | ${s.worstGapMs} | ${s.worstGapsMs.join(', ')} | ${s.atS.join(', ')} | ${s.mainCpuMs} |`,
    );
}

void main();
