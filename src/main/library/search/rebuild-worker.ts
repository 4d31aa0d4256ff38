/**
 * The main thread's handle on the index's worker thread (index-worker.ts): starts it, hands its
 * messages on, and stops it synchronously when the index closes or starts over.
 */
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../workers/start-worker';
import { STOP, STOPPED, type IndexWorkerData, type WorkerMessage } from './worker-messages';

/** How long `stop()` waits for the worker to finish the write under way before giving up on it. */
const STOP_TIMEOUT_MS = 5_000;

export interface RebuildWorkerHandlers {
  message(message: WorkerMessage): void;
  /** The worker failed (an exception, or it ended without finishing). */
  failed(error: Error): void;
}

export class RebuildWorker {
  private readonly worker: Worker;
  private readonly control = new Int32Array(new SharedArrayBuffer(8));
  private ended = false;

  constructor(data: Omit<IndexWorkerData, 'control'>, handlers: RebuildWorkerHandlers) {
    this.worker = startWorker('index-worker', __dirname, {
      workerData: { ...data, control: this.control.buffer } satisfies IndexWorkerData,
    });
    // A rebuild never keeps the process alive: it resumes at the next open.
    this.worker.unref();
    this.worker.on('message', (message: WorkerMessage) => {
      if (this.ended) return;
      if (message.type === 'done') this.ended = true;
      handlers.message(message);
    });
    this.worker.on('error', (error) => {
      if (this.ended) return;
      this.ended = true;
      handlers.failed(error);
    });
    this.worker.on('exit', (code) => {
      if (this.ended) return;
      this.ended = true;
      handlers.failed(new Error(`the search index worker stopped (exit code ${code})`));
    });
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
    void this.worker.terminate();
    return stopped || !wasRunning;
  }
}
