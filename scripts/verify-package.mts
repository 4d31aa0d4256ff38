/**
 * Checks a packaged Bulletin (electron-builder's unpacked app folder) against what the installers must
 * hold: the electron-vite build and the sample articles inside app.asar, no source, tests or docs, every
 * production dependency, better-sqlite3's prebuilt binary for the target outside the asar (native code
 * loads from a real path), and the fuses flipped as electron-builder.yml says.
 *
 *   node scripts/verify-package.mts                    every unpacked app under dist/ (after `npm run package`)
 *   node scripts/verify-package.mts dist/linux-unpacked
 *
 * It reads app.asar's header itself (a small JSON index at the start of the file), so it needs no
 * package beyond @electron/fuses.
 */
import { existsSync, openSync, readdirSync, readFileSync, readSync, closeSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';

/** The fuses electron-builder.yml flips, as the binary must hold them. */
export const EXPECTED_FUSES: ReadonlyArray<[FuseV1Options, FuseState]> = [
  [FuseV1Options.RunAsNode, FuseState.DISABLE],
  [FuseV1Options.EnableCookieEncryption, FuseState.ENABLE],
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable, FuseState.DISABLE],
  [FuseV1Options.EnableNodeCliInspectArguments, FuseState.DISABLE],
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation, FuseState.ENABLE],
  [FuseV1Options.OnlyLoadAppFromAsar, FuseState.ENABLE],
  [FuseV1Options.GrantFileProtocolExtraPrivileges, FuseState.DISABLE],
];

/** Files the app cannot start without (electron-vite's output). */
const REQUIRED = [
  'package.json',
  'out/main/index.js',
  'out/main/parse-worker.js',
  'out/main/index-worker.js',
  'out/main/check-worker.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
];
/** Top-level folders of the repository that must never ship. */
const FORBIDDEN = [
  'src',
  'e2e',
  'bench',
  'docs',
  'test',
  'scripts',
  '.tools',
  '.github',
  'dist',
  'test-results',
];

/** Where one packaged app keeps its executable and its resources folder. */
export interface PackagedApp {
  platform: 'linux' | 'win32' | 'darwin';
  arch: 'x64' | 'arm64';
  /** What @electron/fuses is given: the executable, or the .app bundle on macOS. */
  binary: string;
  resources: string;
}

interface AsarEntry {
  files?: Record<string, AsarEntry>;
  size?: number;
  offset?: string;
  unpacked?: boolean;
}

/** An app.asar's index: every file path (with `/`) and whether it is stored in app.asar.unpacked. */
export function readAsarIndex(asarPath: string): {
  files: Map<string, { unpacked: boolean }>;
  read: (path: string) => Buffer;
} {
  const fd = openSync(asarPath, 'r');
  try {
    const sizes = Buffer.alloc(16);
    readSync(fd, sizes, 0, 16, 0);
    const headerSize = sizes.readUInt32LE(4);
    const jsonSize = sizes.readUInt32LE(12);
    const json = Buffer.alloc(jsonSize);
    readSync(fd, json, 0, jsonSize, 16);
    const root = JSON.parse(json.toString('utf8')) as AsarEntry;
    const files = new Map<string, { unpacked: boolean }>();
    const entries = new Map<string, AsarEntry>();
    const walk = (entry: AsarEntry, prefix: string): void => {
      for (const [name, child] of Object.entries(entry.files ?? {})) {
        const path = prefix ? `${prefix}/${name}` : name;
        if (child.files) walk(child, path);
        else {
          files.set(path, { unpacked: child.unpacked === true });
          entries.set(path, child);
        }
      }
    };
    walk(root, '');
    const dataStart = 8 + headerSize;
    const read = (path: string): Buffer => {
      const entry = entries.get(path);
      if (!entry || entry.size === undefined) throw new Error(`${asarPath} has no file ${path}.`);
      if (entry.unpacked) return readFileSync(join(`${asarPath}.unpacked`, ...path.split('/')));
      const handle = openSync(asarPath, 'r');
      try {
        const buffer = Buffer.alloc(entry.size);
        readSync(handle, buffer, 0, entry.size, dataStart + Number(entry.offset ?? 0));
        return buffer;
      } finally {
        closeSync(handle);
      }
    };
    return { files, read };
  } finally {
    closeSync(fd);
  }
}

