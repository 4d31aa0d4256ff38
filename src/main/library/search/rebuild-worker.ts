/**
 * The main thread's handle on the index's worker thread (index-worker.ts): starts it, hands its
 * messages on, and stops it synchronously when the index closes or starts over.
 */
import { WorkerClient, WorkerStopped } from '../workers/rpc';
import { startWorker } from '../workers/start-worker';
import {
  STOP,
  STOPPED,
  type IndexMethods,
  type IndexWorkerData,
  type WorkerMessage,
} from './worker-messages';

/** How long `stop()` waits for the worker to finish the write under way before giving up on it. */
const STOP_TIMEOUT_MS = 5_000;

export interface RebuildWorkerHandlers {
  message(message: WorkerMessage): void;
  /** The worker failed (an exception, or it ended without finishing). */
  failed(error: Error): void;
}

export class RebuildWorker {
  private readonly client: WorkerClient<IndexMethods>;
  private readonly control = new Int32Array(new SharedArrayBuffer(8));
  private ended = false;

  /** Starts the worker on `data`'s rebuild; throws when no worker can start here. */
  constructor(data: Omit<IndexWorkerData, 'control'>, handlers: RebuildWorkerHandlers) {
    // A rebuild never keeps the process alive: it resumes at the next open.
    this.client = new WorkerClient<IndexMethods>(() => startWorker('index-worker', __dirname), {
      name: 'the search index worker',
      unref: true,
    });
    const request = { ...data, control: this.control.buffer };
    this.client
      .call('rebuild', request, {
        onProgress: (batch) => {
          if (!this.ended) handlers.message({ type: 'batch', ...batch });
        },
      })
      .then(
        (end) => {
          if (this.ended) return;
          this.ended = true;
          void this.client.close();
          // A rebuild that stopped without being asked to (there is no such path today) is a failure.
          if (end.complete)
            handlers.message({ type: 'done', done: end.done, total: end.total, cpu: end.cpu });
          else handlers.failed(new Error('the search index worker stopped before the end'));
        },
        (error: Error) => {
          if (this.ended) return;
          this.ended = true;
          if (!(error instanceof WorkerStopped)) void this.client.close(); // it threw: let it go
          handlers.failed(error);
        },
      );
  }

  /**
   * Asks the worker to stop and waits (blocking, at most a few seconds) until it has finished the
   * write under way and closed its connections; false when it did not answer in time.
   */
  stop(): boolean {
    const wasRunning = !this.ended;
    this.ended = true;
    Atomics.store(this.control, STOP, 1);
    Atomics.notify(this.control, STOP);
    const deadline = Date.now() + STOP_TIMEOUT_MS;
    let stopped = Atomics.load(this.control, STOPPED) === 1;
    while (wasRunning && !stopped && Date.now() < deadline) {
      Atomics.wait(this.control, STOPPED, 0, Math.max(1, deadline - Date.now()));
      stopped = Atomics.load(this.control, STOPPED) === 1;
    }
    void this.client.close();
    return stopped || !wasRunning;
  }
}
