/**
 * A worker entry for rpc.test.ts: one method of each shape the workers' RPC carries (a plain answer, an
 * asynchronous one, progress with transferred buffers, a thrown error, an answer that cannot be copied,
 * a crash, endless zlib work, and a long synchronous step).
 */
import { createDeflateRaw } from 'node:zlib';
import { serve } from '../../src/main/library/workers/rpc';
import { normalizeText } from '../../src/main/library/import/normalize';

export type RpcTestMethods = {
  normalize: { params: string; result: string };
  later: { params: { ms: number; value: number }; result: number };
  count: { params: { to: number }; result: string; progress: { n: number; squares: Int32Array } };
  fail: { params: string; result: never };
  unsendable: { params: null; result: unknown };
  exit: { params: number; result: never };
  hang: { params: null; result: never };
  deflateForever: { params: null; result: never };
  spin: { params: { ms: number }; result: number };
};

serve<RpcTestMethods>({
  normalize: (text) => normalizeText(text),
  later: ({ ms, value }) => new Promise((resolve) => setTimeout(() => resolve(value * 2), ms)),
  count: ({ to }, progress) => {
    for (let n = 1; n <= to; n++) {
      const squares = Int32Array.from({ length: n }, (_, i) => (i + 1) ** 2);
      progress({ n, squares }, [squares.buffer]);
    }
    return `counted to ${to}`;
  },
  fail: (why) => {
    throw new Error(`refused: ${why}`);
  },
  unsendable: () => ({ f: () => 1 }),
  exit: (code) => process.exit(code),
  hang: () => new Promise<never>(() => {}),
  // Zlib streams set up and fed without end, yielding between rounds as a zip's writer does.
  deflateForever: () =>
    new Promise<never>(() => {
      const round = () => {
        for (let i = 0; i < 20; i++) createDeflateRaw().end(Buffer.alloc(512, i));
        setImmediate(round);
      };
      round();
    }),
  // One synchronous step that never yields for `ms`.
  spin: ({ ms }) => {
    const end = performance.now() + ms;
    let turns = 0;
    while (performance.now() < end) turns++;
    return turns;
  },
});
