import { once } from 'node:events';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runsFromSource, startWorker } from './start-worker';

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
