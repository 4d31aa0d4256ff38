import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

// better-sqlite3 13 is a Node-API addon whose npm tarball carries prebuilt binaries for eight platforms:
// the same file serves Node (CLI, tests) and Electron (the app), so nothing is compiled at install time.
const load = createRequire(__filename);
const packageDir = dirname(load.resolve('better-sqlite3/package.json'));
const target = `${process.platform}-${process.arch}`;

describe('better-sqlite3 loads its prebuilt binary, with no compiler', () => {
  it('has no node-gyp build folder, and a prebuilt binary and platform entry for this platform', () => {
    expect(existsSync(join(packageDir, 'build'))).toBe(false);
    expect(existsSync(join(packageDir, 'prebuilds', `${target}.node`))).toBe(true);
    expect(load.resolve(`better-sqlite3/${target}`)).toBe(join(packageDir, 'lib', `${target}.js`));
  });

  it('opens a database through the prebuilt binary, which embeds SQLite 3.54 or newer', () => {
    const Database = load('better-sqlite3') as typeof import('better-sqlite3');
    const db = new Database(':memory:');
    try {
      const { version } = db.prepare('SELECT sqlite_version() AS version').get() as { version: string };
      const [major = 0, minor = 0] = version.split('.').map(Number);
      expect(major * 1000 + minor, `SQLite ${version}`).toBeGreaterThanOrEqual(3054);
    } finally {
      db.close();
    }
    const natives = Object.keys(load.cache).filter(
      (file) => file.endsWith('.node') && file.includes(`${sep}better-sqlite3${sep}`),
    );
    expect(natives).toEqual([join(packageDir, 'prebuilds', `${target}.node`)]);
  });

  it('is the version the project pins, from the npm tarball (no install script)', () => {
    const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
      version: string;
      gypfile?: boolean;
      scripts?: Record<string, string>;
    };
    expect(manifest.version.split('.')[0]).toBe('13');
    expect(manifest.gypfile).toBe(false);
    expect(manifest.scripts?.install).toBeUndefined();
  });
});
