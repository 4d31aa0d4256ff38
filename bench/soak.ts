/**
 * The model-based soak, for as long as asked (issue 14): random sequences of import, re-import,
 * annotate, delete, undo, tag, review, backup and restore against a real library and an in-memory
 * model, the invariants checked after every step (no note lost; every note on a block of its article or
 * orphaned; search finds what the model says; the trash and tags as the model says; check ok); then
 * rounds where a child process is killed with SIGKILL at a random moment and the library, opened as
 * after a crash, must equal the model before or after the step in flight.
 *
 *   npm run bench:soak [-- --seeds N --steps N --kills N --first-seed S --json]
 *
 * Exits 1 on the first broken invariant (its seed and step are printed, to replay).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSoakChild, soakInProcess, soakWithKills, type SoakReport } from '../test/support/soak-runner';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '5' },
    steps: { type: 'string', default: '300' },
    kills: { type: 'string', default: '20' },
    'first-seed': { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
  },
});

async function run(): Promise<number> {
  const seeds = Number(values.seeds);
  const steps = Number(values.steps);
  const kills = Number(values.kills);
  const first = Number(values['first-seed']);
  const child = buildSoakChild();
  const rows: Array<{ seed: number; mode: string; report: SoakReport; seconds: number }> = [];
  try {
    for (let seed = first; seed < first + seeds; seed++) {
      for (const mode of ['in-process', 'sigkill'] as const) {
        const root = mkdtempSync(join(tmpdir(), 'bulletin-soak-'));
        const started = performance.now();
        const report =
          mode === 'in-process'
            ? await soakInProcess(root, seed, steps)
            : await soakWithKills(root, seed, kills, { child: child.file });
        rows.push({ seed, mode, report, seconds: (performance.now() - started) / 1000 });
        if (report.problems.length === 0) rmSync(root, { recursive: true, force: true });
        else console.error(`kept ${root} for a look`);
      }
    }
  } finally {
    child.dispose();
  }
  const problems = rows.flatMap((row) => row.report.problems);
  if (values.json) {
    console.log(JSON.stringify({ rows, problems }));
  } else {
    console.log(
      'seed  mode         steps  kills  in-flight committed  import annotate delete undo tag review backup restore  seconds',
    );
    for (const { seed, mode, report, seconds } of rows) {
      const k = report.kinds;
      console.log(
        `${String(seed).padStart(4)}  ${mode.padEnd(11)} ${String(report.steps).padStart(6)} ${String(report.kills).padStart(6)} ${String(report.inFlightCommitted).padStart(20)}  ${[k.import, k.annotate, k.delete, k.undo, k.tag, k.review, k.backup, k.restore].map((n) => String(n).padStart(6)).join(' ')}  ${seconds.toFixed(1).padStart(7)}`,
      );
    }
    const sum = (mode: string, f: (r: SoakReport) => number) =>
      rows.filter((row) => row.mode === mode).reduce((total, row) => total + f(row.report), 0);
    console.log(
      `in process: ${sum('in-process', (r) => r.steps)} steps, every invariant checked after each; with SIGKILL: ${sum('sigkill', (r) => r.steps)} steps, ${sum('sigkill', (r) => r.kills)} kills survived (the library judged against the model after each); ${problems.length} problems`,
    );
    for (const problem of problems) console.log(`PROBLEM ${problem}`);
  }
  return problems.length === 0 ? 0 : 1;
}

void run().then((code) => {
  process.exitCode = code;
});
