import { basename } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { failureDetail } from '../errors';
import { WorkerClient, WorkerError, WorkerStopped } from '../workers/rpc';
import { startWorker } from '../workers/start-worker';
import type { DecodeLimits } from './decode';
import type { FieldMap, ParseOutcome } from './model';
import type { ImportPlacement } from './placement';
import { describeImportFailure, type ExpandedPaths } from './source-files';

/** Reads and parses one file. */
export interface ParseRequest {
  path: string;
  name?: string;
  /** The file's bytes, handed over (a dropped file): `path` then only names it. */
  bytes?: Uint8Array;
  limits?: DecodeLimits;
  map?: FieldMap;
  /** The syllabus and model to place articles with, sent when they changed (see ParseWorker.place). */
  placement?: ImportPlacement;
}

/** Lists folders (recursively, when `folders`) into the files to import. */
export interface ExpandRequest {
  paths: readonly string[];
  folders: boolean;
}

/** The worker's answer to one request. A `failure` is the report's sentence. */
export type ParseReply =
  | { kind: 'parsed'; outcome: ParseOutcome }
  | { kind: 'expanded'; expanded: ExpandedPaths }
  | { kind: 'failure'; failure: string; detail?: FailureDetail };

/** What the parse worker (parse-worker.ts) answers, over the workers' RPC (workers/rpc.ts). */
export type ParseMethods = {
  parse: { params: ParseRequest; result: ParseReply };
  expand: { params: ExpandRequest; result: ParseReply };
};

/** What a failure line carries beyond its sentence (see `failureDetail` in errors.ts). */
export type FailureDetail = ReturnType<typeof failureDetail>;

/** One request to the worker: its method and what it is given. */
type Request = { method: 'parse'; params: ParseRequest } | { method: 'expand'; params: ExpandRequest };
/** A request as this side keeps it until it is answered: what to send, and whom to tell. */
type Waiting = Request & { resolve: (reply: ParseReply) => void };

/** The worker's name in the report's sentences. */
const NAME = 'the file reader';

/**
 * Crashes in a row (no answer between them) after which the worker is not started again: every file
 * still waiting, and every later one, fails with the crash's reason rather than crash after crash.
 */
const MAX_CRASHES_IN_A_ROW = 3;

/** Starts the app's parse worker (a separate function so that tests can start a misbehaving one). */
export function startParseWorker(): Worker {
  return startWorker('parse-worker', __dirname, {
    resourceLimits: { maxYoungGenerationSizeMb: PARSE_WORKER_YOUNG_GENERATION_MB },
  });
}

/**
 * The parse worker's young generation (V8's nursery), capped. Node 24's V8 sizes it from the heap limit,
 * up to 32 MB a semi-space, in every isolate: with a worker per core the import's peak RSS rose by
 * hundreds of MB over Node 20's (an import of 2,000 articles peaked at 575 MB, and at 335 MB with
 * `--max-semi-space-size=8`). Parsing makes short-lived objects that a small nursery collects as well.
 */
