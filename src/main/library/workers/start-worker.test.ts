import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtEntry, runsFromSource, startWorker, withoutTsx } from './start-worker';

describe('startWorker', () => {
  it('runs a TypeScript worker entry from source and talks to it', async () => {
    const worker = startWorker('echo-worker', join(__dirname, '..', '..', '..', '..', 'test', 'support'));
    try {
      worker.postMessage('a\u00a0b\u200bc');
      const [reply] = (await once(worker, 'message')) as [string];
      expect(reply).toBe('a bc');
    } finally {
      await worker.terminate();
    }
  });
});

describe('runsFromSource (tsx, a devDependency, is only used from source)', () => {
  it('is true for this module run as TypeScript and false for the bundle', () => {
    expect(runsFromSource()).toBe(true);
    expect(runsFromSource('/opt/Bulletin/resources/app.asar/out/main/index.js')).toBe(false);
    expect(runsFromSource('C:\\Program Files\\Bulletin\\resources\\app.asar\\out\\main\\index.js')).toBe(
      false,
    );
    expect(runsFromSource('/repo/src/main/library/workers/start-worker.ts')).toBe(true);
  });
});

describe('builtEntry (the bundle)', () => {
  it('finds a worker entry beside this module or, from a shared chunk, one folder up', () => {
    const out = mkdtempSync(join(tmpdir(), 'bulletin-bundle-'));
    try {
      mkdirSync(join(out, 'chunks'));
      writeFileSync(join(out, 'index-worker.js'), '');
      expect(builtEntry('index-worker', out)).toBe(join(out, 'index-worker.js'));
      expect(builtEntry('index-worker', join(out, 'chunks'))).toBe(join(out, 'index-worker.js'));
      expect(builtEntry('parse-worker', join(out, 'chunks'))).toBeNull();
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('withoutTsx (a built worker does not load tsx)', () => {
  it('drops tsx’s loader, in each of its spellings, and keeps every other flag', () => {
    expect(withoutTsx(['--import', 'tsx', '--cpu-prof'])).toEqual(['--cpu-prof']);
    expect(withoutTsx(['--require', '/repo/node_modules/tsx/dist/cjs/index.cjs'])).toEqual([]);
    expect(withoutTsx(['--import=tsx', '--max-old-space-size=4096'])).toEqual(['--max-old-space-size=4096']);
    expect(withoutTsx(['-r', 'tsx/cjs', '--import', './instrument.mjs'])).toEqual([
      '--import',
      './instrument.mjs',
    ]);
    expect(withoutTsx(['--import', 'tsxlike'])).toEqual(['--import', 'tsxlike']);
  });
});