/** The production dependencies' closure, read from the project's node_modules (package.json "dependencies"). */
export function productionPackages(root: string): string[] {
  const seen = new Set<string>();
  const visit = (name: string, from: string): void => {
    // Node's lookup: the nearest node_modules folder, going up from the requiring package.
    let dir = from;
    for (;;) {
      const candidate = join(dir, 'node_modules', name);
      if (existsSync(join(candidate, 'package.json'))) {
        const key = relative(root, candidate).split('\\').join('/');
        if (seen.has(key)) return;
        seen.add(key);
        const manifest = JSON.parse(readFileSync(join(candidate, 'package.json'), 'utf8')) as {
          dependencies?: Record<string, string>;
          optionalDependencies?: Record<string, string>;
        };
        for (const dep of Object.keys(manifest.dependencies ?? {})) visit(dep, candidate);
        for (const dep of Object.keys(manifest.optionalDependencies ?? {})) {
          if (findPackage(dep, candidate, root)) visit(dep, candidate);
        }
        return;
      }
      if (dir === root || dirname(dir) === dir) break;
      dir = dirname(dir);
    }
    throw new Error(
      `${name} (needed by ${relative(root, from) || 'package.json'}) is not installed: run npm ci.`,
    );
  };
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  for (const dep of Object.keys(manifest.dependencies ?? {})) visit(dep, root);
  return [...new Set([...seen].map((key) => key.replace(/^.*node_modules\//, '')))].sort();
}

function findPackage(name: string, from: string, root: string): boolean {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'node_modules', name, 'package.json'))) return true;
    if (dir === root || dirname(dir) === dir) return false;
  }
}

/** Checks one packaged app against the project in `root`; returns one sentence per problem. */
export async function verifyPackage(app: PackagedApp, root: string): Promise<string[]> {
  const problems: string[] = [];
  const asarPath = join(app.resources, 'app.asar');
  if (!existsSync(asarPath))
    return [`${asarPath} is missing: the app must be packed into an asar (asar: true).`];
  if (existsSync(join(app.resources, 'app'))) {
    problems.push(
      `${join(app.resources, 'app')} exists: only app.asar may hold the app (OnlyLoadAppFromAsar).`,
    );
  }
  const { files, read } = readAsarIndex(asarPath);
  const has = (path: string): boolean => files.has(path);

  for (const path of REQUIRED) if (!has(path)) problems.push(`app.asar lacks ${path}.`);
  for (const folder of FORBIDDEN) {
    const shipped = [...files.keys()].filter((f) => f.startsWith(`${folder}/`));
    if (shipped.length > 0)
      problems.push(
        `app.asar holds ${shipped.length} file(s) under ${folder}/ (e.g. ${shipped[0]}), which must not ship.`,
      );
  }

  const samplesDir = join(root, 'resources', 'samples');
  const samples = readdirSync(samplesDir).filter((f) => !f.startsWith('.'));
  for (const sample of samples) {
    if (!has(`resources/samples/${sample}`))
      problems.push(`app.asar lacks the sample resources/samples/${sample}.`);
  }

  if (has('package.json')) {
    const project = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      version: string;
      devDependencies?: Record<string, string>;
    };
    const packaged = JSON.parse(read('package.json').toString('utf8')) as {
      main?: string;
      version?: string;
      desktopName?: string;
    };
    if (packaged.main !== './out/main/index.js')
      problems.push(`the packaged package.json's main is ${packaged.main}, not ./out/main/index.js.`);
    if (packaged.version !== project.version)
      problems.push(`the packaged version is ${packaged.version}, not package.json's ${project.version}.`);
    if (packaged.desktopName !== 'bulletin.desktop')
      problems.push(
        `the packaged package.json's desktopName is ${packaged.desktopName}, not bulletin.desktop.`,
      );
    const needed = new Set(productionPackages(root));
    for (const dev of Object.keys(project.devDependencies ?? {})) {
      if (!needed.has(dev) && has(`node_modules/${dev}/package.json`))
        problems.push(`app.asar holds the devDependency ${dev}.`);
    }
  }
  for (const name of productionPackages(root)) {
    const present = [...files.keys()].some(
      (f) => f === `node_modules/${name}/package.json` || f.endsWith(`/node_modules/${name}/package.json`),
    );
    if (!present) problems.push(`app.asar lacks the production dependency ${name}.`);
  }

  const prebuild = `node_modules/better-sqlite3/prebuilds/${app.platform}-${app.arch}.node`;
  const native = files.get(prebuild);
  if (!native) problems.push(`app.asar lacks ${prebuild}.`);
  else if (!native.unpacked || !existsSync(join(`${asarPath}.unpacked`, ...prebuild.split('/')))) {
    problems.push(
      `${prebuild} is not in app.asar.unpacked: the system cannot load native code from inside an asar.`,
    );
  }
  const packedNatives = [...files].filter(([f, e]) => f.endsWith('.node') && !e.unpacked).map(([f]) => f);
  if (packedNatives.length > 0)
    problems.push(`native files packed inside app.asar: ${packedNatives.join(', ')}.`);

  try {
    const wire = (await getCurrentFuseWire(app.binary)) as unknown as Record<number, number>;
    for (const [fuse, state] of EXPECTED_FUSES) {
      if (wire[fuse] !== state) {
        problems.push(
          `fuse ${FuseV1Options[fuse]} is ${describeFuse(wire[fuse])} in ${app.binary}, not ${describeFuse(state)}.`,
        );
      }
    }
  } catch (error) {
    problems.push(`the fuses of ${app.binary} could not be read: ${(error as Error).message}`);
  }
  return problems;
}

