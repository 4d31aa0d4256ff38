/**
 * The one request/response layer between the main thread and the core's worker threads (the parse worker,
 * the search index's rebuild, the backup's check). A worker entry calls `serve()` with one handler per
 * method; the main thread holds a `WorkerClient`, whose `call()` sends a numbered request and resolves with
 * the handler's result. A handler may send progress on the way: a typed stream delivered to that call's
 * `onProgress`, always before its result.
 *
 * A worker that exits or fails rejects every request still waiting with a `WorkerStopped` error whose
 * message is a sentence ("the file reader stopped (parser blew up)"); `close()` stops it on purpose and
 * rejects the same way ("the file reader was stopped"). What to do next (retry, fall back to the main
 * thread, give up) is the caller's policy, not this layer's.
 *
 * Written here rather than taken from Comlink: Comlink proxies objects over a MessagePort with
 * `postMessage`-shaped endpoints and has no notion of a worker's crash or of a typed progress stream, which
 * are the two things these workers need; this is a hundred lines of plain `worker_threads`.
 */
import {
  isMainThread,
  parentPort,
  type MessagePort,
  type Transferable,
  type Worker,
} from 'node:worker_threads';
import { releasePooledMemory } from './release-memory';

/** A worker's methods: for each, what it is given, what it answers, and what progress it reports. */
export type Methods = Record<string, { params: unknown; result: unknown; progress?: unknown }>;

/** The progress a method reports (`never` for one that reports none). */
export type ProgressOf<M extends Methods, K extends keyof M> = M[K] extends { progress: infer P } ? P : never;

/** A request as it crosses to the worker. */
export interface RpcRequest {
  id: number;
  method: string;
  params: unknown;
}

/**
 * Asks the worker to exit with `code` once the work it is doing yields (between two of its tasks). `close()`
 * sends it with 0 before it terminates the thread; a test sends another code to make the worker die at a
 * safe point, as a crash would.
 */
export interface RpcStop {
  stop: number;
}

/** How long `close()` lets the worker exit by itself before it terminates the thread. */
export const STOP_GRACE_MS = 500;

/** What the worker sends back about request `id`: progress (any number of times), then a result or an error. */
export type RpcReply =
  | { id: number; type: 'progress'; progress: unknown }
  | { id: number; type: 'result'; result: unknown }
  | { id: number; type: 'error'; message: string };

/** Sends one progress event of a request, transferring (not copying) the buffers in `transfer`. */
export type ReportProgress<P> = (progress: P, transfer?: readonly Transferable[]) => void;

/** The worker side: one function per method. A thrown error becomes the caller's rejection, by its message. */
export type Handlers<M extends Methods> = {
  [K in keyof M]: (
    params: M[K]['params'],
    progress: ReportProgress<ProgressOf<M, K>>,
  ) => M[K]['result'] | Promise<M[K]['result']>;
};

/**
 * Answers the main thread's requests in this worker with `handlers`. Requests are taken in the order they
 * come; a synchronous handler therefore answers in that order too.
 */
export function serve<M extends Methods>(handlers: Handlers<M>, port: MessagePort | null = parentPort): void {
  if (!port) return; // loaded on the main thread (a test importing the entry): nothing to serve
  const send = (reply: RpcReply, transfer?: readonly Transferable[]) => {
    try {
      port.postMessage(reply, transfer);
    } catch (error) {
      // A value that cannot be copied to the main thread (DataCloneError) fails its request alone.
      if (reply.type === 'progress') throw error;
      port.postMessage({ id: reply.id, type: 'error', message: (error as Error).message } satisfies RpcReply);
    }
  };
  port.on('message', (request: RpcRequest | RpcStop) => {
    if ('stop' in request) {
      if (isMainThread) return;
      try {
        // Closed on purpose: this thread's freed pages are unmapped here, not later on the main thread.
        if (request.stop === 0) releasePooledMemory();
      } finally {
        // Exiting here, between two tasks, never cuts a native object's set-up short (see `close()`).
        process.exit(request.stop);
      }
    }
    const { id, method, params } = request;
    const handler = Object.hasOwn(handlers, method) ? handlers[method as keyof M] : undefined;
    if (!handler) {
      send({ id, type: 'error', message: `the worker has no method “${String(method)}”` });
      return;
    }
    const progress: ReportProgress<unknown> = (value, transfer) =>
      send({ id, type: 'progress', progress: value }, transfer);
    let answer: unknown;
    try {
      answer = handler(params, progress);
    } catch (error) {
      send({ id, type: 'error', message: messageOf(error) });
      return;
    }
    if (answer instanceof Promise) {
      answer.then(
        (result: unknown) => send({ id, type: 'result', result }),
        (error: unknown) => send({ id, type: 'error', message: messageOf(error) }),
      );
    } else {
      send({ id, type: 'result', result: answer });
    }
  });
}

/** Why a request got no result: its worker crashed, or was stopped by `close()`. */
export class WorkerStopped extends Error {
  override readonly name = 'WorkerStopped';

