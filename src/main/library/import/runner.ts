import { basename } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { ImportProgress, ImportReport } from '../../../shared/domain';
import type { Db } from '../db/connection';
import { failureDetail } from '../errors';
import type { DecodeLimits } from './decode';
import { DEFAULT_LIMITS, parseFile } from './index';
import type { FieldMap, ParseOutcome, ParsedArticle } from './model';
import { ParseWorker, startParseWorker, type FailureDetail, type ParseReply } from './parse-worker-client';
import { describeImportFailure, expandPaths, readImportFile, type ExpandedPaths } from './source-files';
import type { StoreOutcome } from './store';

export { describeImportFailure, readImportFile } from './source-files';

/** A file to import, as bytes (a dropped file) or as a path on disk. */
export interface ImportSource {
  /** Shown in reports; the path for files on disk. */
  path: string;
  bytes: Uint8Array;
  /** The file name that decides the format, when `path` has none (a feed's URL). */
  name?: string;
}

export interface ImportOptions {
  /** Field names for data dumps (`--map title=headline,body=fullText`). */
  map?: FieldMap;
  limits?: DecodeLimits;
  /** Called after each file with the count, the next file and an estimate of the time left. */
  onProgress?: (progress: ImportProgress) => void;
  /**
   * Aborting stops the import between files; what was stored stays stored. (The app's import does not
   * wait for a file still being parsed: that file is left out.)
   */
  signal?: AbortSignal;
}

/** What the runner needs from the library: the database, the clock, and a way to tell search that content changed. */
export interface ImportTarget {
  db: Db;
  /** Stores one article (see `storeArticle` in store.ts), inside the runner's transaction. */
  store: (article: ParsedArticle, originName: string, claimed: Set<number>) => StoreOutcome;
  touch: () => void;
}

type Pending = { path: string; name?: string; read: () => Uint8Array };

/** A file's parse: its articles, or the report's sentence for why it could not be read. */
type Parsed =
  | { outcome: ParseOutcome; failure?: undefined }
  | { outcome?: undefined; failure: string; detail?: FailureDetail };

/** Main-thread work between two yields to the event loop, so the app stays responsive during a long import. */
const BATCH_BUDGET_MS = 8;
/** Work per transaction when nothing waits on the event loop (CLI): commits as it goes, a few per second. */
const SYNC_BATCH_MS = 250;
/**
 * Files handed to the parse worker ahead of the one being stored, so that it parses while the main
 * thread stores; bounds the parsed articles waiting in memory.
 */
const PARSE_AHEAD = 16;
/**
 * A file with more articles than this (a dump: about a millisecond each to store) is stored in a batch
 * of its own, so that its unavoidable pause is not added to other files' work.
 */
const OWN_BATCH_ARTICLES = 8;

/**
 * Runs imports: expands folders, reads and parses each file, and stores each file's articles in its
 * own savepoint (all of a file's articles, or none), several files to a transaction. One bad file is
 * one line in the report and never stops the others.
 *
 * The app's import (`importPaths`) lists folders, reads and parses in a worker thread
 * (parse-worker.ts): a big page or a long dump takes tens of milliseconds to parse, and the garbage of
 * parsing stays out of the main process's heap. The main thread only stores, in transactions of a few
 * milliseconds that yield to the event loop between them.
 */
export class ImportRunner {
  constructor(
    private readonly target: ImportTarget,
    /** Starts the parse worker (tests start a misbehaving one). */
    private readonly startParser: () => Worker = startParseWorker,
  ) {}

  /** Imports files (and, with `folders`, folders recursively) synchronously: the CLI, tests. */
  importPathsSync(paths: readonly string[], options: ImportOptions = {}, folders = true): ImportReport {
    const { pending, report } = this.pendingOf(expandPaths(paths, folders), options.limits);
    return this.runSync(pending, report, options);
  }

  /** Imports byte sources (drag and drop) synchronously. */
  importSourcesSync(sources: readonly ImportSource[], options: ImportOptions = {}): ImportReport {
    const pending = sources.map((s) => ({ path: s.path, name: s.name, read: () => s.bytes }));
    return this.runSync(pending, emptyReport(), options);
  }

