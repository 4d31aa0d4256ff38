import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  describeAppDir,
  productionPackages,
  readAsarIndex,
  verifyPackage,
} from '../../scripts/verify-package.mts';

const ROOT = resolve(__dirname, '..', '..');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Fuse wire bytes '0'/'1' in FuseV1Options order: RunAsNode, Cookie, NodeOptions, Inspect, AsarIntegrity, OnlyAsar, V8Snapshot, FileProtocol. */
const FLIPPED = '01001100';

type Entry = string | { unpacked: string };
const dirs: string[] = [];

/** Writes an app.asar (the format @electron/asar writes: a size pickle, a JSON header pickle, the data). */
function writeAsar(asarPath: string, files: Record<string, Entry>): void {
  const root: { files: Record<string, unknown> } = { files: {} };
  const chunks: Buffer[] = [];
  let offset = 0;
  for (const [path, entry] of Object.entries(files)) {
    const parts = path.split('/');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      node.files[part] ??= { files: {} };
      node = node.files[part] as typeof root;
    }
    const name = parts[parts.length - 1]!;
    if (typeof entry === 'string') {
      const data = Buffer.from(entry);
      node.files[name] = { size: data.length, offset: String(offset) };
      chunks.push(data);
      offset += data.length;
    } else {
      const data = Buffer.from(entry.unpacked);
      node.files[name] = { size: data.length, unpacked: true };
      const real = join(`${asarPath}.unpacked`, ...parts);
      mkdirSync(dirname(real), { recursive: true });
      writeFileSync(real, data);
    }
  }
  const json = Buffer.from(JSON.stringify(root));
  const padded = Buffer.alloc(Math.ceil(json.length / 4) * 4);
  json.copy(padded);
  const header = Buffer.alloc(8 + padded.length);
  header.writeUInt32LE(4 + padded.length, 0);
  header.writeUInt32LE(json.length, 4);
  padded.copy(header, 8);
  const size = Buffer.alloc(8);
  size.writeUInt32LE(4, 0);
  size.writeUInt32LE(header.length, 4);
  mkdirSync(dirname(asarPath), { recursive: true });
  writeFileSync(asarPath, Buffer.concat([size, header, ...chunks]));
}

