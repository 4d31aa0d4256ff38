import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { ImportProgress, ImportReport } from '../../../shared/domain';
import type { Db } from '../db/connection';
import { failureDetail } from '../errors';
import type { DecodeLimits } from './decode';
import { DEFAULT_LIMITS, parseFile } from './index';
import type { FieldMap, ParseOutcome, ParsedArticle } from './model';
import type { ImportPlacement } from './placement';
import { ParseWorker, startParseWorker, type FailureDetail, type ParseReply } from './parse-worker-client';
import { describeImportFailure, expandPaths, readImportFile, type ExpandedPaths } from './source-files';
import type { StoreOutcome } from './store';
import { startCheckpointWorker, WalCheckpoints } from './wal-checkpoints';
import { nextTurn } from '../turns';

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
   * Aborting stops the import between files, and between slices of a dump's records; what was stored
   * stays stored (a dump cut short says how many of its records were). (The app's import does not wait
   * for a file still being parsed: that file is left out.)
   */
  signal?: AbortSignal;
}

/** What the runner needs from the library: the database, the clock, and a way to tell search that content changed. */
export interface ImportTarget {
  db: Db;
  /** Stores one article (see `storeArticle` in store.ts), inside the runner's transaction. */
  store: (article: ParsedArticle, originName: string, claimed: Set<number>) => StoreOutcome;
  touch: () => void;
  /**
   * The syllabus and learned model the parse workers place new articles with (see placement.ts); asked
   * before each batch, cheap when nothing changed. Without it the main thread places them.
   */
  placement?: () => ImportPlacement | undefined;
}

/** A file to import: read from disk when parsed, or handed over as `bytes` (a dropped file). */
export type Pending = { path: string; name?: string; bytes?: Uint8Array; read: () => Uint8Array };

/**
 * A file whose articles are being stored. `units` are ranges of `articles` each stored in its own
 * savepoint: one per record for a dump or feed (records are independent articles), else one for the
 * whole file (all of a file's articles or none). A dump's units may span several transactions.
 */
interface FileWork {
  path: string;
  outcome: ParseOutcome;
  units: Array<readonly [number, number]>;
  /** The next unit to store. */
  next: number;
  /** Units stored (records, for a dump). */
  stored: number;
  /** Ids this file's records have written, across all its slices: no record may update another's article. */
  claimed: Set<number>;
  /** The file failed as a whole (a file stored whole, or an error that stops every record). */
  failed: boolean;
}

/** Where an import is: the next file to take, and the file whose units are being stored. */
interface Cursor {
  next: number;
  file: FileWork | null;
}

type State = { started: number; done: number };

/** A file's parse: its articles, or the report's sentence for why it could not be read. */
type Parsed =
  | { outcome: ParseOutcome; failure?: undefined }
  | { outcome?: undefined; failure: string; detail?: FailureDetail };

/** Main-thread work between two yields to the event loop, so the app stays responsive during a long import. */
const BATCH_BUDGET_MS = 8;
/** Work per transaction when nothing waits on the event loop (CLI): commits as it goes, a few per second. */
const SYNC_BATCH_MS = 250;
/**
 * Files handed to the parse workers ahead of the one being stored, so that they parse while the main
 * thread stores. The workers' answers come in bursts (around their garbage collections): with 16 files
 * ahead the main thread of a copied-text import waited for a parse before nearly every batch and stored
 * 3–4 files a batch; with 64 it waits half as often and stores twice as many a batch, and the import
 * runs at 1,050–1,190 articles a second instead of 900–960 (`bench:import`, docs/importing.md).
 */
const PARSE_AHEAD = 64;
/**
 * Parsed articles waiting to be stored, at most, before more files are asked for: a data dump is one
 * file of thousands, and the files ahead are there to keep the workers busy, not to fill memory.
 */
export const WAITING_ARTICLES = 2_000;
/**
 * Parse workers of an import of many files: one per core. Files go to them in turn and are stored in
 * their order whichever worker answers first; each worker answers its own files in order.
 */
const PARSE_WORKERS = Math.max(1, Math.min(availableParallelism(), 4));
/**
 * A file with more articles than this (a dump: about a millisecond each to store) is stored in a batch
 * of its own, so that its unavoidable pause is not added to other files' work.
 */
const OWN_BATCH_ARTICLES = 8;

