import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBundle, packageOf } from '../../scripts/check-bundle.mts';

const roots: string[] = [];

/** A project folder with a package.json and the given bundle files under out/. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'bulletin-check-bundle-'));
  roots.push(root);
  writeFileSync(
    join(root, 'package.json'),
    JSON.stringify({
      dependencies: { zod: '4.0.0', '@mozilla/readability': '0.6.0', 'lunr-languages': '1.0.0' },
      devDependencies: { tsx: '4.0.0', 'playwright-core': '1.0.0' },
    }),
  );
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

const CLEAN_MAIN = [
  '"use strict";',
  'const node_fs = require("node:fs");',
  'const path = require("path");',
  'const electron = require("electron");',
  'const z = require("zod");',
  'const { Readability } = require("@mozilla/readability");',
  'require("lunr-languages/lunr.hi");',
  'const chunk = require("./chunks/export-abc.js");',
  'const later = () => import("./chunks/docx-abc.js");',
].join('\n');

describe('checkBundle', () => {
  it('accepts builtins, electron, production dependencies (and their subpaths) and relative chunks', () => {
    const root = project({
      'out/main/index.js': CLEAN_MAIN,
      'out/preload/index.cjs':
        '// ../node_modules/zod/v4/core/core.js\nconst electron = require("electron");\n',
    });
    const report = checkBundle(root);
    expect(report.files.map((f) => f.slice(root.length + 1))).toEqual([
      join('out', 'main', 'index.js'),
      join('out', 'preload', 'index.cjs'),
    ]);
    expect(report.problems).toEqual([]);
  });

  it('names a devDependency the bundle requires or imports, with the file', () => {
    const root = project({
      'out/main/index.js': CLEAN_MAIN,
      'out/main/chunks/printer-x.js':
        'const { chromium } = await import("playwright-core");\nrequire("tsx/cjs");\n',
    });
    const { problems } = checkBundle(root);
    expect(problems).toEqual([
      {
        file: join('out', 'main', 'chunks', 'printer-x.js'),
        specifier: 'tsx/cjs',
        reason:
          'loads "tsx", which is a devDependency; the installed app has only package.json "dependencies".',
      },
      {
        file: join('out', 'main', 'chunks', 'printer-x.js'),
        specifier: 'playwright-core',
        reason:
          'loads "playwright-core", which is a devDependency; the installed app has only package.json "dependencies".',
      },
    ]);
  });

  it('names a package the bundler copied in (its module comments) and one that is no dependency at all', () => {
    const root = project({
      'out/main/chunks/playwright-core-x.js':
        'const rt = require("./rolldown-runtime.js");\n// ../../main/node_modules/playwright-core/lib/bootstrap.js\nvar x = 1;\n',
      'out/preload/index.cjs': 'import { thing } from "left-pad";\n',
    });
    const reasons = checkBundle(root).problems.map((p) => `${p.file}: ${p.reason}`);
    expect(reasons).toEqual([
      `${join('out', 'main', 'chunks', 'playwright-core-x.js')}: contains a copy of "playwright-core", which is a devDependency; the installed app has only package.json "dependencies".`,
      `${join('out', 'preload', 'index.cjs')}: loads "left-pad", which is not a dependency in package.json; the installed app has only package.json "dependencies".`,
    ]);
  });

  it('says to build first when there is no bundle', () => {
    const root = project({});
    expect(() => checkBundle(root)).toThrow(/No bundle under .*out: run `electron-vite build` first\./);
  });
});

describe('packageOf', () => {
  it('reads the package from a specifier', () => {
    expect(packageOf('@scope/name/sub/path.js')).toBe('@scope/name');
    expect(packageOf('lunr-languages/lunr.hi')).toBe('lunr-languages');
    expect(packageOf('./chunk.js')).toBeNull();
    expect(packageOf('/abs/file.js')).toBeNull();
    expect(packageOf('C:\\x\\y.js')).toBeNull();
  });
});
