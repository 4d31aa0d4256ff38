import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RpcTestMethods } from '../../../../test/support/rpc-worker';
import { tempDir } from '../../../../test/support/temp-library';
import { KeptWorker } from './kept-worker';
import { startWorker } from './start-worker';

const SUPPORT = join(__dirname, '..', '..', '..', '..', 'test', 'support');

function kept(idleMs?: number): KeptWorker<RpcTestMethods> {
  return new KeptWorker<RpcTestMethods>(() => startWorker('rpc-worker', SUPPORT), {
    name: 'the test worker',
    idleMs,
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a worker kept between calls', () => {
  it('serves calls in a row with one thread, and ends it after its idle time', async () => {
    const worker = kept(300);
    try {
      expect(await worker.use((w) => w.call('normalize', 'a\u00a0b'))).toBe('a b');
      const thread = worker.threadId;
      expect(thread).not.toBeNull();
      expect(await worker.use((w) => w.call('later', { ms: 10, value: 4 }))).toBe(8);
      expect(worker.threadId).toBe(thread);
      // 300 ms idle, then a quiet second of the main thread: ended.
      await sleep(2_000);
      expect(worker.running).toBe(false);
      // The next call starts a new one.
      expect(await worker.use((w) => w.call('normalize', 'x\u200by'))).toBe('xy');
      expect(worker.threadId).not.toBe(thread);
    } finally {
      await worker.end();
    }
  });

  it('is not ended by its idle timer while a call runs, nor while the main thread is busy', async () => {
    const worker = kept(50);
    try {
      expect(await worker.use((w) => w.call('later', { ms: 600, value: 1 }))).toBe(2);
      const thread = worker.threadId;
      // Keep the main thread busy past the idle time and the quiet sample: the worker stays.
      const until = performance.now() + 1_500;
      while (performance.now() < until) {
        const spin = performance.now() + 20;
        while (performance.now() < spin) {
          // busy
        }
        await sleep(1);
      }
      expect(worker.threadId).toBe(thread);
    } finally {
      await worker.end();
    }
  });

  it('ends a worker whose call failed or that died, and starts a fresh one for the next call', async () => {
    const worker = kept();
    try {
      await worker.use((w) => w.call('normalize', 'a'));
      const first = worker.threadId;
      await expect(worker.use((w) => w.call('fail', 'no disk'))).rejects.toThrow('refused: no disk');
      expect(worker.running).toBe(false);
      await worker.use((w) => w.call('normalize', 'a'));
      const second = worker.threadId;
      expect(second).not.toBe(first);
      await expect(worker.use((w) => w.call('exit', 3))).rejects.toThrow(
        'the test worker stopped (it exited with code 3)',
      );
      expect(worker.running).toBe(false);
      expect(await worker.use((w) => w.call('normalize', 'b\u00a0c'))).toBe('b c');
      expect(worker.threadId).not.toBe(second);
    } finally {
      await worker.end();
    }
  });

  it('does not keep the process alive: a child that used it exits by itself', async () => {
    const dir = tempDir('bulletin-kept-worker-');
    const script = join(dir, 'child.ts');
    writeFileSync(
      script,
      [
        `import { KeptWorker } from ${JSON.stringify(join(__dirname, 'kept-worker'))};`,
        `import { startWorker } from ${JSON.stringify(join(__dirname, 'start-worker'))};`,
        `const worker = new KeptWorker(() => startWorker('rpc-worker', ${JSON.stringify(SUPPORT)}), { name: 'w' });`,
        // The process must stay alive while a call runs (the worker is ref'd), then exit on its own.
        `void worker.use((w) => w.call('later', { ms: 500, value: 21 })).then((v) => console.log('answer', v));`,
      ].join('\n'),
    );
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolve(null);
      }, 20_000);
      child.on('exit', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    expect(out).toContain('answer 42');
    expect(code).toBe(0);
    // Well before the worker's idle minute.
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 30_000);
});
