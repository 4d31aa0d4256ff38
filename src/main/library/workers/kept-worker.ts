import type { Worker } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { WorkerClient, type Methods } from './rpc';

/** How long an idle kept worker waits before it is ended (if the main thread is quiet then). */
export const KEPT_WORKER_IDLE_MS = 60_000;

/** The main thread's event-loop utilization under which it counts as quiet, over `QUIET_SAMPLE_MS`. */
const QUIET_UTILIZATION = 0.05;
const QUIET_SAMPLE_MS = 1_000;

export interface KeptWorkerOptions {
  /** The worker's name in sentences ("the check worker"). */
  name: string;
  /** Idle time after which the worker is ended (`KEPT_WORKER_IDLE_MS` by default). */
  idleMs?: number;
}

/**
 * One worker thread kept between calls, rather than one started and ended per call.
 *
 * Why: when a worker thread ends, Node 24's V8 hands its heap pages to a process-wide pool that the main
 * isolate unmaps in a foreground task: 15-85 ms of the main thread's CPU for each check worker of a
 * full backup at 50,000 articles (profiled with `perf`, docs/main-thread.md). A kept worker ends once,
 * after `idleMs` without a call and only when the main thread has been quiet for a second (its
 * event-loop utilization under 5 %), so that this cost lands at a moment the user is not waiting for
 * anything; when the main thread is busy, the end waits for the next quiet moment.
 *
 * It never keeps the process alive: the worker is `unref()`ed while idle and `ref()`ed only while a
 * call is running (a command-line backup still waits for its worker, and exits as soon as it is done).
 * A worker whose call failed or which died is ended and forgotten: the next call starts a fresh one.
 */
export class KeptWorker<M extends Methods> {
  private client: WorkerClient<M> | null = null;
  private busy = 0;
  private idleTimer: NodeJS.Timeout | null = null;
  private readonly idleMs: number;

  constructor(
    private readonly start: () => Worker,
    private readonly options: KeptWorkerOptions,
  ) {
    this.idleMs = options.idleMs ?? KEPT_WORKER_IDLE_MS;
  }

  /** True while a worker is running (busy or idle). */
  get running(): boolean {
    return this.client !== null;
  }

  /** The running worker thread, or null (tests stop it halfway through a call). */
  get thread(): Worker | null {
    return this.client?.worker ?? null;
  }

  /** The running worker's thread id, or null (tests: the same worker served two calls). */
  get threadId(): number | null {
    return this.client?.worker.threadId ?? null;
  }

  /**
   * Runs `work` with the kept worker, starting it first when there is none (`start` throws when it
   * cannot: so does this, for the caller to fall back to its own thread). When `work` throws, the worker
   * is ended before the error is passed on (it may have been halfway through a file the caller will
   * now write itself).
   */
  async use<T>(work: (client: WorkerClient<M>) => Promise<T>): Promise<T> {
    this.clearIdleTimer();
    let client = this.client;
    if (!client) {
      const started: WorkerClient<M> = new WorkerClient<M>(this.start, {
        name: this.options.name,
        unref: true,
        onCrash: () => {
          if (this.client === started) this.client = null;
        },
      });
      client = this.client = started;
    }
    this.busy++;
    client.worker.ref();
    try {
      return await work(client);
    } catch (error) {
      if (this.client === client) this.client = null;
      await client.close();
      throw error;
    } finally {
      this.busy--;
      if (this.busy === 0 && this.client === client) {
        client.worker.unref();
        this.armIdleTimer();
      }
    }
  }

  /** Ends the worker now, if there is one (tests; the idle timer). Resolves once it has exited. */
  async end(): Promise<void> {
    this.clearIdleTimer();
    const client = this.client;
    this.client = null;
    await client?.close();
  }

  private armIdleTimer(): void {
    this.clearIdleTimer();
    this.idleTimer = setTimeout(() => this.endWhenQuiet(), this.idleMs);
    this.idleTimer.unref();
  }

  /** Ends the idle worker if the main thread stays quiet for a second; otherwise tries again later. */
  private endWhenQuiet(): void {
    const before = performance.eventLoopUtilization();
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (this.busy > 0 || !this.client) return;
      const { utilization } = performance.eventLoopUtilization(before);
      if (utilization < QUIET_UTILIZATION) void this.end();
      else this.armIdleTimer();
    }, QUIET_SAMPLE_MS);
    this.idleTimer.unref();
  }

  private clearIdleTimer(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }
}
