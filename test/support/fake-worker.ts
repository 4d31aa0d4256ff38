import { Worker } from 'node:worker_threads';
import type { RpcReply } from '../../src/main/library/workers/rpc';

/** An RPC reply without its request id: what a fake worker answers every request with. */
export type FakeReply = RpcReply extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

/**
 * Starts a worker that answers every request with `reply` (speaking workers/rpc.ts's wire format, and
 * exiting when `close()` asks it to), or,
 * without one, a worker that exits with code 3 before answering anything.
 */
export function fakeWorker(reply?: FakeReply): () => Worker {
  const code =
    reply === undefined
      ? 'process.exit(3)'
      : `const { parentPort } = require('node:worker_threads');
         parentPort.on('message', (m) => {
           if ('stop' in m) process.exit(m.stop);
           parentPort.postMessage({ id: m.id, ...${JSON.stringify(reply)} });
         });`;
  return () => new Worker(code, { eval: true });
}