/**
 * Runs imports: expands folders, reads and parses each file, and stores each file's articles in its
 * own savepoint (all of a file's articles, or none), several files to a transaction. A data dump or a
 * feed is many independent records: each record is stored in its own savepoint, a slice of records to
 * a transaction, so that a long dump does not hold the main thread. One bad file (or record) is one
 * line in the report and never stops the others.
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
    /** Starts the worker that checkpoints the library's write-ahead log during an import. */
    private readonly startCheckpointer: () => Worker = startCheckpointWorker,
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
      // One parse worker per core (the main thread stores meanwhile); a worker starts at its first file.
      const pool = [parser];
      for (let n = 1; n < Math.min(PARSE_WORKERS, pending.length); n++)
        pool.push(new ParseWorker(this.startParser));
      try {
        return await this.runInWorker(pool, pending, report, options);
      } finally {
        await Promise.all(pool.slice(1).map((p) => p.close()));
      }
    } finally {
      await parser.close();
    }
  }

  /**
   * Imports byte sources (drag and drop) as `importPaths` imports files: parsed in the worker thread,
   * stored here in short batches (a dropped page parsed here held the main thread 0.1-0.2 s).
   */
  async importSources(sources: readonly ImportSource[], options: ImportOptions = {}): Promise<ImportReport> {
    const parser = new ParseWorker(this.startParser);
    try {
      const pending = sources.map((s) => ({
        path: s.path,
        name: s.name,
        bytes: s.bytes,
        read: () => s.bytes,
      }));
      return await this.runInWorker([parser], pending, emptyReport(), options);
    } finally {
      await parser.close();
    }
  }

  /** Parses `pending` in the workers, a few files ahead, and stores them here in order, in batches that yield. */
  private async runInWorker(
    parsers: readonly ParseWorker[],
    pending: readonly Pending[],
    report: ImportReport,
    options: ImportOptions,
  ): Promise<ImportReport> {
    const state = this.start(pending.length, options);
    const parses = new ParsesAhead(parsers, pending, options);
    const cursor: Cursor = { next: 0, file: null };
    // The write-ahead log is copied back into the database in a worker, not in the batches' commits.
    const checkpoints = WalCheckpoints.start(this.target.db, this.startCheckpointer);
    try {
      return await this.storeParsed(parses, pending, report, options, state, cursor, checkpoints);
    } finally {
      await checkpoints?.finish();
    }
  }

  private async storeParsed(
    parses: ParsesAhead,
    pending: readonly Pending[],
    report: ImportReport,
    options: ImportOptions,
    state: State,
    cursor: Cursor,
    checkpoints: WalCheckpoints | null,
  ): Promise<ImportReport> {
    const parsers = parses.parsers;
    while (unfinished(cursor, pending) && !options.signal?.aborted) {
      const i = cursor.next;
      // The model learns as labelled articles are stored: the files asked for next use its latest snapshot.
      const placement = this.target.placement?.();
      if (placement) for (const parser of parsers) parser.place(placement);
      parses.request(i + PARSE_AHEAD);
      if (!cursor.file && !parses.ready(i)) {
        // The file in hand is still being parsed: say so, and wait for it (or for a cancel).
        options.onProgress?.(progress(report, state, pending.length, pending[i]!.path));
        await parses.wait(i, options.signal);
        if (options.signal?.aborted) break;
      }
      // Each batch waits for a turn of the event loop (one slice of background work a turn): a batch
      // woken by the worker's answer (in the poll phase) would otherwise run back to back with the next one.
      await nextTurn();
      if (options.signal?.aborted) break;
      this.batch(pending, cursor, report, options, state, BATCH_BUDGET_MS, (k, first) => {
        // A file of many articles stored whole takes a while: it starts a batch of its own.
        const articles = parses.peek(k)?.outcome?.articles.length ?? 0;
        return !first && articles > OWN_BATCH_ARTICLES ? undefined : parses.take(k);
      });
      checkpoints?.afterBatch();
    }
    return this.finish(report, options, pending.length, state, cursor);
  }

  private runSync(pending: readonly Pending[], report: ImportReport, options: ImportOptions): ImportReport {
    const state = this.start(pending.length, options);
    const parseHere = (k: number) => this.parse(pending[k]!, options);
    const cursor: Cursor = { next: 0, file: null };
    while (unfinished(cursor, pending) && !options.signal?.aborted)
      this.batch(pending, cursor, report, options, state, SYNC_BATCH_MS, parseHere);
    return this.finish(report, options, pending.length, state, cursor);
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

  private start(total: number, options: ImportOptions): State {
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
    state: State,
    cursor: Cursor,
  ): ImportReport {
    this.makeDurable();
    if (options.signal?.aborted && state.done < total) report.cancelled = true;
    if (cursor.file) this.cutShort(cursor.file, report);
    if (report.updated?.length === 0) delete report.updated;
    if (report.skipped?.length === 0) delete report.skipped;
    if (report.warnings?.length === 0) delete report.warnings;
    return report;
  }

  /**
   * Stores, in one transaction, the file in hand's next units and then the next files' until the time
   * budget is spent (the first unit always), each unit in its own savepoint; moves `cursor` on.
   * `parsed(i, first)` gives file i's parse, or undefined when it is not ready yet (the batch ends
   * there; when `first`, nothing was stored yet in this batch and the parse must be ready).
   */
  private batch(
    pending: readonly Pending[],
    cursor: Cursor,
    report: ImportReport,
    options: ImportOptions,
    state: State,
    budgetMs: number,
    parsed: (index: number, first: boolean) => Parsed | undefined,
  ): void {
    const { db } = this.target;
    const began = performance.now();
    let changed = false;
    const durability = this.lightCommits(db);
    try {
      db.transaction(() => {
        for (let units = 0; units === 0 || performance.now() - began < budgetMs; units++) {
          if (options.signal?.aborted) break;
          if (!cursor.file) {
            if (cursor.next >= pending.length) break;
            const item = pending[cursor.next]!;
            // Before each file: the count so far and the file in hand (a cancel takes effect before the next one).
            options.onProgress?.(progress(report, state, pending.length, item.path));
            const parse = parsed(cursor.next, units === 0);
            if (!parse) break;
            cursor.next++;
            cursor.file = this.open(item.path, parse, report);
          }
          if (cursor.file) changed = this.storeUnit(cursor.file, report) || changed;
          if (!cursor.file || cursor.file.next === cursor.file.units.length) {
            if (cursor.file) this.close(cursor.file, report);
            cursor.file = null;
            state.done = cursor.next;
          }
        }
        if (changed) this.target.touch();
      }).immediate();
    } finally {
      durability.restore();
    }
    const current = cursor.file?.path ?? pending[cursor.next - 1]?.path ?? '';
    options.onProgress?.(progress(report, state, pending.length, current));
  }

  /**
   * The import's batches commit without waiting for the disk (`synchronous = NORMAL`, still atomic and
   * consistent in WAL mode): with FULL, each batch's commit waited 3 ms or more for an fsync, a third of
   * an 8 ms batch. Only the import's own transactions: every other write between two batches (a note)
   * commits with the library's FULL, which also makes the batches before it durable, and so does
   * `makeDurable` at the end of the import. A power cut during an import loses at most its last batches.
   */
  private lightCommits(db: Db): { restore: () => void } {
    const level = db.pragma('synchronous', { simple: true }) as number;
    if (level <= 1) return { restore: () => {} };
    db.pragma('synchronous = NORMAL');
    this.lightened = true;
    return { restore: () => db.pragma(`synchronous = ${level}`) };
  }

  /** Set when a batch committed without an fsync: the import ends with one durable commit. */
  private lightened = false;

  /** One small commit with the library's own durability: the WAL, and every batch in it, reaches the disk. */
  private makeDurable(): void {
    if (!this.lightened) return;
    this.lightened = false;
    const { db } = this.target;
    db.transaction(() =>
      db.prepare(`UPDATE settings SET value = value WHERE key = 'generation'`).run(),
    ).immediate();
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

  /** A parsed file, ready to be stored unit by unit; null (and a line in the report) when it failed. */
  private open(path: string, parsed: Parsed, report: ImportReport): FileWork | null {
    if (parsed.failure !== undefined) {
      report.failed.push({ path, error: parsed.failure, ...parsed.detail });
      return null;
    }
    const { outcome } = parsed;
    const units = unitsOf(outcome.articles);
    return { path, outcome, units, next: 0, stored: 0, claimed: new Set(), failed: false };
  }

  /**
   * Stores the file's next unit in a savepoint (all of its articles or none). A record that fails is
   * one line naming it, and the file goes on; a file stored whole fails as a whole, and so does a
   * dump when the database itself refuses (full disk, read-only): the rest would fail alike.
   * True when something changed.
   */
  private storeUnit(file: FileWork, report: ImportReport): boolean {
    const { db } = this.target;
    const [from, to] = file.units[file.next++]!;
    const articles = file.outcome.articles.slice(from, to);
    let stored;
    try {
      stored = db.transaction(() =>
        articles.map((article) => ({
          article,
          result: this.target.store(article, basename(file.path), file.claimed),
        })),
      )();
    } catch (error) {
      const record = articles[0]?.record;
      if (record === undefined || stopsEveryRecord(error)) {
        report.failed.push({ path: file.path, error: this.fileFailure(file, error) });
        file.failed = true;
        file.next = file.units.length;
      } else report.failed.push({ path: file.path, error: recordFailure(file.path, articles[0]!, error) });
      return false;
    }
    file.stored++;
    return this.reportStored(file.path, stored, report);
  }

  /** The line for a file that failed as a whole; a dump's says how many of its records were stored before. */
  private fileFailure(file: FileWork, error: unknown): string {
    const sentence = describeImportFailure(file.path, error);
    if (file.stored === 0) return sentence;
    const total = file.units.length.toLocaleString('en');
    return `${sentence.replace(/\.$/, '')} (after ${file.stored.toLocaleString('en')} of its ${total} records were stored).`;
  }

  /** Adds stored articles to the report. True when something changed. */
  private reportStored(
    path: string,
    stored: ReadonlyArray<{ article: ParsedArticle; result: StoreOutcome }>,
    report: ImportReport,
  ): boolean {
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
      if (result.keptEdits)
        (report.keptEdits ??= []).push({
          id: result.id,
          title: article.title,
          path,
          fields: result.keptEdits,
        });
      if (result.restored) (report.restored ??= []).push({ id: result.id, title: article.title, path });
      changed ||= result.kind !== 'duplicate' || result.restored === true;
    }
    return changed;
  }

  /** A file all of whose units were stored (or tried): the records its parser left out, and its warnings. */
  private close(file: FileWork, report: ImportReport): void {
    if (file.failed) return;
    for (const skipped of file.outcome.skipped)
      report.skipped!.push({ path: file.path, title: skipped.title, reason: skipped.reason });
    for (const warning of file.outcome.warnings) report.warnings!.push({ path: file.path, warning });
  }

  /** A dump whose storing was cancelled part way: what was stored stays, and the report says how much. */
  private cutShort(file: FileWork, report: ImportReport): void {
    const total = file.units.length.toLocaleString('en');
    report.warnings!.push({
      path: file.path,
      warning: `Cancelled after ${countOf(file.stored, 'record')} of ${total} were stored; the rest were not imported. Importing the file again adds them (records already stored are updated in place, not duplicated).`,
    });
    this.close(file, report);
  }
}

