import { once } from 'node:events';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startWorker } from './start-worker';

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
