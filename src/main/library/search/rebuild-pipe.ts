/**
 * A fresh rebuild in two worker threads: one reads and analyses the library's articles into
 * batches (`readBatches`, in a second instance of index-worker.ts), the other (the rebuilding
 * worker) writes each batch while the next is read (`PipedReader`). Reading and analysing cost
 * about twice the writing, so on two cores the rebuild takes about as long as the reading alone.
 *
 * A batch is a handful of typed arrays and its new terms' strings (batch-analyser.ts): its buffers
 * are transferred, not copied. The reader keeps at most `AHEAD` batches in flight beyond the one
 * being written (a shared counter of the batches taken), so memory stays at three batches whatever
 * the library's size. Both threads stop at the main thread's flag; what the writer has committed
 * is whole, and a resume (the general path, in one thread) starts after the last month written.
 */
import Database from 'better-sqlite3';
import { type ReportProgress, WorkerClient } from '../workers/rpc';
import { startWorker } from '../workers/start-worker';
import { BatchAnalyser, batchTransferList } from './batch-analyser';
import { ArticleAnalyser } from './documents';
import { FIRST_BATCH, pipedBatchLimit, type ReadBatch } from './rebuild';
import { RebuildReader } from './rebuild-reader';
import { AHEAD, STOP, TAKEN, type IndexMethods, type ReadEnd, type ReadRequest } from './worker-messages';

/** How long the reader sleeps at most, when it is ahead of the writer, between two looks at the stop flag. */
const WAIT_MS = 20;

/** The reading thread's side: reads every month of `request` into batches, sent one by one. */
export function readBatches(request: ReadRequest, progress: ReportProgress<ReadBatch>): ReadEnd {
  const started = process.threadCpuUsage();
  const control = new Int32Array(request.control);
  const flow = new Int32Array(request.flow);
  const stopped = () => Atomics.load(control, STOP) === 1;
  const end = (complete: boolean): ReadEnd => {
    const used = process.threadCpuUsage(started);
    return { complete, cpuMs: (used.user + used.system) / 1000 };
  };
  const library = new Database(request.libraryFile, { readonly: true, fileMustExist: true });
  try {
    library.pragma('busy_timeout = 5000');
    const articles = new ArticleAnalyser(library);
    const batch = new BatchAnalyser();
    const reader = new RebuildReader(
      library,
      request.months,
      {
        pending: () => batch.docCount,
        read: (ids) => articles.analyseEach(ids, (article) => batch.add(article)),
      },
      {
        firstBatch: FIRST_BATCH,
        maxBatch: pipedBatchLimit(request.total),
        joinMonths: true,
        total: request.total,
      },
      (deadline) => articles.chunkSize(deadline),
    );
    let sent = 0;
    let warned = 0;
    for (;;) {
      if (stopped()) return end(false);
      const next = reader.next(Number.POSITIVE_INFINITY);
      if (next === 'more') continue;
      if (next === 'end') return end(true);
      const read: ReadBatch = {
        batch: batch.take(),
        month: next.month,
        warnings: articles.warnings.slice(warned),
      };
      warned = articles.warnings.length;
      for (;;) {
        const taken = Atomics.load(flow, TAKEN);
        if (sent - taken < AHEAD) break;
        if (stopped()) return end(false);
        Atomics.wait(flow, TAKEN, taken, WAIT_MS);
      }
      progress(read, batchTransferList(read.batch));
      sent += 1;
    }
  } finally {
    library.close();
  }
}

/** The writing thread's side: starts the reading thread and hands on its batches in order. */
export class PipedReader {
  private readonly client: WorkerClient<IndexMethods>;
  private readonly flow = new Int32Array(new SharedArrayBuffer(4));
  private readonly queue: ReadBatch[] = [];
  private ended: ReadEnd | Error | null = null;
  private wake: (() => void) | null = null;

  /** Starts the reading thread on `request`; throws when no worker can start here. */
  constructor(request: Omit<ReadRequest, 'flow'>) {
    this.client = new WorkerClient<IndexMethods>(() => startWorker('index-worker', __dirname), {
      name: 'the search index reader',
    });
    this.client
      .call(
        'read',
        { ...request, flow: this.flow.buffer as SharedArrayBuffer },
        {
          onProgress: (batch) => {
            this.queue.push(batch);
            this.notify();
          },
        },
      )
      .then(
        (end) => {
          this.ended = end;
          this.notify();
        },
        (error: Error) => {
          this.ended = error;
          this.notify();
        },
      );
  }

  /** The reading thread's CPU time, once it has ended; null before. */
  get cpuMs(): number | null {
    return this.ended && !(this.ended instanceof Error) ? this.ended.cpuMs : null;
  }

  /**
   * The next batch (and room for the reader to send one more); 'end' after the last, 'stopped'
   * when the reader stopped at the main thread's flag. Rejects when the reading thread failed.
   */
  async next(): Promise<ReadBatch | 'end' | 'stopped'> {
    while (this.queue.length === 0 && this.ended === null) {
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
    const batch = this.queue.shift();
    if (batch) {
      Atomics.add(this.flow, TAKEN, 1);
      Atomics.notify(this.flow, TAKEN);
      return batch;
    }
    if (this.ended instanceof Error) throw this.ended;
    return this.ended!.complete ? 'end' : 'stopped';
  }

  /** Stops the reading thread (it has let go of the library once its call ended). */
  close(): Promise<void> {
    return this.client.close();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}