/** True while files remain to be taken, or the file in hand has units left. */
function unfinished(cursor: Cursor, pending: readonly Pending[]): boolean {
  return cursor.file !== null || cursor.next < pending.length;
}

/**
 * The savepoint units of a file's articles: runs of articles from one record when every article names
 * its record (a dump, a feed), else the whole file as one.
 */
function unitsOf(articles: readonly ParsedArticle[]): Array<readonly [number, number]> {
  if (articles.length === 0 || articles.some((a) => a.record === undefined)) return [[0, articles.length]];
  const units: Array<readonly [number, number]> = [];
  let from = 0;
  for (let k = 1; k <= articles.length; k++) {
    if (k < articles.length && articles[k]!.record === articles[from]!.record) continue;
    units.push([from, k]);
    from = k;
  }
  return units;
}

/**
 * True for a database error that is no fault of the record (disk full, I/O, read-only, busy, damage):
 * every record after it would fail the same way. Constraint and other errors belong to the record.
 */
function stopsEveryRecord(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') && !code.startsWith('SQLITE_CONSTRAINT');
}

/** The report line for one record of a dump or feed that could not be stored. */
function recordFailure(path: string, article: ParsedArticle, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `${basename(path)}, ${article.record} (“${article.title}”) could not be imported: ${reason}`;
}

