/**
 * The import's checkpoint worker (a worker thread, started by `WalCheckpoints` in wal-checkpoints.ts):
 * copies the library's write-ahead log back into the database with a connection of its own, so that
 * the main thread's commits need not. A small entry of its own: it loads SQLite and nothing else.
 *
 * The app's bundle holds this file as `out/main/checkpoint-worker.js` (see electron.vite.config.ts).
 */
import Database from 'better-sqlite3';
import { yieldToInteractiveWork } from '../workers/priority';
import { serve } from '../workers/rpc';

/** What the checkpoint worker answers, over the workers' RPC (workers/rpc.ts). */
export type CheckpointMethods = {
  /** A `PASSIVE` checkpoint of the library at `path`; `close` ends the connection after it. */
  checkpoint: { params: { path: string; close: boolean }; result: { walPages: number; copied: number } };
};

let open: { path: string; db: Database.Database } | null = null;

/**
 * Copies the library's write-ahead log into the database without waiting for, or blocking, the main
 * thread's writes (`PASSIVE`).
 */
export function checkpointOne(request: { path: string; close: boolean }): {
  walPages: number;
  copied: number;
} {
  if (open?.path !== request.path) {
    open?.db.close();
    const db = new Database(request.path, { fileMustExist: true });
    db.pragma('trusted_schema = OFF');
    // It only copies pages: a small page cache of its own.
    db.pragma('cache_size = -256');
    open = { path: request.path, db };
  }
  const [row] = open.db.pragma('wal_checkpoint(PASSIVE)') as Array<{ log: number; checkpointed: number }>;
  if (request.close) {
    open.db.close();
    open = null;
  }
  return { walPages: row?.log ?? 0, copied: row?.checkpointed ?? 0 };
}

// Copying pages is background work: on Linux the worker yields the CPU to the main thread.
yieldToInteractiveWork();
serve<CheckpointMethods>({ checkpoint: checkpointOne });
