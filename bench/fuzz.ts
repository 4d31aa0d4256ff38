/**
 * Property-based IPC fuzzing, for as long as asked (issue 14): every channel of the contract (but the
 * few `SKIPPED_CHANNELS` names) gets `--runs` generated calls through `invokeChannel`, against a real
 * library in a temp folder; every answer must be a sentence or a valid value, with no internal error,
 * and the library's integrity check must pass afterwards. Prints one row per channel.
 *
 *   npm run bench:fuzz [-- --runs N --seed S --json]
 *
 * Exits 1 when a call broke the rules (the first failures are printed) or the check failed.
 */
import { parseArgs } from 'node:util';
import { fuzzChannels, SKIPPED_CHANNELS } from '../test/support/ipc-fuzz';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '1000' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    json: { type: 'boolean', default: false },
  },
});

async function run(): Promise<number> {
  const runs = Number(values.runs);
  const seed = Number(values.seed);
  const started = performance.now();
  const { stats, failures, check } = await fuzzChannels({ runs, seed });
  const seconds = (performance.now() - started) / 1000;
  const total = {
    channels: stats.length,
    cases: stats.reduce((sum, row) => sum + row.cases, 0),
    answered: stats.reduce((sum, row) => sum + row.ok, 0),
    refused: stats.reduce((sum, row) => sum + row.refused, 0),
    failures: failures.length,
  };
  if (values.json) {
    console.log(
      JSON.stringify({ seed, runs, seconds, total, stats, failures, check, skipped: SKIPPED_CHANNELS }),
    );
  } else {
    console.log(`IPC fuzz: seed ${seed}, ${runs} cases per channel, ${seconds.toFixed(1)} s`);
    console.log('channel                        cases  answered  refused  failures');
    for (const row of stats)
      console.log(
        `${row.channel.padEnd(30)} ${String(row.cases).padStart(5)} ${String(row.ok).padStart(9)} ${String(row.refused).padStart(8)} ${String(row.failures).padStart(9)}`,
      );
    console.log(
      `${`all ${total.channels} channels`.padEnd(30)} ${String(total.cases).padStart(5)} ${String(total.answered).padStart(9)} ${String(total.refused).padStart(8)} ${String(total.failures).padStart(9)}`,
    );
    console.log(
      `skipped: ${Object.entries(SKIPPED_CHANNELS)
        .map(([c, why]) => `${c} (${why})`)
        .join('; ')}`,
    );
    console.log(`library check afterwards: ${check.ok ? 'ok' : check.problems.join('; ')}`);
    for (const failure of failures.slice(0, 20))
      console.log(`FAIL ${failure.channel}: ${failure.problem}\n     input ${failure.input}`);
  }
  return failures.length === 0 && check.ok ? 0 : 1;
}

void run().then((code) => {
  process.exitCode = code;
});
