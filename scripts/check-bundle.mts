/**
 * Checks that the app's main-process and preload bundles reach no dev-only code: every package they
 * load at run time (`require("x")`, `import("x")`, `import … from "x"`) and every package the bundler
 * copied into them (its `// …/node_modules/x/…` module comments) must be a production dependency in
 * package.json, a Node builtin or `electron`. electron-builder ships only the production dependencies,
 * so anything else would be missing from the installed app, or dev code shipped inside it.
 *
 *   node scripts/check-bundle.mts           (after `electron-vite build`; Node 24 runs TypeScript)
 *
 * A `require.resolve("x")` only looks a path up; start-worker.ts keeps one for tsx behind a check that
 * it runs from TypeScript source, which the bundle never is.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

/** One package a bundle file needs that the installed app would not have. */
export interface BundleProblem {
  file: string;
  specifier: string;
  reason: string;
}

/** What the check found: the files it read and the packages that break the rule. */
export interface BundleReport {
  files: string[];
  problems: BundleProblem[];
}

const LOADS = [
  /\brequire\(\s*(["'])([^"'\n]+)\1\s*\)/g,
  /\bimport\(\s*(?:\/\*[^*]*\*\/\s*)?(["'])([^"'\n]+)\1\s*\)/g,
  /^\s*(?:import|export)\b[^;'"]*?\bfrom\s*(["'])([^"'\n]+)\1/gm,
  /^\s*import\s*(["'])([^"'\n]+)\1/gm,
];
// rolldown marks each module it inlines with a comment line giving its path.
const INLINED = /^\/\/ \S*node_modules\/((?:@[^/\s]+\/)?[^/\s]+)\//gm;

/** The package a bare specifier names (`@scope/name` or `name`), or null for a relative or absolute path. */
export function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/') || /^[A-Za-z]:[\\/]/.test(specifier))
    return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? null);
}

function isBuiltin(specifier: string): boolean {
  return (
    specifier.startsWith('node:') ||
    builtinModules.includes(specifier) ||
    builtinModules.includes(packageOf(specifier) ?? '')
  );
}

/** The bundle files the app runs in Node: out/main/**\/*.js and out/preload/*.cjs (the renderer is a web page). */
export function bundleFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string, keep: (name: string) => boolean): void => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path, keep);
      else if (keep(entry.name)) found.push(path);
    }
  };
  walk(join(root, 'out', 'main'), (name) => /\.[cm]?js$/.test(name));
  walk(join(root, 'out', 'preload'), (name) => /\.[cm]?js$/.test(name));
  return found.sort();
}

/** Reads package.json and the bundle under `root` and lists every package the installed app could not load. */
export function checkBundle(root: string): BundleReport {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const production = new Set(Object.keys(manifest.dependencies ?? {}));
  const development = new Set(Object.keys(manifest.devDependencies ?? {}));
  const files = bundleFiles(root);
  if (files.length === 0) {
    throw new Error(`No bundle under ${join(root, 'out')}: run \`electron-vite build\` first.`);
  }
  const problems: BundleProblem[] = [];
  const judge = (file: string, specifier: string, how: string): void => {
    const name = packageOf(specifier);
    if (name === null || isBuiltin(specifier) || name === 'electron' || production.has(name)) return;
    const kind = development.has(name) ? 'a devDependency' : 'not a dependency in package.json';
    problems.push({
      file: relative(root, file),
      specifier,
      reason: `${how} "${name}", which is ${kind}; the installed app has only package.json "dependencies".`,
    });
  };
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    for (const pattern of LOADS) {
      for (const match of code.matchAll(pattern)) judge(file, match[2] ?? '', 'loads');
    }
    const inlined = new Set([...code.matchAll(INLINED)].map((m) => m[1] ?? ''));
    for (const name of inlined) judge(file, name, 'contains a copy of');
  }
  return { files, problems };
}

/**
 * Checks that the bundle's `startWorker` starts every worker entry (out/main/*-worker.js) from where the
 * bundler put it: in a shared chunk its `__dirname` is out/main/chunks, and a lookup beside it alone made
 * every worker fall back to the main thread in the built app. Each worker is started and stopped at once.
 * Returns a sentence per worker that would not start.
 */
export async function checkWorkerEntries(root: string): Promise<string[]> {
  const main = join(root, 'out', 'main');
  const workers = readdirSync(main)
    .filter((name) => name.endsWith('-worker.js'))
    .map((name) => name.slice(0, -'.js'.length));
  const holder = bundleFiles(root).find((file) =>
    readFileSync(file, 'utf8').includes("is missing from Bulletin's build"),
  );
  if (!holder) return ['no bundle file holds startWorker'];
  const { startWorker } = createRequire(holder)(holder) as {
    startWorker?: (name: string, sourceDir: string) => Worker;
  };
  if (typeof startWorker !== 'function') return [`${relative(root, holder)} does not export startWorker`];
  const problems: string[] = [];
  for (const name of workers) {
    try {
      const worker = startWorker(name, main);
      worker.on('error', () => undefined); // started without its data: only whether it starts matters
      await worker.terminate();
    } catch (error) {
      problems.push(`${relative(root, holder)} cannot start ${name}: ${(error as Error).message}`);
    }
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(fileURLToPath(import.meta.url), '..', '..');
  const { files, problems } = checkBundle(root);
  const missing = await checkWorkerEntries(root);
  for (const m of missing) console.error(`check-bundle: ${m}`);
  if (missing.length > 0) process.exit(1);
  for (const p of problems) console.error(`${p.file}: ${p.reason}`);
  if (problems.length > 0) {
    console.error(`check-bundle: ${problems.length} problem(s) in ${files.length} bundle files.`);
    process.exit(1);
  }
  console.log(
    `check-bundle: ${files.length} bundle files load only production dependencies, builtins and electron; the bundle starts its ${readdirSync(join(root, 'out', 'main')).filter((n) => n.endsWith('-worker.js')).length} workers.`,
  );
}