function describeFuse(state: number | undefined): string {
  return state === FuseState.ENABLE
    ? 'on'
    : state === FuseState.DISABLE
      ? 'off'
      : state === FuseState.REMOVED
        ? 'removed'
        : 'absent';
}

/** The packaged apps electron-builder left in `dist` (linux-unpacked, win-unpacked, mac*\/<name>.app). */
export function findPackagedApps(
  dist: string,
  productName = 'Bulletin',
  executableName = 'bulletin',
): PackagedApp[] {
  if (!existsSync(dist)) return [];
  const apps: PackagedApp[] = [];
  for (const entry of readdirSync(dist, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    apps.push(...describeAppDir(join(dist, entry.name), productName, executableName));
  }
  return apps;
}

/** One of electron-builder's output folders as a `PackagedApp` (none when it holds no app). */
export function describeAppDir(
  dir: string,
  productName = 'Bulletin',
  executableName = 'bulletin',
): PackagedApp[] {
  const name = basename(dir);
  const arch = /arm64/.test(name) ? 'arm64' : 'x64';
  if (/^linux(-arm64)?-unpacked$/.test(name)) {
    return [
      { platform: 'linux', arch, binary: join(dir, executableName), resources: join(dir, 'resources') },
    ];
  }
  if (/^win(-arm64)?-unpacked$/.test(name)) {
    return [
      { platform: 'win32', arch, binary: join(dir, `${productName}.exe`), resources: join(dir, 'resources') },
    ];
  }
  const bundle = join(dir, `${productName}.app`);
  if (/^mac/.test(name) && existsSync(bundle)) {
    return [{ platform: 'darwin', arch, binary: bundle, resources: join(bundle, 'Contents', 'Resources') }];
  }
  return [];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(fileURLToPath(import.meta.url), '..', '..');
  const dirs = process.argv.slice(2);
  const apps =
    dirs.length > 0 ? dirs.flatMap((d) => describeAppDir(d)) : findPackagedApps(join(root, 'dist'));
  if (apps.length === 0) {
    console.error(
      'verify-package: no packaged app found (run `npm run package`, or name a folder such as dist/linux-unpacked).',
    );
    process.exit(1);
  }
  let failed = false;
  for (const app of apps) {
    const problems = await verifyPackage(app, root);
    for (const p of problems) console.error(`${app.resources}: ${p}`);
    if (problems.length > 0) failed = true;
    else
      console.log(
        `verify-package: ${app.platform}-${app.arch} ${dirname(app.resources)} is complete, without dev files, fuses set.`,
      );
  }
  process.exit(failed ? 1 : 0);
}
