import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBinary } from '../e2e/support/app';

const downloaded = existsSync(
  join(dirname(createRequire(__filename).resolve('electron/package.json')), 'path.txt'),
);

describe('the e2e harness finds Electron', () => {
  it('in ELECTRON_OVERRIDE_DIST_PATH, as node_modules/electron/index.js does', () => {
    const dist = mkdtempSync(join(tmpdir(), 'electron-dist-'));
    writeFileSync(join(dist, 'electron'), '');
    expect(electronBinary({ ELECTRON_OVERRIDE_DIST_PATH: dist })).toBe(join(dist, 'electron'));
  });

  it('nowhere when BULLETIN_E2E_MODE=chromium, even with a binary', () => {
    const dist = mkdtempSync(join(tmpdir(), 'electron-dist-'));
    writeFileSync(join(dist, 'electron'), '');
    expect(electronBinary({ ELECTRON_OVERRIDE_DIST_PATH: dist, BULLETIN_E2E_MODE: 'chromium' })).toBeNull();
  });

  it.skipIf(downloaded)(
    'nowhere (Chromium mode) when the override names a missing binary and none was downloaded',
    () => {
      const empty = mkdtempSync(join(tmpdir(), 'electron-dist-'));
      expect(electronBinary({ ELECTRON_OVERRIDE_DIST_PATH: empty })).toBeNull();
      expect(electronBinary({})).toBeNull();
    },
  );
});
