/**
 * A worker entry for rpc.test.ts: one method of each shape the workers' RPC carries (a plain answer, an
 * asynchronous one, progress with transferred buffers, a thrown error, an answer that cannot be copied,
 * and a crash).
 */
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
});
