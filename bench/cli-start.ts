/**
 * Cold start of the `bulletin` command: `bulletin list --json` on a one-article library, run again
 * and again as a fresh process, against `node -e ''` in the same run (the floor no command can go
 * under). Prints the median and p95 of each and the difference. The runs alternate, so a busy
 * machine slows both alike. Goal: the bundle within 0.15 s of the baseline.
 *
 *   npm run bench:cli [-- --runs N --tsx --json]
 *
 * Builds out/cli/bulletin.cjs first (scripts/build-cli.mjs). `--tsx` adds the source run through tsx
 * (what `npm run cli` does, without npm's own start-up).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    tsx: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(10, Number(values.runs));
const ROOT = join(__dirname, '..');
const BUNDLE = join(ROOT, 'out/cli/bulletin.cjs');
const node = process.execPath;

execFileSync(node, [join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT, stdio: 'inherit' });

const library = mkdtempSync(join(tmpdir(), 'bulletin-cli-start-'));
const fixture = join(ROOT, 'src/main/library/import/fixtures/studyiq-quad-2022-03-04.txt');
execFileSync(node, [BUNDLE, '--library', library, 'import', fixture], { stdio: 'ignore' });

const commands: Array<{ name: string; args: string[] }> = [
  { name: "node -e ''", args: ['-e', ''] },
  { name: 'bulletin list --json', args: [BUNDLE, '--library', library, 'list', '--json'] },
  ...(values.tsx
    ? [
        {
          name: 'tsx src/main/cli.ts list --json',
          args: [
            join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
            join(ROOT, 'src/main/cli.ts'),
            '--library',
            library,
            'list',
            '--json',
          ],
        },
      ]
    : []),
];

/** Wall-clock seconds of one fresh process; a failing command stops the bench. */
function timeOnce(args: string[]): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(node, args, { encoding: 'utf8', env: { ...process.env, BULLETIN_LIBRARY: '' } });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return seconds;
}

const times = new Map(commands.map((c) => [c.name, [] as number[]]));
for (const c of commands) timeOnce(c.args); // warm the file cache: "cold" means a new process, not a cold disk
for (let run = 0; run < RUNS; run++) for (const c of commands) times.get(c.name)!.push(timeOnce(c.args));
rmSync(library, { recursive: true, force: true });

const quantile = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
};
const rows = commands.map((c) => {
  const xs = times.get(c.name)!;
  return { command: c.name, median: quantile(xs, 0.5), p95: quantile(xs, 0.95) };
});
const baseline = rows[0]!;
const table = rows.map((r) => ({
  ...r,
  aboveBaseline: r === baseline ? 0 : r.median - baseline.median,
}));

if (values.json) console.log(JSON.stringify({ runs: RUNS, rows: table }));
else {
  const s = (x: number) => `${x.toFixed(3)} s`;
  console.log(`Cold start, ${RUNS} runs each (Node ${process.versions.node}, one-article library)\n`);
  console.log('| command | median | p95 | median above baseline |');
  console.log('| --- | --- | --- | --- |');
  for (const r of table)
    console.log(
      `| ${r.command} | ${s(r.median)} | ${s(r.p95)} | ${r === table[0] ? '—' : `+${s(r.aboveBaseline)}`} |`,
    );
  const bundle = table[1]!;
  console.log(
    `\nGoal: at most 0.150 s above the baseline; ${bundle.aboveBaseline <= 0.15 ? 'met' : 'NOT met'} (+${s(bundle.aboveBaseline)}).`,
  );
}
