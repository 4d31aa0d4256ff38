/**
 * Runs the model-based soak (see `soak.ts`): in process, checking the invariants after every step; and
 * with SIGKILL, where a child process carries the steps out and is killed at a random moment, then the
 * library is opened as the app opens it after a crash, judged against the model, and the child resumed.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { Library } from '../../src/main/library/library';
import {
  applyToLibrary,
  applyToModel,
  emptyModel,
  judgeAfterKill,
  modelAfter,
  openSoakLibrary,
  planStep,
  soakDirs,
  soakProblems,
  type SoakStep,
} from './soak';

const ROOT = resolve(__dirname, '..', '..');

export interface SoakReport {
  steps: number;
  /** Steps of each kind carried out. */
  kinds: Record<SoakStep['kind'], number>;
  kills: number;
  /** Kills that landed while a step was in flight and whose step had committed / had not. */
  inFlightCommitted: number;
  problems: string[];
}

const noKinds = (): SoakReport['kinds'] => ({
  import: 0,
  annotate: 0,
  delete: 0,
  undo: 0,
  tag: 0,
  review: 0,
  backup: 0,
  restore: 0,
});

/** `steps` steps in this process, the invariants checked after each; stops at the first problem. */
export async function soakInProcess(root: string, seed: number, steps: number): Promise<SoakReport> {
  const report: SoakReport = { steps: 0, kinds: noKinds(), kills: 0, inFlightCommitted: 0, problems: [] };
  let model = emptyModel();
  let library = openSoakLibrary(soakDirs(root).library);
  try {
    for (let i = 0; i < steps; i++) {
      const step = planStep(model, seed, i);
      library = await applyToLibrary(library, root, step);
      model = applyToModel(model, step);
      report.steps++;
      report.kinds[step.kind]++;
      const problems = await soakProblems(library, model);
      if (problems.length > 0) {
        report.problems.push(
          `seed ${seed}, after step ${i} (${JSON.stringify(step)}): ${problems.join('; ')}`,
        );
        break;
      }
    }
  } finally {
    library.close();
  }
  return report;
}

/** The child's bundle (esbuild, as the fault tests do: it starts far faster than tsx). */
export function buildSoakChild(): { file: string; dispose: () => void } {
  const dir = join(ROOT, 'node_modules', '.cache', 'bulletin-soak-child');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `soak-child-${process.pid}.cjs`);
  buildSync({
    entryPoints: [join(ROOT, 'test', 'support', 'soak-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: file,
    external: ['better-sqlite3', 'playwright-core', 'tsx'],
    logLevel: 'warning',
  });
  return { file, dispose: () => rmSync(file, { force: true }) };
}

/** Runs the child from step `from` and kills its process group `delayMs` after it is ready. */
function runChild(
  child: string,
  args: string[],
  delayMs: number,
): Promise<{ lastDone: number | null; killed: boolean; error: string | null }> {
  return new Promise((done) => {
    const proc = spawn(process.execPath, [child, ...args], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let buffer = '';
    let stderr = '';
    let lastDone: number | null = null;
    let error: string | null = null;
    let killed = false;
    const kill = (): void => {
      if (killed) return;
      killed = true;
      try {
        process.kill(-proc.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    proc.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        if (line === 'ready') setTimeout(kill, delayMs);
        else if (line.startsWith('done ')) lastDone = Number(line.slice(5));
        else if (line.startsWith('error ')) error = line.slice(6);
      }
    });
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    proc.on('close', (code) => {
      if (code !== 0 && !killed && !error) error = `exited with ${code}: ${stderr.slice(0, 500)}`;
      done({ lastDone, killed, error });
    });
  });
}

/**
 * `kills` rounds: the child carries out steps until SIGKILL at a random moment (up to `maxDelayMs`
 * after it is ready); the library is then opened as after a crash (checked, a restore journal finished
 * or rolled back) and must equal the model before or after the step in flight.
 */
export async function soakWithKills(
  root: string,
  seed: number,
  kills: number,
  options: { maxSteps?: number; maxDelayMs?: number; child: string },
): Promise<SoakReport> {
  const maxSteps = options.maxSteps ?? 100_000;
  const models = modelAfter(seed, Math.min(maxSteps, 2_000));
  const report: SoakReport = { steps: 0, kinds: noKinds(), kills: 0, inFlightCommitted: 0, problems: [] };
  let random = seed >>> 0;
  const nextDelay = (): number => {
    random = (Math.imul(random ^ (random >>> 15), 2246822519) + 0x9e3779b9) >>> 0;
    return 20 + (random % (options.maxDelayMs ?? 400));
  };
  let at = 0;
  for (let round = 0; round < kills && at < models.length - 1; round++) {
    const run = await runChild(
      options.child,
      [root, String(seed), String(at), String(models.length - 1)],
      nextDelay(),
    );
    if (run.error) {
      report.problems.push(`seed ${seed}, the child failed from step ${at}: ${run.error}`);
      break;
    }
    if (run.killed) report.kills++;
    const reported = run.lastDone === null ? at : run.lastDone + 1;
    const { library, report: startup } = await Library.openChecked(soakDirs(root).library, {
      backups: { daily: false },
    });
    try {
      const judged = await judgeAfterKill(library, root, models, reported);
      if (judged.problems.length > 0) {
        report.problems.push(
          `seed ${seed}, killed after step ${reported - 1} (startup: ${startup.message || 'nothing to say'}): ${judged.problems.join(' / ')}`,
        );
        break;
      }
      if (judged.at > reported) report.inFlightCommitted++;
      for (let i = at; i < judged.at; i++) report.kinds[planStep(models[i]!, seed, i).kind]++;
      report.steps += judged.at - at;
      at = judged.at;
    } finally {
      library.close();
    }
  }
  return report;
}
