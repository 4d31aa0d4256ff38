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
 */
export function startWorker(name: string, sourceDir: string, options: WorkerOptions = {}): Worker {
  options = { name, ...options };
  const built = builtEntry(name);
  if (built) return new Worker(built, options);
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
