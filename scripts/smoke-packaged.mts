/**
 * Starts the packaged app (electron-builder's unpacked folder for this machine's platform and
 * architecture) on a fresh library and waits until it has seeded the sample articles: proof that the
 * fused binary loads app.asar, its main bundle, better-sqlite3's unpacked binary and the samples
 * inside the asar. Playwright cannot drive this binary (the inspect fuse is off), so the library on
 * disk is the witness.
 *
 *   node scripts/smoke-packaged.mts        (after `npm run package`; on Linux under `xvfb-run -a`)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { findPackagedApps } from './verify-package.mts';

/** What to start and how long to wait for `articles` rows to appear in `<libraryDir>/library.sqlite`. */
export interface SmokeRun {
  command: string;
  args?: string[];
  libraryDir: string;
  expectedArticles: number;
  timeoutMs?: number;
}

/** Starts the command, waits for the seeded library, stops it; resolves with the article count or rejects with why. */
export async function smokeRun(run: SmokeRun): Promise<number> {
  const child = spawn(run.command, run.args ?? [], {
    env: { ...process.env, BULLETIN_LIBRARY: run.libraryDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let exit: string | null = null;
  child.on('exit', (code, signal) => (exit = `exited (${signal ?? `code ${code}`})`));
  child.on('error', (error) => (exit = `could not start: ${error.message}`));
  const deadline = Date.now() + (run.timeoutMs ?? 90_000);
  try {
    for (;;) {
      const count = countArticles(join(run.libraryDir, 'library.sqlite'));
      if (count >= run.expectedArticles) return count;
      if (exit !== null) {
        throw new Error(`${run.command} ${exit} before seeding the library (${count} articles).\n${output}`);
      }
      if (Date.now() > deadline) {
        throw new Error(
          `${run.command} had ${count} of ${run.expectedArticles} articles after ${run.timeoutMs ?? 90_000} ms.\n${output}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    if (exit === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
    }
  }
}

function countArticles(file: string): number {
  if (!existsSync(file)) return 0;
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created or migrated yet
  }
}

/** The executable inside one packaged app folder. */
function executableOf(binary: string, platform: string): string {
  return platform === 'darwin' ? join(binary, 'Contents', 'MacOS', 'Bulletin') : binary;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(fileURLToPath(import.meta.url), '..', '..');
  const app = findPackagedApps(join(root, 'dist')).find(
    (a) => a.platform === process.platform && a.arch === process.arch,
  );
  if (!app) {
    console.error(
      `smoke-packaged: no packaged app for ${process.platform}-${process.arch} under dist/ (run \`npm run package\`).`,
    );
    process.exit(1);
  }
  const samples = readdirSync(join(root, 'resources', 'samples')).filter((f) => !f.startsWith('.')).length;
  const libraryDir = mkdtempSync(join(tmpdir(), 'bulletin-smoke-'));
  try {
    const count = await smokeRun({
      command: executableOf(app.binary, app.platform),
      libraryDir,
      expectedArticles: samples,
    });
    console.log(`smoke-packaged: ${app.platform}-${app.arch} started and seeded ${count} sample articles.`);
  } catch (error) {
    console.error(`smoke-packaged: ${(error as Error).message}`);
    process.exitCode = 1;
  } finally {
    rmSync(libraryDir, { recursive: true, force: true });
  }
}