  /**
   * Imports files (and, with `folders`, folders recursively) with progress and cancel: the worker
   * thread lists, reads and parses, this thread stores in short batches that yield to the event loop.
   * A worker that fails or crashes fails the file it was reading (see ParseWorker); it is stopped when
   * the import ends.
   */
  async importPaths(
    paths: readonly string[],
    options: ImportOptions = {},
    folders = true,
  ): Promise<ImportReport> {
    const parser = new ParseWorker(this.startParser);
    try {
      const listed = await parser.expand(paths, folders);
      // The walk failed in the worker (it crashed): walk here rather than import nothing.
      const expanded = listed.kind === 'expanded' ? listed.expanded : expandPaths(paths, folders);
      const { pending, report } = this.pendingOf(expanded, options.limits);
      const state = this.start(pending.length, options);
      const parses = new ParsesAhead(parser, pending, options);
      for (let i = 0; i < pending.length && !options.signal?.aborted;) {
        parses.request(i + PARSE_AHEAD);
        if (!parses.ready(i)) {
          // The file in hand is still being parsed: say so, and wait for it (or for a cancel).
          options.onProgress?.(progress(report, state, pending.length, pending[i]!.path));
          await parses.wait(i, options.signal);
          if (options.signal?.aborted) break;
        }
        // Each batch starts from an immediate, which runs once per turn of the event loop: a batch woken
        // by the worker's answer (in the poll phase) would otherwise run back to back with the next one.
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (options.signal?.aborted) break;
        const from = i;
        i = this.batch(pending, i, report, options, state, BATCH_BUDGET_MS, (k) => {
          // A file of many articles is one unit that takes a while: it starts a batch of its own.
          const articles = parses.peek(k)?.outcome?.articles.length ?? 0;
          return k > from && articles > OWN_BATCH_ARTICLES ? undefined : parses.take(k);
        });
      }
      return this.finish(report, options, pending.length, state);
    } finally {
      await parser.close();
    }
  }

  private runSync(pending: readonly Pending[], report: ImportReport, options: ImportOptions): ImportReport {
    const state = this.start(pending.length, options);
    const parseHere = (k: number) => this.parse(pending[k]!, options);
    for (let i = 0; i < pending.length && !options.signal?.aborted;)
      i = this.batch(pending, i, report, options, state, SYNC_BATCH_MS, parseHere);
    return this.finish(report, options, pending.length, state);
  }

  private pendingOf(
    expanded: ExpandedPaths,
    limits: DecodeLimits = DEFAULT_LIMITS,
  ): { pending: Pending[]; report: ImportReport } {
    const report = emptyReport();
    for (const skipped of expanded.skipped) report.skipped!.push(skipped);
    const pending = expanded.files.map((path) => ({ path, read: () => readImportFile(path, limits) }));
    return { pending, report };
  }

  private start(total: number, options: ImportOptions): { started: number; done: number } {
    options.onProgress?.({
      done: 0,
      total,
      current: '',
      etaSeconds: null,
      imported: 0,
      updated: 0,
      duplicates: 0,
      failed: 0,
    });
    return { started: performance.now(), done: 0 };
  }

  /** The report, with the newer keys present only when they say something (older readers see the old shape). */
  private finish(
    report: ImportReport,
    options: ImportOptions,
    total: number,
    state: { done: number },
  ): ImportReport {
    if (options.signal?.aborted && state.done < total) report.cancelled = true;
    if (report.updated?.length === 0) delete report.updated;
    if (report.skipped?.length === 0) delete report.skipped;
    if (report.warnings?.length === 0) delete report.warnings;
    return report;
  }

  /**
   * Stores files from `from` on, in one transaction, until the time budget is spent, each file in its
   * own savepoint. `parsed(i)` gives file i's parse, or undefined when it is not ready yet (the batch
   * ends there; the first file's parse must be ready). Returns the index of the next file.
   */
  private batch(
    pending: readonly Pending[],
    from: number,
    report: ImportReport,
    options: ImportOptions,
    state: { started: number; done: number },
    budgetMs: number,
    parsed: (index: number) => Parsed | undefined,
  ): number {
    const { db } = this.target;
    const began = performance.now();
    let i = from;
    let changed = false;
    db.transaction(() => {
      while (
        i < pending.length &&
        (i === from || performance.now() - began < budgetMs) &&
        !options.signal?.aborted
      ) {
        const item = pending[i]!;
        // Before each file: the count so far and the file in hand (a cancel takes effect before the next one).
        options.onProgress?.(progress(report, state, pending.length, item.path));
        const parse = parsed(i);
        if (!parse) break;
        i++;
        changed = this.importOne(item.path, parse, report) || changed;
        state.done = i;
      }
      if (changed) this.target.touch();
    }).immediate();
    options.onProgress?.(progress(report, state, pending.length, pending[i - 1]?.path ?? ''));
    return i;
  }