function countOf(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * The parses of an import's files, asked of the workers (file k of n workers' k mod n) a few files
 * ahead of the one being stored, and kept by file index until stored: the order is the files' order.
 */
export class ParsesAhead {
  /** By file index: undefined until the worker answers, null once taken. */
  private readonly replies: Array<Parsed | null | undefined> = [];
  private sent = 0;
  /** Articles parsed and not yet taken. */
  private waitingArticles = 0;
  private wake: (() => void) | null = null;

  constructor(
    readonly parsers: readonly ParseWorker[],
    private readonly pending: readonly Pending[],
    private readonly options: ImportOptions,
  ) {}

  /**
   * Asks the workers for every file before `upTo` not asked for yet, while fewer than
   * `WAITING_ARTICLES` parsed articles wait to be stored.
   */
  request(upTo: number): void {
    const { limits, map } = this.options;
    const last = Math.min(this.pending.length, upTo);
    for (; this.sent < last && this.waitingArticles < WAITING_ARTICLES; this.sent++) {
      const k = this.sent;
      const { path, name, bytes } = this.pending[k]!;
      const parser = this.parsers[k % this.parsers.length]!;
      void parser.parse(path, { limits, map, name, bytes }).then((reply) => {
        if (reply.kind === 'parsed') {
          this.replies[k] = { outcome: reply.outcome };
          this.waitingArticles += reply.outcome.articles.length;
        } else this.replies[k] = failureOf(reply, path);
        this.wake?.();
      });
    }
  }

  /** Files asked for so far (the first of `pending`). */
  get asked(): number {
    return this.sent;
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
    if (reply) {
      this.replies[k] = null;
      this.waitingArticles -= reply.outcome?.articles.length ?? 0;
    }
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

function progress(report: ImportReport, state: State, total: number, current: string): ImportProgress {
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
