import { basename } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { failureDetail } from '../errors';
import { startWorker } from '../workers/start-worker';
import type { DecodeLimits } from './decode';
import type { FieldMap, ParseOutcome } from './model';
import type { ExpandedPaths } from './source-files';

/** What the main thread asks the parse worker (parse-worker.ts). */
export type ParseRequest =
  | { id: number; kind: 'parse'; path: string; name?: string; limits?: DecodeLimits; map?: FieldMap }
  | { id: number; kind: 'expand'; paths: readonly string[]; folders: boolean };

/** The worker's answer to one request, matched by `id`. A `failure` is the report's sentence. */
export type ParseReply =
  | { id: number; kind: 'parsed'; outcome: ParseOutcome }
  | { id: number; kind: 'expanded'; expanded: ExpandedPaths }
  | { id: number; kind: 'failure'; failure: string; detail?: FailureDetail };

/** What a failure line carries beyond its sentence (see `failureDetail` in errors.ts). */
export type FailureDetail = ReturnType<typeof failureDetail>;

/** A request before it is numbered (each kind of request without its `id`). */
type Request = ParseRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;
type Waiting = { request: ParseRequest; resolve: (reply: ParseReply) => void };

/**
 * Crashes in a row (no answer between them) after which the worker is not started again: every file
 * still waiting, and every later one, fails with the crash's reason rather than crash after crash.
 */
const MAX_CRASHES_IN_A_ROW = 3;

/** Starts the app's parse worker (a separate function so that tests can start a misbehaving one). */
export function startParseWorker(): Worker {
  return startWorker('parse-worker', __dirname);
}

/**
 * The main thread's side of the parse worker: sends requests, and resolves each with the worker's
 * answer. It never rejects and never hangs on a dead worker: when the worker crashes (an exception, a
 * file that exhausts its memory, an exit), the request it was working on — the oldest one waiting,
 * since it answers in order — fails with the reason, and the rest go to a fresh worker.
 *
 * One worker per import, terminated by `close()` when the import ends: imports are occasional, and a
 * worker that has parsed pages holds tens of megabytes (its parsers and heap) that an idle app should
 * give back. Starting one takes about a tenth of a second before its first answer (0.2 s from source,
 * through tsx), none of it on the main thread.
 */
export class ParseWorker {
  private worker: Worker | null = null;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  private crashesInARow = 0;
  /** Set when the worker is given up on: the sentence every later request fails with. */
  private broken: string | null = null;
  private closed = false;

  constructor(private readonly start: () => Worker = startParseWorker) {}

  /** Reads and parses one file in the worker. */
  parse(path: string, options: { name?: string; limits?: DecodeLimits; map?: FieldMap } = {}) {
    return this.request({ kind: 'parse', path, ...options });
  }

  /** Lists folders (recursively) in the worker: a big folder's walk takes a while. */
  expand(paths: readonly string[], folders: boolean) {
    return this.request({ kind: 'expand', paths, folders });
  }

  /** Stops the worker; requests still waiting resolve as failures. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    this.failAll('the import was stopped');
    if (worker) await worker.terminate();
  }

  private request(request: Request): Promise<ParseReply> {
    const full = { ...request, id: this.nextId++ } as ParseRequest;
    return new Promise((resolve) => {
      if (this.closed || this.broken !== null) {
        resolve(failureOf(full, this.broken ?? 'the import was stopped'));
        return;
      }
      this.waiting.set(full.id, { request: full, resolve });
      this.send(full);
    });
  }

  private send(request: ParseRequest): void {
    if (this.broken !== null) return; // already failed by giveUp
    const worker = this.worker ?? this.spawn();
    worker?.postMessage(request);
  }

  private spawn(): Worker | null {
    let worker: Worker;
    try {
      worker = this.start();
    } catch (error) {
      // The worker's entry is missing or cannot load: nothing can be parsed.
      this.giveUp(`the file reader could not start: ${(error as Error).message}`);
      return null;
    }
    this.worker = worker;
    // A crash is handled at 'exit', never at 'error': Node delivers every answer the worker sent before
    // it died ahead of 'exit', whereas 'error' can overtake them (it travels on another port), which
    // would blame the crash on a file that was in fact parsed.
    let reason: string | null = null;
    worker.on('message', (reply: ParseReply) => this.answered(reply));
    worker.on('error', (error: Error) => (reason ??= error.message));
    worker.on('messageerror', (error: Error) => {
      reason ??= error.message;
      void worker.terminate();
    });
    worker.on('exit', (code: number) => this.crashed(worker, reason ?? `it exited with code ${code}`));
    return worker;
  }

  private answered(reply: ParseReply): void {
    const waiting = this.waiting.get(reply.id);
    if (!waiting) return;
    this.crashesInARow = 0;
    this.waiting.delete(reply.id);
    waiting.resolve(reply);
  }

  private crashed(worker: Worker, reason: string): void {
    if (worker !== this.worker) return; // a worker closed or already replaced
    this.worker = null;
    void worker.terminate();
    const sentence = `the file reader stopped (${reason})`;
    const [first] = this.waiting.values();
    if (first) this.settle(first, sentence);
    if (++this.crashesInARow >= MAX_CRASHES_IN_A_ROW) {
      this.giveUp(sentence);
      return;
    }
    const rest = [...this.waiting.values()];
    for (const { request } of rest) this.send(request);
  }

  private giveUp(sentence: string): void {
    this.broken = sentence;
    this.failAll(sentence);
  }

  private failAll(sentence: string): void {
    for (const waiting of [...this.waiting.values()]) this.settle(waiting, sentence);
  }

  private settle(waiting: Waiting, sentence: string): void {
    this.waiting.delete(waiting.request.id);
    waiting.resolve(failureOf(waiting.request, sentence));
  }
}

/** A request's failure as the report says it: "<file> could not be imported: <why>." */
function failureOf(request: ParseRequest, why: string): ParseReply {
  const name = request.kind === 'parse' ? basename(request.path) : 'The folder';
  return { id: request.id, kind: 'failure', failure: `${name} could not be imported: ${why}.` };
}
