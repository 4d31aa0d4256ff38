/**
 * Long jobs in the core: one abstraction for work that reports progress, can be cancelled and ends
 * with a result or an error sentence. The app polls a job's status over IPC; the IPC layer keeps no
 * job logic of its own.
 */
import { LibraryError } from './errors';
import { nextTurn } from './turns';

/** Where one job stands. `progress` is the job's own shape (files done, feeds fetched…). */
export interface JobStatus<P, R> {
  id: number;
  running: boolean;
  /** True once cancel was asked for; the unit of work in hand finishes first. */
  cancelling: boolean;
  progress: P;
  /** The result, once the job finished (a cancelled job may still have one: what was done). */
  result: R | null;
  /** A sentence when the job broke off. */
  error: string | null;
}

/** What a running job gets: the cancel signal and a way to report progress. */
export interface JobContext<P> {
  signal: AbortSignal;
  report(progress: Partial<P>): void;
}

export interface JobsOptions<P> {
  /** What the jobs are, in a sentence's words ("an import"), for the "already running" refusal. */
  noun: string;
  /** The progress of a job that has just started. */
  initial: () => P;
  /** The sentence shown when a job throws (a LibraryError's own message is kept). */
  describeError: (error: Error) => string;
  /** How many finished jobs to keep, so a late poll still gets the result. */
  keepFinished?: number;
}

/** Jobs of one kind, one at a time: started, polled, cancelled; the last few finished ones are kept. */
export class Jobs<P extends object, R> {
  private readonly jobs = new Map<number, { status: JobStatus<P, R>; controller: AbortController }>();
  private nextId = 1;

  constructor(private readonly options: JobsOptions<P>) {}

  /** Refuses when a job of this kind is still running. */
  ensureIdle(): void {
    for (const job of this.jobs.values())
      if (job.status.running)
        throw new LibraryError(
          'invalid-input',
          `${capitalise(this.options.noun)} is already running; wait for it to finish or cancel it first.`,
        );
  }

  /**
   * Starts `work` after this call has returned (so the caller answers first) and returns the job's id.
   * `onResult` runs with the result before the job is marked finished; `progress` is what the job's
   * status shows before the work begins (its folder, say).
   */
  start(
    work: (context: JobContext<P>) => Promise<R>,
    onResult: (result: R) => void = () => undefined,
    progress: Partial<P> = {},
  ): number {
    const { id, result } = this.run(work, onResult, progress);
    result.catch(() => undefined); // the status holds the error sentence
    return id;
  }

  /**
   * Like `start`, for a caller that also waits for the job (the CLI, an export answered when done): the
   * promise resolves with the result, or rejects with a `LibraryError` carrying the status's sentence.
   */
  run(
    work: (context: JobContext<P>) => Promise<R>,
    onResult: (result: R) => void = () => undefined,
    progress: Partial<P> = {},
  ): { id: number; result: Promise<R> } {
    this.ensureIdle();
    const id = this.nextId++;
    const controller = new AbortController();
    const status: JobStatus<P, R> = {
      id,
      running: true,
      cancelling: false,
      progress: { ...this.options.initial(), ...progress },
      result: null,
      error: null,
    };
    this.jobs.set(id, { status, controller });
    this.prune();
    const context: JobContext<P> = {
      signal: controller.signal,
      report: (progress) => Object.assign(status.progress, progress),
    };
    const result = nextTurn()
      .then(() => work(context))
      .then(
        (result) => {
          onResult(result);
          Object.assign(status, { running: false, result });
          return result;
        },
        (error: unknown) => {
          if (!(error instanceof LibraryError)) console.error(`bulletin: ${this.options.noun} failed`, error);
          const message =
            error instanceof LibraryError ? error.message : this.options.describeError(error as Error);
          Object.assign(status, { running: false, error: message });
          throw error instanceof LibraryError ? error : new LibraryError('io', message);
        },
      );
    return { id, result };
  }

  /** The id of the job started last (running or finished), or null when there has been none. */
  latest(): number | null {
    return this.nextId > 1 && this.jobs.has(this.nextId - 1) ? this.nextId - 1 : null;
  }

  /** A copy of the job's status; `not-found` for an unknown (or long finished) id. */
  status(id: number): JobStatus<P, R> {
    const { status } = this.get(id);
    return { ...status, progress: { ...status.progress } };
  }

  /** Asks a running job to stop; a finished job is left as it is. */
  cancel(id: number): void {
    const job = this.get(id);
    if (!job.status.running) return;
    job.status.cancelling = true;
    job.controller.abort();
  }

  private get(id: number) {
    const job = this.jobs.get(id);
    if (!job)
      throw new LibraryError(
        'not-found',
        `There is no ${this.options.noun.replace(/^an? /, '')} with id ${id}.`,
      );
    return job;
  }

  private prune(): void {
    const keep = this.options.keepFinished ?? 5;
    const finished = [...this.jobs.values()].filter((j) => !j.status.running);
    for (const job of finished.slice(0, Math.max(0, finished.length - keep))) this.jobs.delete(job.status.id);
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
