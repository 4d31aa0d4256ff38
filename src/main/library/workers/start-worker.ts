import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread from one of the core's worker entry files (`<name>.ts` in `sourceDir`).
 *
 * The app's bundle holds each worker as `out/main/<name>.js` beside `index.js` (see
 * electron.vite.config.ts); the CLI, the tests and the benchmarks run from source, where the worker
 * loads its TypeScript through tsx, exactly as the parent did. The thread is named after the entry (a
 * debugger lists it so, and Linux shows it as the thread's name).
 *
 * A run from source starts the built entries instead when `BULLETIN_BUILT_WORKERS` names their folder
 * (`out/main`): the benchmarks that time a worker's work set it, so that they time the app's own
 * workers. From source each thread loads tsx and lexes every module it requires, some 0.1–0.2 s of CPU
 * per thread that the app never spends.
 */
export function startWorker(name: string, sourceDir: string, options: WorkerOptions = {}): Worker {
  options = { name, ...options };
  const builtDir = process.env.BULLETIN_BUILT_WORKERS;
  const built = builtDir ? join(builtDir, `${name}.js`) : builtEntry(name);
  if (built) return new Worker(built, { execArgv: withoutTsx(process.execArgv), ...options });
  // tsx is a devDependency, absent from the packaged app: only a run from TypeScript source may use it.
  // In the bundle this file is out/main/index.js and the built worker always exists beside it.
  if (!runsFromSource()) {
    throw new Error(
      `The worker ${join(__dirname, `${name}.js`)} is missing from Bulletin's build; rebuild it (electron-vite build).`,
    );
  }
  const source = join(sourceDir, `${name}.ts`);
  const tsx = require.resolve('tsx/cjs');
  const boot = `require(${JSON.stringify(tsx)}); require(${JSON.stringify(source)});`;
  return new Worker(boot, { ...options, eval: true });
}

/**
 * `execArgv` (which a worker inherits) less tsx's loader (`--import tsx`, `--require tsx/cjs`): a built
 * worker is plain JavaScript, and the loader would cost its thread a start of tsx for nothing.
 */
export function withoutTsx(execArgv: readonly string[]): string[] {
  const isTsx = (value: string | undefined) => value !== undefined && /(^|[\\/])tsx([\\/]|$)/.test(value);
  const loads = new Set(['--import', '--require', '--loader', '-r']);
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i]!;
    if (loads.has(arg) && isTsx(execArgv[i + 1])) i++;
    else if (!/^--(import|require|loader)=/.test(arg) || !isTsx(arg.slice(arg.indexOf('=') + 1)))
      kept.push(arg);
  }
  return kept;
}

/** True when `moduleFile` (this module by default) is TypeScript source run by tsx or vitest, not the bundle. */
export function runsFromSource(moduleFile: string = __filename): boolean {
  return /\.[cm]?ts$/.test(moduleFile);
}

/**
 * The built entry `<name>.js` of the bundle, or null (from source). The bundler puts this module
 * either in an entry file (out/main/index.js) or in a chunk that entries share
 * (out/main/chunks/start-worker-….js), whose `__dirname` is the chunks folder: the entries are
 * beside it or one folder up.
 */
export function builtEntry(name: string, moduleDir: string = __dirname): string | null {
  for (const dir of [moduleDir, join(moduleDir, '..')]) {
    const file = join(dir, `${name}.js`);
    if (existsSync(file)) return file;
  }
  return null;
}
