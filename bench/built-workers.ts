/**
 * The app's worker entries (`WORKER_ENTRIES`) bundled as its build does, for
 * the benchmarks that time a worker's work: with `BULLETIN_BUILT_WORKERS` naming the folder, a run
 * from source starts these instead of loading each worker's TypeScript through tsx, which costs each
 * thread some 0.1–0.2 s of CPU (tsx's start, a lexer over every module) that the app never spends.
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { WORKER_ENTRIES } from '../src/main/library/workers/entries';

const root = resolve(__dirname, '..');

/**
 * Bundles every worker entry, and `more` entries (name → file from the repository's root), side by side
 * into `out/<name>` as electron-vite builds the main process; returns the folder.
 */
export async function buildWorkers(name: string, more: Record<string, string> = {}): Promise<string> {
  const outdir = join(root, 'out', name);
  rmSync(outdir, { recursive: true, force: true });
  const entries = { ...WORKER_ENTRIES, ...more };
  await build({
    entryPoints: Object.fromEntries(
      Object.entries(entries).map(([entry, file]) => [entry, join(root, file)]),
    ),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node24',
    outdir,
    external: ['better-sqlite3', 'electron'],
    logLevel: 'error',
  });
  return outdir;
}

/** The `--workers` option's value: `built` (the default) or `source`. */
export function workersOption(value: string | undefined): 'built' | 'source' {
  if (value === undefined || value === 'built' || value === 'source') return value ?? 'built';
  throw new Error(`--workers is “built” or “source”, not “${value}”`);
}
