/**
 * The import's WAL checkpoints, in a worker thread of their own rather than in the main thread's commits.
 *
 * SQLite copies the write-ahead log back into the database (a checkpoint) in the commit that takes the
 * log past 1,000 pages. During an import that is every few batches, and it was the largest single cost
 * of the main thread's commits: about a third of its time per article in a profile of `bench:import`
 * (copying pages and waiting for the disk). For the length of an import the main connection's automatic
 * checkpoints are turned off and a worker's connection checkpoints instead (`PASSIVE`: it never waits
 * for, nor blocks, the main thread's writes), a few times a second; the import ends with one last
 * checkpoint there, and the main connection's setting is put back. A worker that cannot start or that
 * fails puts the setting back at once: the main thread checkpoints as it did before.
 */
import type { Worker } from 'node:worker_threads';
import type { Db } from '../db/connection';
import { WorkerClient } from '../workers/rpc';
import { startWorker } from '../workers/start-worker';
import type { ParseMethods } from './parse-worker-client';

/** How often the worker is asked to checkpoint, at most (one request at a time). */
const CHECKPOINT_EVERY_MS = 150;

/** Starts the checkpoint worker: the parse worker's entry (it serves `checkpoint` too), with a small nursery. */
export function startCheckpointWorker(): Worker {
  return startWorker('parse-worker', __dirname, { resourceLimits: { maxYoungGenerationSizeMb: 4 } });
}

export class WalCheckpoints {
  private client: WorkerClient<ParseMethods> | null = null;
  private inFlight: Promise<void> | null = null;
  private last = 0;
  private restore: (() => void) | null = null;

  private constructor(
    private readonly db: Db,
    private readonly path: string,
  ) {}

  /**
   * Moves the checkpoints of `db` (a library in a file, in WAL mode) to a worker for an import; null
   * (and nothing changed) for a database in memory or not in WAL mode, or when the worker cannot start.
   */
  static start(db: Db, start: () => Worker = startCheckpointWorker): WalCheckpoints | null {
    if (db.memory || !db.name) return null;
    if (String(db.pragma('journal_mode', { simple: true })).toLowerCase() !== 'wal') return null;
    const checkpoints = new WalCheckpoints(db, db.name);
    try {
      checkpoints.client = new WorkerClient<ParseMethods>(start, {
        name: 'the checkpoint worker',
        onCrash: () => checkpoints.giveBack(),
      });
    } catch {
      return null;
    }
    const pages = db.pragma('wal_autocheckpoint', { simple: true }) as number;
    db.pragma('wal_autocheckpoint = 0');
    checkpoints.restore = () => db.pragma(`wal_autocheckpoint = ${pages}`);
    return checkpoints;
  }

  /** After a batch: asks the worker for a checkpoint unless one is running or one was asked for just now. */
  afterBatch(): void {
    if (!this.client || this.inFlight || performance.now() - this.last < CHECKPOINT_EVERY_MS) return;
    this.last = performance.now();
    this.inFlight = this.checkpoint(false).finally(() => (this.inFlight = null));
  }

  /** The import is over: one last checkpoint in the worker, the worker stopped, the setting put back. */
  async finish(): Promise<void> {
    await this.inFlight;
    if (this.client) await this.checkpoint(true);
    const client = this.client;
    this.client = null;
    await client?.close();
    this.giveBack();
  }

  private async checkpoint(close: boolean): Promise<void> {
    try {
      await this.client?.call('checkpoint', { path: this.path, close });
    } catch {
      // The worker failed (it could not open the file, it crashed): the main connection checkpoints again.
      this.giveBack();
      const client = this.client;
      this.client = null;
      await client?.close();
    }
  }

  /** Puts the main connection's automatic checkpoints back (once). */
  private giveBack(): void {
    const restore = this.restore;
    this.restore = null;
    if (restore && this.db.open) restore();
  }
}
