import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = resolve(__dirname, '..', '..');
const config = parse(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown> & {
  files: string[];
  asarUnpack: string[];
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; executableName: string; desktop: { entry: Record<string, string> } };
  win: { target: { target: string }[] };
  mac: { target: { target: string }[] };
  extraMetadata: { desktopName: string };
};
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  main: string;
  scripts: Record<string, string>;
};

// electron-builder's own minimatch (the top-level one is an older major), as its file matcher uses it.
const builderRequire = createRequire(createRequire(__filename).resolve('app-builder-lib/package.json'));
const { minimatch } = builderRequire('minimatch') as {
  minimatch: (path: string, pattern: string, options: { dot: boolean }) => boolean;
};

/** electron-builder's own check of a configuration against its scheme.json (what `electron-builder` runs first). */
const { validateConfiguration } = createRequire(__filename)('app-builder-lib/out/util/config/config') as {
  validateConfiguration: (config: unknown, logger: { isEnabled: boolean; add: () => void }) => Promise<void>;
};
const quiet = { isEnabled: false, add: () => undefined };

/** Whether the `files` list lets a project path into the app (electron-builder applies the patterns in order). */
function shipped(path: string): boolean {
  let included = false;
  for (const pattern of config.files) {
    const negate = pattern.startsWith('!');
    if (included !== negate) continue;
    if (minimatch(path, negate ? pattern.slice(1) : pattern, { dot: true })) included = !negate;
  }
  return included;
}

describe('electron-builder.yml', () => {
  it('passes electron-builder 26 scheme validation, and a misspelt option would not', async () => {
    await expect(validateConfiguration(config, quiet)).resolves.toBeUndefined();
    await expect(
      validateConfiguration({ ...config, linux: { ...config.linux, categry: 'Education' } }, quiet),
    ).rejects.toThrow(/configuration\.linux/);
  });

  it('names the app and builds AppImage and deb, NSIS and dmg', () => {
    expect(config.appId).toBe('in.bulletin.app');
    expect(config.productName).toBe('Bulletin');
    expect(config.version).toBeUndefined(); // package.json's version
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.mac.target.map((t) => t.target)).toEqual(['dmg']);
  });

  it('ships the build and the samples, and no source, tests, benchmarks or docs', () => {
    for (const path of [
      'out/main/index.js',
      'out/main/parse-worker.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
    ]) {
      expect(shipped(path), path).toBe(true);
    }
    expect(shipped('resources/samples/2022-03-08-lokpal.txt')).toBe(true);
    expect(shipped('resources/icon.png')).toBe(true);
    expect(manifest.main).toBe('./out/main/index.js');
    for (const path of [
      'src/main/index.ts',
      'e2e/library.spec.ts',
      'bench/search.ts',
      'docs/installing.md',
      'test/packaging/builder-config.test.ts',
      'scripts/check-bundle.mts',
      'resources/icon.svg',
      '.tools/node-24.22.3/bin/node',
      'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c',
      'out/main/index.js.map',
    ]) {
      expect(shipped(path), path).toBe(false);
    }
  });

  it('packs an asar and unpacks every prebuilt better-sqlite3 binary', () => {
    expect(config.asar).toBe(true);
    expect(config.npmRebuild).toBe(false);
    for (const target of ['linux-x64', 'linux-arm64', 'win32-x64', 'darwin-arm64', 'darwin-x64']) {
      const file = `node_modules/better-sqlite3/prebuilds/${target}.node`;
      expect(
        config.asarUnpack.some((p) => minimatch(file, p, { dot: true })),
        file,
      ).toBe(true);
    }
    expect(config.asarUnpack.some((p) => minimatch('out/main/index.js', p, { dot: true }))).toBe(false);
  });

  it('flips the fuses that turn the binary into a general Node or debugger', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });

  it('gives Linux a desktop entry whose window class matches the desktop file name', () => {
    const entry = config.linux.desktop.entry;
    expect(entry.Categories).toBe('Education;Office;');
    expect(entry.StartupWMClass).toBe('bulletin');
    expect(config.extraMetadata.desktopName).toBe(`${entry.StartupWMClass}.desktop`);
    expect(config.linux.executableName).toBe('bulletin');
  });

  it('has npm scripts that build, check the bundle and package', () => {
    expect(manifest.scripts.package).toBe(
      'electron-vite build && node scripts/check-bundle.mts && electron-builder --publish never',
    );
    for (const os of ['linux', 'win', 'mac']) {
      expect(manifest.scripts[`package:${os}`]).toContain(`electron-builder --${os} --publish never`);
    }
  });
});
