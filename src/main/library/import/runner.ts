import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ImportProgress, ImportReport } from '../../../shared/domain';
import type { Db } from '../db/connection';
import { ImportError } from '../errors';
import type { DecodeLimits } from './decode';
import { listFolder } from './folder';
import { DEFAULT_LIMITS, parseFile } from './index';
import type { FieldMap, ParseOutcome, ParsedArticle } from './model';
import type { StoreOutcome } from './store';

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
  /** Aborting stops the import after the file in hand; what was stored stays stored. */
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

/** Work between two yields to the event loop, so the app stays responsive during a long import. */
const BATCH_BUDGET_MS = 8;
/** Work per transaction when nothing waits on the event loop (CLI): commits as it goes, a few per second. */
const SYNC_BATCH_MS = 250;

/**
 * Runs imports: expands folders, reads and parses each file, and stores each file's articles in its
 * own savepoint (all of a file's articles, or none), several files to a transaction. One bad file is
 * one line in the report and never stops the others.
 */
export class ImportRunner {
  constructor(private readonly target: ImportTarget) {}

  /** Imports files (and, with `folders`, folders recursively) synchronously: the CLI, tests. */
  importPathsSync(paths: readonly string[], options: ImportOptions = {}, folders = true): ImportReport {
    const { pending, report } = this.expand(paths, folders, options.limits);
    const state = this.start(pending.length, options);
    for (let i = 0; i < pending.length && !options.signal?.aborted;)
      i = this.batch(pending, i, report, options, state, SYNC_BATCH_MS);
    return this.finish(report, options, pending.length, state);
  }

  /** Imports byte sources (drag and drop) synchronously. */
  importSourcesSync(sources: readonly ImportSource[], options: ImportOptions = {}): ImportReport {
    const pending = sources.map((s) => ({ path: s.path, name: s.name, read: () => s.bytes }));
    const report = emptyReport();
    const state = this.start(pending.length, options);
    for (let i = 0; i < pending.length && !options.signal?.aborted;)
      i = this.batch(pending, i, report, options, state, SYNC_BATCH_MS);
    return this.finish(report, options, pending.length, state);
  }

  /** Imports files and folders in batches that yield to the event loop, with progress and cancel. */
  async importPaths(paths: readonly string[], options: ImportOptions = {}): Promise<ImportReport> {
    const { pending, report } = this.expand(paths, true, options.limits);
    const state = this.start(pending.length, options);
    for (let i = 0; i < pending.length && !options.signal?.aborted;) {
      i = this.batch(pending, i, report, options, state, BATCH_BUDGET_MS);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    return this.finish(report, options, pending.length, state);
  }

  private expand(
    paths: readonly string[],
    folders: boolean,
    limits: DecodeLimits = DEFAULT_LIMITS,
  ): { pending: Pending[]; report: ImportReport } {
    const report = emptyReport();
    const pending: Pending[] = [];
    for (const path of paths) {
      let isFolder = false;
      try {
        isFolder = folders && statSync(path).isDirectory();
      } catch {
        // reported when read
      }
      if (!isFolder) {
        pending.push({ path, read: () => readImportFile(path, limits) });
        continue;
      }
      const listing = listFolder(path);
      for (const file of listing.files)
        pending.push({ path: file, read: () => readImportFile(file, limits) });
      for (const passed of listing.passedOver)
        report.skipped!.push({ path: passed.path, title: basename(passed.path), reason: passed.reason });
    }
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
   * Reads, parses and stores files from `from` on, in one transaction, until the time budget is spent;
   * each file in its own savepoint. Returns the index of the next file.
   */
  private batch(
    pending: readonly Pending[],
    from: number,
    report: ImportReport,
    options: ImportOptions,
    state: { started: number; done: number },
    budgetMs: number,
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
        const item = pending[i++]!;
        // Before each file: the count so far and the file in hand (a cancel takes effect before the next one).
        options.onProgress?.(progress(report, state, pending.length, item.path));
        changed = this.importOne(item, report, options) || changed;
        state.done = i;
      }
      if (changed) this.target.touch();
    }).immediate();
    options.onProgress?.(progress(report, state, pending.length, pending[i - 1]?.path ?? ''));
    return i;
  }

  /** One file: read, parse, and store its articles in a savepoint (all of them or none). True when something changed. */
  private importOne(item: Pending, report: ImportReport, options: ImportOptions): boolean {
    const { db } = this.target;
    const path = item.path;
    let outcome: ParseOutcome;
    try {
      outcome = parseFile(item.name ?? basename(path), item.read(), {
        limits: options.limits,
        map: options.map,
      });
    } catch (error) {
      report.failed.push({ path, error: describeImportFailure(path, error) });
      return false;
    }
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

/** Reads a file to import, refusing folders and oversized files before reading them. */
export function readImportFile(path: string, limits: DecodeLimits = DEFAULT_LIMITS): Uint8Array {
  const name = basename(path);
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new ImportError('unreadable', `${name} could not be found (${path}).`);
  }
  if (stat.isDirectory()) throw new ImportError('unsupported', `${name} is a folder, not a file.`);
  if (stat.size > limits.maxBytes) {
    throw new ImportError(
      'too-large',
      `${name} is too large to import (${(stat.size / 1_000_000).toFixed(1)} MB; the limit is ${(limits.maxBytes / 1_000_000).toFixed(1)} MB).`,
    );
  }
  try {
    return readFileSync(path);
  } catch (error) {
    throw new ImportError(
      'unreadable',
      `${name} could not be read: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}.`,
    );
  }
}

export function describeImportFailure(path: string, error: unknown): string {
  if (error instanceof ImportError) return error.message;
  return `${basename(path)} could not be imported: ${(error as Error).message}`;
}