  /** Reads and parses one file in this thread. */
  private parse(item: Pending, options: ImportOptions): Parsed {
    try {
      const outcome = parseFile(item.name ?? basename(item.path), item.read(), {
        limits: options.limits,
        map: options.map,
      });
      return { outcome };
    } catch (error) {
      return { failure: describeImportFailure(item.path, error), detail: failureDetail(error) };
    }
  }

  /** One file: its articles stored in a savepoint (all of them or none). True when something changed. */
  private importOne(path: string, parsed: Parsed, report: ImportReport): boolean {
    const { db } = this.target;
    if (parsed.failure !== undefined) {
      report.failed.push({ path, error: parsed.failure, ...parsed.detail });
      return false;
    }
    const outcome = parsed.outcome;
    // Records of one file are distinct articles: none of them may update another.
    const claimed = new Set<number>();
    let stored;
    try {
      stored = db.transaction(() =>
        outcome.articles.map((article) => ({
          article,
          result: this.target.store(article, basename(path), claimed),
        })),
      )();
    } catch (error) {
      report.failed.push({ path, error: describeImportFailure(path, error) });
      return false;
    }
    let changed = false;
    for (const { article, result } of stored) {
      if (result.kind === 'imported') report.imported.push({ id: result.id, title: article.title, path });
      else if (result.kind === 'updated') {
        report.updated!.push({ id: result.id, title: article.title, path });
        if (result.orphanedNotes) {
          report.warnings!.push({
            path,
            warning:
              result.orphanedNotes === 1
                ? `“${article.title}”: 1 note no longer matches the new text; it is kept with its quote as an orphaned note.`
                : `“${article.title}”: ${result.orphanedNotes} notes no longer match the new text; they are kept with their quotes as orphaned notes.`,
          });
        }
      } else report.duplicates.push({ path, id: result.id });
      changed ||= result.kind !== 'duplicate';
    }
    for (const skipped of outcome.skipped)
      report.skipped!.push({ path, title: skipped.title, reason: skipped.reason });
    for (const warning of outcome.warnings) report.warnings!.push({ path, warning });
    return changed;
  }
}

/**
 * The parses of an import's files, asked of the worker a few files ahead of the one being stored and
 * kept by file index until stored.
 */
class ParsesAhead {
  /** By file index: undefined until the worker answers, null once taken. */
  private readonly replies: Array<Parsed | null | undefined> = [];
  private sent = 0;
  private wake: (() => void) | null = null;

  constructor(
    private readonly parser: ParseWorker,
    private readonly pending: readonly Pending[],
    private readonly options: ImportOptions,
  ) {}

  /** Asks the worker for every file before `upTo` not asked for yet. */
  request(upTo: number): void {
    const { limits, map } = this.options;
    for (; this.sent < Math.min(this.pending.length, upTo); this.sent++) {
      const k = this.sent;
      const path = this.pending[k]!.path;
      void this.parser.parse(path, { limits, map }).then((reply) => {
        this.replies[k] = reply.kind === 'parsed' ? { outcome: reply.outcome } : failureOf(reply, path);
        this.wake?.();
      });
    }
  }

  ready(k: number): boolean {
    return this.replies[k] !== undefined;
  }

  peek(k: number): Parsed | undefined {
    return this.replies[k] ?? undefined;
  }

  /** File k's parse, when it has come; it is then let go. */
  take(k: number): Parsed | undefined {
    const reply = this.replies[k] ?? undefined;
    if (reply) this.replies[k] = null;
    return reply;
  }

  /** Resolves when file k's parse has come, or when `signal` aborts. */
  wait(k: number, signal: AbortSignal | undefined): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        this.wake = null;
        signal?.removeEventListener('abort', done);
        resolve();
      };
      this.wake = () => {
        if (this.ready(k)) done();
      };
      signal?.addEventListener('abort', done);
    });
  }
}

function emptyReport(): ImportReport {
  return { imported: [], duplicates: [], failed: [], updated: [], skipped: [], warnings: [] };
}

function progress(
  report: ImportReport,
  state: { started: number; done: number },
  total: number,
  current: string,
): ImportProgress {
  const elapsed = (performance.now() - state.started) / 1000;
  return {
    done: state.done,
    total,
    current,
    etaSeconds: state.done > 0 ? Math.round((elapsed / state.done) * (total - state.done)) : null,
    imported: report.imported.length,
    updated: report.updated?.length ?? 0,
    duplicates: report.duplicates.length,
    failed: report.failed.length,
  };
}

/** The report's sentence for a worker's answer that holds no articles. */
function failureOf(reply: ParseReply, path: string): Parsed {
  if (reply.kind === 'failure') return { failure: reply.failure, detail: reply.detail };
  return { failure: describeImportFailure(path, new Error('the file reader gave an unexpected answer')) };
}