/** A complete packaged Linux app (linux-unpacked) as electron-builder makes it, with `change` applied. */
function packagedApp(change: { files?: Record<string, Entry | null>; wire?: string } = {}): string {
  const dist = mkdtempSync(join(tmpdir(), 'bulletin-verify-package-'));
  dirs.push(dist);
  const dir = join(dist, 'linux-unpacked');
  const files: Record<string, Entry> = {
    'package.json': JSON.stringify({
      main: './out/main/index.js',
      version: VERSION,
      desktopName: 'bulletin.desktop',
    }),
    'out/main/index.js': 'main',
    'out/main/parse-worker.js': 'w',
    'out/main/index-worker.js': 'w',
    'out/main/check-worker.js': 'w',
    'out/preload/index.cjs': 'preload',
    'out/renderer/index.html': '<!doctype html>',
    'node_modules/better-sqlite3/prebuilds/linux-x64.node': { unpacked: 'ELF' },
  };
  for (const sample of readdirSync(join(ROOT, 'resources', 'samples')))
    files[`resources/samples/${sample}`] = 'text';
  for (const name of productionPackages(ROOT)) files[`node_modules/${name}/package.json`] ??= '{}';
  for (const [path, entry] of Object.entries(change.files ?? {})) {
    if (entry === null) delete files[path];
    else files[path] = entry;
  }
  writeAsar(join(dir, 'resources', 'app.asar'), files);
  writeFileSync(
    join(dir, 'bulletin'),
    Buffer.concat([
      Buffer.from(`ELF…${SENTINEL}\x01\x08`),
      Buffer.from(change.wire ?? FLIPPED),
      Buffer.from('…'),
    ]),
  );
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('verifyPackage', () => {
  it('accepts a complete app: build, samples, production dependencies, unpacked binary, fuses set', async () => {
    const [app] = describeAppDir(packagedApp());
    expect(app?.platform).toBe('linux');
    expect(await verifyPackage(app!, ROOT)).toEqual([]);
  });

  it('reads the asar index it checks, with the unpacked flag', () => {
    const dir = packagedApp();
    const { files, read } = readAsarIndex(join(dir, 'resources', 'app.asar'));
    expect(files.get('node_modules/better-sqlite3/prebuilds/linux-x64.node')).toEqual({ unpacked: true });
    expect(files.get('out/main/index.js')).toEqual({ unpacked: false });
    expect(read('out/preload/index.cjs').toString()).toBe('preload');
    expect(read('node_modules/better-sqlite3/prebuilds/linux-x64.node').toString()).toBe('ELF');
  });

  it('names source files, a missing sample, a missing dependency and a native file packed in the asar', async () => {
    const sample = readdirSync(join(ROOT, 'resources', 'samples'))[0]!;
    const dir = packagedApp({
      files: {
        'src/main/index.ts': 'source',
        'e2e/app.spec.ts': 'test',
        [`resources/samples/${sample}`]: null,
        'node_modules/zod/package.json': null,
        'node_modules/better-sqlite3/prebuilds/linux-x64.node': 'ELF',
        'node_modules/tsx/package.json': '{}',
      },
    });
    const problems = await verifyPackage(describeAppDir(dir)[0]!, ROOT);
    expect(problems).toEqual([
      'app.asar holds 1 file(s) under src/ (e.g. src/main/index.ts), which must not ship.',
      'app.asar holds 1 file(s) under e2e/ (e.g. e2e/app.spec.ts), which must not ship.',
      `app.asar lacks the sample resources/samples/${sample}.`,
      'app.asar holds the devDependency tsx.',
      'app.asar lacks the production dependency zod.',
      'node_modules/better-sqlite3/prebuilds/linux-x64.node is not in app.asar.unpacked: the system cannot load native code from inside an asar.',
      'native files packed inside app.asar: node_modules/better-sqlite3/prebuilds/linux-x64.node.',
    ]);
  });

  it('names each fuse left as Electron ships it', async () => {
    const dir = packagedApp({ wire: '10110001' });
    const problems = await verifyPackage(describeAppDir(dir)[0]!, ROOT);
    const binary = join(dir, 'bulletin');
    expect(problems).toEqual([
      `fuse RunAsNode is on in ${binary}, not off.`,
      `fuse EnableCookieEncryption is off in ${binary}, not on.`,
      `fuse EnableNodeOptionsEnvironmentVariable is on in ${binary}, not off.`,
      `fuse EnableNodeCliInspectArguments is on in ${binary}, not off.`,
      `fuse EnableEmbeddedAsarIntegrityValidation is off in ${binary}, not on.`,
      `fuse OnlyLoadAppFromAsar is off in ${binary}, not on.`,
      `fuse GrantFileProtocolExtraPrivileges is on in ${binary}, not off.`,
    ]);
  });
});

describe('describeAppDir', () => {
  it('finds the executable and resources for each platform', () => {
    expect(describeAppDir('/d/linux-unpacked')[0]).toEqual({
      platform: 'linux',
      arch: 'x64',
      binary: join('/d/linux-unpacked', 'bulletin'),
      resources: join('/d/linux-unpacked', 'resources'),
    });
    expect(describeAppDir('/d/win-unpacked')[0]).toMatchObject({
      platform: 'win32',
      binary: join('/d/win-unpacked', 'Bulletin.exe'),
    });
    expect(describeAppDir('/d/linux-arm64-unpacked')[0]?.arch).toBe('arm64');
    expect(describeAppDir('/d/mac-arm64')).toEqual([]); // no Bulletin.app inside
  });
});
