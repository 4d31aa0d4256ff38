import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { RpcTestMethods } from '../../../../test/support/rpc-worker';
import { STOP_GRACE_MS, WorkerClient, WorkerError, WorkerStopped } from './rpc';
import { startWorker } from './start-worker';

const SUPPORT = join(__dirname, '..', '..', '..', '..', 'test', 'support');

function client(onCrash?: (error: WorkerStopped) => void): WorkerClient<RpcTestMethods> {
  return new WorkerClient<RpcTestMethods>(() => startWorker('rpc-worker', SUPPORT), {
    name: 'the test worker',
    onCrash,
  });
}

describe('the workers’ RPC', () => {
  it('matches each answer to its request, whatever order they come back in', async () => {
    const worker = client();
    try {
      const slow = worker.call('later', { ms: 300, value: 1 });
      const fast = worker.call('later', { ms: 10, value: 2 });
      const normal = worker.call('normalize', 'a\u00a0b\u200bc');
      expect(worker.pending).toBe(3);
      expect(await Promise.all([slow, fast, normal])).toEqual([2, 4, 'a bc']);
      expect(worker.pending).toBe(0);
    } finally {
      await worker.close();
    }
  });

  it('delivers a request’s progress in order, with transferred buffers, before its result', async () => {
    const worker = client();
    try {
      const seen: Array<{ n: number; squares: number[] }> = [];
      const result = await worker.call(
        'count',
        { to: 4 },
        { onProgress: (p) => seen.push({ n: p.n, squares: [...p.squares] }) },
      );
      expect(result).toBe('counted to 4');
      expect(seen).toEqual([
        { n: 1, squares: [1] },
        { n: 2, squares: [1, 4] },
        { n: 3, squares: [1, 4, 9] },
        { n: 4, squares: [1, 4, 9, 16] },
      ]);
    } finally {
      await worker.close();
    }
  });

  it('rejects one request with the worker’s sentence when its handler throws or its answer cannot be copied', async () => {
    const worker = client();
    try {
      const failed = worker.call('fail', 'no such file');
      await expect(failed).rejects.toBeInstanceOf(WorkerError);
      await expect(failed).rejects.toThrow('refused: no such file');
      await expect(worker.call('unsendable', null)).rejects.toThrow(/could not be cloned/);
      // The worker carries on.
      expect(await worker.call('normalize', 'x\u00a0y')).toBe('x y');
    } finally {
      await worker.close();
    }
  });

  it('rejects every waiting request with one sentence when the worker exits, and tells the owner first', async () => {
    const crashes: string[] = [];
    const worker = client((error) => crashes.push(`${error.message} with ${worker.pending} waiting`));
    const hanging = worker.call('hang', null);
    const exiting = worker.call('exit', 7);
    const errors = await Promise.all([hanging, exiting].map((p) => p.catch((e: unknown) => e)));
    for (const error of errors) {
      expect(error).toBeInstanceOf(WorkerStopped);
      expect((error as WorkerStopped).message).toBe('the test worker stopped (it exited with code 7)');
      expect((error as WorkerStopped).crashed).toBe(true);
    }
    expect(crashes).toEqual(['the test worker stopped (it exited with code 7) with 2 waiting']);
    // A later request fails at once with the same sentence.
    await expect(worker.call('normalize', 'x')).rejects.toThrow(
      'the test worker stopped (it exited with code 7)',
    );
  });

  it('names an uncaught error as the reason, and says "was stopped" when closed on purpose', async () => {
    const thrower = new WorkerClient<RpcTestMethods>(
      () => new Worker(`setTimeout(() => { throw new Error('out of paper'); }, 50)`, { eval: true }),
      { name: 'the printer' },
    );
    await expect(thrower.call('hang', null)).rejects.toThrow('the printer stopped (out of paper)');

    const worker = client(() => expect.unreachable('closing is no crash'));
    const waiting = worker.call('hang', null).catch((e: unknown) => e);
    await worker.close();
    const error = await waiting;
    expect(error).toBeInstanceOf(WorkerStopped);
    expect(error).toMatchObject({ message: 'the test worker was stopped', crashed: false });
  });

  it('closes a worker busy with zlib streams by asking it to exit, never by cutting a stream’s set-up short', async () => {
    // Node 24 aborts the whole process when terminate() lands inside a zlib stream's constructor; this
    // loop would do so now and then if close() terminated at once.
    for (let round = 0; round < 40; round++) {
      const worker = client(() => expect.unreachable('closing is no crash'));
      const exitCode = new Promise<number>((resolve) => worker.worker.once('exit', resolve));
      const busy = worker.call('deflateForever', null).catch((e: unknown) => e);
      await new Promise((resolve) => setTimeout(resolve, 5 + (round % 7)));
      await worker.close();
      expect(await busy).toBeInstanceOf(WorkerStopped);
      // It exited by itself (a terminated worker exits with code 1).
      expect(await exitCode).toBe(0);
    }
  });

  it('terminates a worker that does not exit within the grace, in a long synchronous step', async () => {
    const worker = client(() => expect.unreachable('closing is no crash'));
    const exitCode = new Promise<number>((resolve) => worker.worker.once('exit', resolve));
    const spinning = worker.call('spin', { ms: 20 * STOP_GRACE_MS }).catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = performance.now();
    await worker.close();
    const took = performance.now() - started;
    expect(took).toBeGreaterThanOrEqual(STOP_GRACE_MS - 5);
    expect(took).toBeLessThan(10 * STOP_GRACE_MS);
    expect(await spinning).toMatchObject({ message: 'the test worker was stopped' });
    expect(await exitCode).toBe(1);
  });

  it('throws when the worker cannot start, for the caller to fall back to its own thread', () => {
    expect(
      () =>
        new WorkerClient<RpcTestMethods>(
          () => {
            throw new Error('no worker entry here');
          },
          { name: 'the test worker' },
        ),
    ).toThrow('no worker entry here');
  });
});