  constructor(
    /** The worker's name in sentences ("the file reader"). */
    readonly worker: string,
    /** Why it stopped ("it exited with code 7", an uncaught error's message), or null when closed. */
    readonly reason: string | null,
  ) {
    super(reason === null ? `${worker} was stopped` : `${worker} stopped (${reason})`);
  }

  /** True when the worker died on its own rather than by `close()`. */
  get crashed(): boolean {
    return this.reason !== null;
  }
}

/** The worker's handler threw: the message is its sentence. */
export class WorkerError extends Error {
  override readonly name = 'WorkerError';
}

export interface WorkerClientOptions {
  /** The worker's name in sentences: "the file reader", "the search index worker". */
  name: string;
  /** Told once when the worker dies on its own, before the requests still waiting are rejected. */
  onCrash?: (error: WorkerStopped) => void;
  /** Let the process exit while the worker runs (work that resumes at the next start). */
  unref?: boolean;
}

export interface CallOptions<P> {
  /** Receives the request's progress events, in order, before its result. */
  onProgress?: (progress: P) => void;
  /** Buffers in the params to transfer rather than copy. */
  transfer?: readonly Transferable[];
}

interface Waiting {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
  onProgress?: (progress: unknown) => void;
}

/**
 * The main thread's side of one worker: starts it (with `start`, which throws when it cannot: the caller
 * then falls back to its own thread), numbers each request, and matches each reply to its request.
 */
export class WorkerClient<M extends Methods> {
  /** The running worker (its thread id, its `terminate()`), for tests and for what this layer does not wrap. */
  readonly worker: Worker;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  private ended: WorkerStopped | null = null;
  private readonly exited: Promise<void>;

  constructor(
    start: () => Worker,
    private readonly options: WorkerClientOptions,
  ) {
    this.worker = start();
    if (options.unref) this.worker.unref();
    // A crash is acted on at 'exit', never at 'error': Node delivers every reply the worker sent before it
    // died ahead of 'exit', whereas 'error' can overtake them (it travels on another port), which would
    // fail a request that was in fact answered.
    let reason: string | null = null;
    this.worker.on('message', (reply: RpcReply) => this.answered(reply));
    this.worker.on('error', (error: Error) => (reason ??= messageOf(error)));
    this.worker.on('messageerror', (error: Error) => {
      reason ??= messageOf(error);
      void this.worker.terminate();
    });
    this.exited = new Promise((resolve) =>
      this.worker.once('exit', (code: number) => {
        this.stopped(reason ?? `it exited with code ${code}`);
        resolve();
      }),
    );
  }

  /** Requests waiting for their result. */
  get pending(): number {
    return this.waiting.size;
  }

  /** Sends one request; resolves with the worker's result, rejects with `WorkerError` or `WorkerStopped`. */
  call<K extends keyof M & string>(
    method: K,
    params: M[K]['params'],
    options: CallOptions<ProgressOf<M, K>> = {},
  ): Promise<M[K]['result']> {
    if (this.ended) return Promise.reject(this.ended);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, {
        resolve: resolve as (result: unknown) => void,
        reject,
        onProgress: options.onProgress as ((progress: unknown) => void) | undefined,
      });
      try {
        this.worker.postMessage({ id, method, params } satisfies RpcRequest, options.transfer);
      } catch (error) {
        // Params that cannot be copied to the worker.
        this.waiting.delete(id);
        reject(new WorkerError(messageOf(error)));
      }
    });
  }

  /**
   * Stops the worker; requests still waiting reject with "<name> was stopped". Resolves once it has exited.
   *
   * The worker is asked to exit first (`RpcStop`), and terminated only if it has not within
   * `STOP_GRACE_MS` (a long synchronous step): Node 24 aborts the whole process when `terminate()` lands
   * while the worker is constructing a zlib stream ("close before init", node_zlib.cc), which a backup's
   * zip and its check do many times a second.
   */
  async close(): Promise<void> {
    if (!this.ended) this.end(new WorkerStopped(this.options.name, null));
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), STOP_GRACE_MS);
    });
    try {
      this.worker.postMessage({ stop: 0 } satisfies RpcStop);
      if ((await Promise.race([this.exited, grace])) === 'late') await this.worker.terminate();
    } catch {
      await this.worker.terminate(); // the worker had already gone (postMessage on a closed port)
    } finally {
      clearTimeout(timer);
    }
    await this.exited;
  }

  private answered(reply: RpcReply): void {
    const waiting = this.waiting.get(reply?.id);
    if (!waiting) return; // a request already settled (or a stray message)
    if (reply.type === 'progress') {
      waiting.onProgress?.(reply.progress);
      return;
    }
    this.waiting.delete(reply.id);
    if (reply.type === 'result') waiting.resolve(reply.result);
    else if (reply.type === 'error') waiting.reject(new WorkerError(reply.message));
    else waiting.reject(new WorkerError(`${this.options.name} answered something unexpected`));
  }

  private stopped(reason: string): void {
    if (this.ended) return; // closed on purpose
    const error = new WorkerStopped(this.options.name, reason);
    this.options.onCrash?.(error);
    this.end(error);
  }

  private end(error: WorkerStopped): void {
    this.ended = error;
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const { reject } of waiting) reject(error);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
