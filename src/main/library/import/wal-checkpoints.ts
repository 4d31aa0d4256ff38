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
import type { CheckpointMethods } from './checkpoint-worker';

/**
 * Batches an import stores before the worker starts: SQLite checkpoints every 1,000 pages of log (4 MB),
 * which a few hundred articles take; an import of a few files never pays for a thread.
 */
const BATCHES_BEFORE_WORKER = 24;
/** How often the worker is asked to checkpoint, at most (one request at a time). */
const CHECKPOINT_EVERY_MS = 150;

/** Starts the checkpoint worker (checkpoint-worker.ts), with a small nursery: it makes little garbage. */
export function startCheckpointWorker(): Worker {
  return startWorker('checkpoint-worker', __dirname, { resourceLimits: { maxYoungGenerationSizeMb: 2 } });
}

/** One import's checkpoints: in the worker once started, back in the main connection when it ends or fails. */
export class WalCheckpoints {
  private client: WorkerClient<CheckpointMethods> | null = null;
  private inFlight: Promise<void> | null = null;
  private last = 0;
  private restore: (() => void) | null = null;

  /** Batches stored so far, and whether the worker was started (or tried). */
  private batches = 0;
  private begun = false;

  private constructor(
    private readonly db: Db,
    private readonly path: string,
    private readonly startWorker: () => Worker,
  ) {}

  /**
   * The checkpoints of `db` (a library in a file, in WAL mode) for an import: moved to a worker once the
   * import has stored a few batches (a small import never starts one); null for a database in memory
   * or not in WAL mode.
   */
  static start(db: Db, start: () => Worker = startCheckpointWorker): WalCheckpoints | null {
    if (db.memory || !db.name) return null;
    if (String(db.pragma('journal_mode', { simple: true })).toLowerCase() !== 'wal') return null;
    return new WalCheckpoints(db, db.name, start);
  }

  /** Starts the worker and turns the main connection's automatic checkpoints off; false when it cannot start. */
  private begin(): boolean {
    this.begun = true;
    try {
      this.client = new WorkerClient<CheckpointMethods>(this.startWorker, {
        name: 'the checkpoint worker',
        onCrash: () => this.giveBack(),
      });
    } catch {
      return false;
    }
    const pages = this.db.pragma('wal_autocheckpoint', { simple: true }) as number;
    this.db.pragma('wal_autocheckpoint = 0');
    this.restore = () => this.db.pragma(`wal_autocheckpoint = ${pages}`);
    return true;
  }

  /** After a batch: asks the worker for a checkpoint unless one is running or one was asked for just now. */
  afterBatch(): void {
    if (!this.begun && ++this.batches >= BATCHES_BEFORE_WORKER && !this.begin()) return;
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