export const PARSE_WORKER_YOUNG_GENERATION_MB = 24;

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
  private client: WorkerClient<ParseMethods> | null = null;
  /** Requests not yet answered, oldest first (the worker answers in order). */
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  private crashesInARow = 0;
  /** Workers whose crash has been blamed on a request already. */
  private readonly blamed = new WeakSet<WorkerClient<ParseMethods>>();
  /** Set when the worker is given up on: the sentence every later request fails with. */
  private broken: string | null = null;
  private closed = false;
  /** What articles are placed with, and the worker that was last sent it (a fresh worker needs it again). */
  private placement: ImportPlacement | null = null;
  private placementSentTo: WorkerClient<ParseMethods> | null = null;

  constructor(private readonly start: () => Worker = startParseWorker) {}

  /** Reads and parses one file in the worker. */
  parse(path: string, options: Omit<ParseRequest, 'path'> = {}): Promise<ParseReply> {
    return this.request({ method: 'parse', params: { path, ...options } });
  }

  /**
   * Places the articles of the files asked for from now on with this syllabus and model. Sent with the
   * next request only (the worker keeps it), and again to a worker started after a crash.
   */
  place(placement: ImportPlacement): void {
    if (placement === this.placement) return;
    this.placement = placement;
    this.placementSentTo = null;
  }

  /** Lists folders (recursively) in the worker: a big folder's walk takes a while. */
  expand(paths: readonly string[], folders: boolean): Promise<ParseReply> {
    return this.request({ method: 'expand', params: { paths, folders } });
  }

  /** Stops the worker; requests still waiting resolve as failures. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const client = this.client;
    this.client = null;
    this.failAll('the import was stopped');
    await client?.close();
  }

  private request(request: Request): Promise<ParseReply> {
    return new Promise((resolve) => {
      const waiting = { ...request, resolve } as Waiting;
      if (this.closed || this.broken !== null) {
        resolve(failureOf(waiting, this.broken ?? 'the import was stopped'));
        return;
      }
      const id = this.nextId++;
      this.waiting.set(id, waiting);
      this.send(id, waiting);
    });
  }

  private send(id: number, waiting: Waiting): void {
    if (this.broken !== null) return; // already failed by giveUp
    const client = this.client ?? this.spawn();
    if (!client) return;
    let params = waiting.params;
    if (waiting.method === 'parse' && this.placement && this.placementSentTo !== client) {
      params = { ...waiting.params, placement: this.placement };
      this.placementSentTo = client;
    }
    const call =
      waiting.method === 'parse'
        ? client.call('parse', params as ParseRequest)
        : client.call('expand', waiting.params);
    call.then(
      (reply) => this.answered(id, reply),
      (error: unknown) => {
        if (error instanceof WorkerStopped) {
          if (error.crashed) this.lostInCrash(id, waiting, client, error.message);
          return; // closed: close() has failed every request
        }
        // This request's own error, such as an outcome that could not be copied to this thread.
        const why = error instanceof WorkerError ? error : new Error(String(error));
        this.answered(id, { kind: 'failure', failure: describeImportFailure(pathOf(waiting), why) });
      },
    );
  }

  private spawn(): WorkerClient<ParseMethods> | null {
    let client: WorkerClient<ParseMethods>;
    try {
      client = new WorkerClient<ParseMethods>(this.start, {
        name: NAME,
        onCrash: (error) => this.crashedIdle(client, error.message),
      });
    } catch (error) {
      // The worker's entry is missing or cannot load: nothing can be parsed.
      this.giveUp(`${NAME} could not start: ${(error as Error).message}`);
      return null;
    }
    this.client = client;
    return client;
  }

  private answered(id: number, reply: ParseReply): void {
    const waiting = this.waiting.get(id);
    if (!waiting) return;
    this.crashesInARow = 0;
    this.waiting.delete(id);
    waiting.resolve(reply);
  }

  /**
   * The worker died with requests waiting: each comes back here, oldest first, after every answer the
   * worker sent before it died. The first is the one it was working on (it answers in order): it fails
   * with the reason; the rest go to a fresh worker, unless it has crashed too often in a row.
   */
  private lostInCrash(
    id: number,
    waiting: Waiting,
    client: WorkerClient<ParseMethods>,
    sentence: string,
  ): void {
    if (!this.waiting.has(id)) return; // closed, or given up on
    if (!this.blamed.has(client)) {
      this.blamed.add(client);
      if (this.client === client) this.client = null;
      this.settle(id, sentence);
      if (++this.crashesInARow >= MAX_CRASHES_IN_A_ROW) this.giveUp(sentence);
      return;
    }
    this.send(id, waiting);
  }

  /** The worker died with nothing waiting: the next request starts a new one. */
  private crashedIdle(client: WorkerClient<ParseMethods>, sentence: string): void {
    if (client.pending > 0 || this.client !== client) return; // lostInCrash handles it
    this.client = null;
    this.blamed.add(client);
    if (++this.crashesInARow >= MAX_CRASHES_IN_A_ROW) this.giveUp(sentence);
  }

  private giveUp(sentence: string): void {
    this.broken = sentence;
    this.failAll(sentence);
  }

  private failAll(sentence: string): void {
    for (const id of [...this.waiting.keys()]) this.settle(id, sentence);
  }

  private settle(id: number, sentence: string): void {
    const waiting = this.waiting.get(id);
    if (!waiting) return;
    this.waiting.delete(id);
    waiting.resolve(failureOf(waiting, sentence));
  }
}

/** The file a request is about, for its failure's sentence. */
function pathOf(waiting: Request): string {
  return waiting.method === 'parse' ? waiting.params.path : (waiting.params.paths[0] ?? '');
}

/** A request's failure as the report says it: "<file> could not be imported: <why>." */
function failureOf(waiting: Request, why: string): ParseReply {
  const name = waiting.method === 'parse' ? basename(waiting.params.path) : 'The folder';
  return { kind: 'failure', failure: `${name} could not be imported: ${why}.` };
}
