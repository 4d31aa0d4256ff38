/**
 * A full rebuild of the index from the library: every month newest first (undated last), each
 * month's articles read, analysed and written in batches, so that search answers from the newest
 * months first. It runs in steps that each end by a deadline: in the index's worker thread
 * (index-worker.ts, the app) or in the calling thread (inline mode, and the fallback when a worker
 * cannot run). It reads the library and writes only the index, so a read-only connection to the
 * library serves.
 */
import type { Db } from '../db/connection';
import { BatchAnalyser, batchDocs, type AnalysedBatch } from './batch-analyser';
import { BatchWriter } from './build-batch';
import { slotOf } from './calendar';
import type { AnalysedDoc, ArticleAnalyser, BatchDoc } from './documents';
import { monthsToRebuild, RebuildReader, type BatchSink } from './rebuild-reader';
import { SCHEMA, setMeta } from './store';
import { IndexWrite, saveDocPages, type IndexState } from './writer';

/**
 * Articles a rebuild holds in memory before writing them (a month is usually one write). Smaller
 * batches mean fewer live objects for the garbage collector, but rewrite each month's rows more
 * often: at 50,000 articles, batches of 400 doubled the rebuild's time.
 */
export const REBUILD_BATCH = 2_000;
/**
 * The first batch is small, and each next one twice the size up to REBUILD_BATCH, so the newest
 * articles are searchable within a second of the start rather than after a whole month's batch.
 */
export const FIRST_BATCH = 200;
/**
 * A fresh rebuild's fast path (build-batch.ts) holds packed postings, some 1 KB an article, so its
 * batches can be larger and span months. Each batch's rows are spread over the whole postings table
 * (keys are term-major), so each commit rewrites most of the table's pages: fewer, larger batches
 * write far less.
 */
export const FAST_BATCH = Number(process.env.BULLETIN_REBUILD_BATCH ?? '') || 8_000;

/**
 * The largest batch of a rebuild read in another thread (rebuild-pipe.ts), for a library of `total`
 * articles. Reading costs the same per article whatever the batch, writing a fixed cost per batch
 * on top that grows with the index: where the writer keeps pace with the reader it has little left
 * to write when the reading ends. Measured (`bench:rebuild`, docs/search.md): at 20,000 and 50,000
 * articles batches of at most 4,000 finish 5–10 % sooner than of 8,000; at 200,000 articles, where
 * each commit rewrites more, 8,000 is 10 % faster than 4,000.
 */
export function pipedBatchLimit(total: number): number {
  if (process.env.BULLETIN_REBUILD_BATCH) return FAST_BATCH;
  return Math.min(FAST_BATCH, Math.max(4_000, Math.round(total / 12)));
}

export interface RebuildOptions {
  /** The last month already rebuilt (`YYYY-MM` or `undated`), when resuming; null from the start. */
  after: string | null;
  /**
   * Changed pages of the article table saved with each batch. The worker saves them all, so that
   * what it committed is always whole; the main thread saves a few at a time and the rest at the end.
   */
  pageLimit: number;
  /** The index was emptied for this rebuild (not a resume): only the rows it writes exist. */
  fresh?: boolean;
  /**
   * Store the sorted vocabulary again whenever this many terms were added since it was last stored,
   * so a fuzzy query during the rebuild reads one row and a short tail (never, by default).
   */
  vocabularyEvery?: number;
  /** Called after each batch is written (committed), with its articles and the warnings of their reading. */
  onBatch?: (docs: readonly BatchDoc[], warnings: readonly string[]) => void;
  /**
   * Write each batch in one transaction, whatever the deadline (the worker thread: a stop waits for
   * the write under way anyway, and readers never wait for a writer). Every commit rewrites the pages
   * a batch touched, which are spread over the whole postings table: steps of 50 ms made a batch of
   * 8,000 articles some twenty commits. On the fast path a stop rolls the write back instead of
   * waiting for its end.
   */
  wholeWrites?: boolean;
  /** True when the rebuild should stop soon: a step then ends once no write is under way. */
  stopRequested?: () => boolean;
}

/** A batch read and analysed in another thread (index-worker.ts), with what the rebuild records after it. */
export interface ReadBatch {
  batch: AnalysedBatch;
  /** The last month all of whose articles are in the batch (see `BatchCut`). */
  month: string | null | undefined;
  /** Articles of the batch indexed only in part. */
  warnings: string[];
}

export class Rebuild {
  /** The months to rebuild, newest first, `null` (the undated) last. */
  readonly months: Array<string | null>;
  /** Reads the library in this thread; null when batches come from another (`pipe`). */
  private reader: RebuildReader | null;
  private analysed: AnalysedDoc[] = [];
  /** A fresh rebuild's fast path: its batches analysed (here, unless piped) and written. */
  private readonly fast: { analyser: BatchAnalyser; writer: BatchWriter } | null;
  /** Batches read in another thread, waiting to be written, then 'end'. */
  private readonly incoming: Array<ReadBatch | 'end'> = [];
  private piped = false;
  private write: { step(deadline: number): boolean } | null = null;
  /** The articles of the batch being written, and the warnings of their reading. */
  private writeDocs: readonly BatchDoc[] = [];
  private writeWarnings: readonly string[] = [];
  private warned = 0;
  private readonly termCache = new Map<string, number>();
  /**
   * From a fresh start (not a resume), the index is empty: the posting rows this rebuild wrote are all
   * there are, and a write reads only those. A resumed rebuild reads every row it merges into.
   */
  private readonly written: Set<number> | undefined;
  private finishing = false;
  private vocabularyTerms = 0;
  /** The last month all of whose articles are in the batch being written. */
  private writtenMonth: string | null | undefined = undefined;
  /** A stop came during a batch's write, which was rolled back: this rebuild does no more. */
  private abandoned = false;
  /** Articles indexed so far, and in all. */
  done: number;
  readonly total: number;

  constructor(
    library: Db,
    private readonly index: Db,
    private readonly state: IndexState,
    private readonly analyser: ArticleAnalyser,
    private readonly options: RebuildOptions,
  ) {
    this.months = monthsToRebuild(library, options.after);
    this.total = library.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    this.done = state.docs.size;
    this.written = options.fresh === true && options.after === null ? new Set() : undefined;
    // The fast path appends each article to its month's rows, so it needs one slot per month.
    const slots = new Set(this.months.map((month) => slotOf(month === null ? null : `${month}-01`)));
    this.fast =
      this.written && slots.size === this.months.length && ![...slots].some(Number.isNaN)
        ? {
            analyser: new BatchAnalyser(),
            writer: new BatchWriter(index, state, this.written, options.pageLimit),
          }
        : null;
    const fast = this.fast;
    const sink: BatchSink = fast
      ? {
          pending: () => fast.analyser.docCount,
          read: (ids) => analyser.analyseEach(ids, (article) => fast.analyser.add(article)),
        }
      : {
          pending: () => this.analysed.length,
          read: (ids) => {
            this.analysed.push(...analyser.analyse(ids));
          },
        };
    this.reader = new RebuildReader(
      library,
      this.months,
      sink,
      fast
        ? { firstBatch: FIRST_BATCH, maxBatch: FAST_BATCH, joinMonths: true }
        : { firstBatch: FIRST_BATCH, maxBatch: REBUILD_BATCH, joinMonths: false },
      (deadline) => analyser.chunkSize(deadline),
    );
  }

  /** True when this rebuild takes the fast path, whose batches another thread may read (`pipe`). */
  get fastPath(): boolean {
    return this.fast !== null;
  }

  /**
   * From now on the batches are read and analysed in another thread (with `RebuildReader` over
   * these `months` and a `BatchAnalyser`) and handed over with `receive`; call before the first step.
   */
  pipe(): void {
    if (!this.fast) throw new Error('only a fresh rebuild’s fast path reads in another thread');
    this.reader = null;
    this.piped = true;
  }

  /** The next batch read in the other thread, or 'end' after the last. */
  receive(batch: ReadBatch | 'end'): void {
    this.incoming.push(batch);
  }

  /** True when a piped rebuild has nothing to do until the next batch is received. */
  get waiting(): boolean {
    return this.piped && !this.write && !this.finishing && !this.abandoned && this.incoming.length === 0;
  }

  /** True while a batch is being written (its steps are separate transactions). */
  get writing(): boolean {
    return this.write !== null;
  }

  /** Works until `deadline` (a `performance.now()` time); true when the whole index is built. */
  step(deadline: number): boolean {
    while (performance.now() < deadline) {
      if (this.abandoned || (!this.write && this.options.stopRequested?.())) return false;
      if (this.finishing) return this.finish(deadline);
      if (this.write) {
        if (this.fast && this.options.wholeWrites) {
          if (this.fast.writer.writeAll(() => this.options.stopRequested?.() === true) === 'abandoned') {
            // Nothing of the batch was committed: a resume starts again after the last month written.
            this.write = null;
            this.abandoned = true;
            return false;
          }
        } else if (!this.write.step(this.options.wholeWrites ? Number.POSITIVE_INFINITY : deadline))
          return false;
        this.write = null;
        const batch = this.writeDocs;
        this.writeDocs = [];
        this.done += batch.length;
        if (this.writtenMonth !== undefined) {
          setMeta(this.index, 'rebuilt_month', this.writtenMonth ?? 'undated');
          this.writtenMonth = undefined;
        }
        this.maybeStoreVocabulary();
        this.options.onBatch?.(batch, this.writeWarnings);
        continue;
      }
      if (this.piped) {
        const next = this.incoming.shift();
        if (next === undefined) return false; // waiting for the other thread
        if (next === 'end') this.finishing = true;
        else this.startFastWrite(next);
        continue;
      }
      const next = this.reader!.next(deadline);
      if (next === 'more') continue;
      if (next === 'end') {
        this.finishing = true;
        continue;
      }
      const warnings = this.analyser.warnings.slice(this.warned);
      this.warned = this.analyser.warnings.length;
      if (this.fast) this.startFastWrite({ batch: this.fast.analyser.take(), month: next.month, warnings });
      else {
        this.writtenMonth = next.month;
        this.writeWarnings = warnings;
        this.writeDocs = this.analysed;
        this.write = new IndexWrite(this.index, this.state, this.analysed, [], {
          termCache: this.termCache,
          written: this.written,
          pageLimit: this.options.pageLimit,
        });
        this.analysed = [];
      }
    }
    return false;
  }

  /** Starts writing a batch of the fast path. */
  private startFastWrite(read: ReadBatch): void {
    const writer = this.fast!.writer;
    this.writtenMonth = read.month;
    this.writeWarnings = read.warnings;
    this.writeDocs = batchDocs(read.batch);
    writer.startWrite(read.batch);
    this.write = writer;
  }

  /** The last steps: the rest of the article table's pages, the vocabulary, the state. */
  private finish(deadline: number): boolean {
    while (this.state.docs.dirtyPages.size > 0) {
      this.index.transaction(() => saveDocPages(this.index, this.state.docs, 2))();
      if (performance.now() >= deadline) return false;
    }
    storeVocabulary(this.index);
    setMeta(this.index, 'state', 'ready');
    return true;
  }

  private maybeStoreVocabulary(): void {
    const every = this.options.vocabularyEvery;
    const terms = this.fast ? this.fast.writer.termsWritten : this.termCache.size;
    if (every === undefined || terms - this.vocabularyTerms < every) return;
    this.vocabularyTerms = terms;
    storeVocabulary(this.index);
  }
}

/**
 * Stores every term, sorted, as one row: what a fuzzy query loads instead of reading the terms
 * table (the terms after `max_term_id` are read on top). SQLite hands them over in UTF-8 order,
 * which differs from JavaScript's only around surrogates; sorting an almost sorted list is cheap.
 */
export function storeVocabulary(index: Db): void {
  index.transaction(() => {
    const maxId = (index.prepare(`SELECT max(id) FROM ${SCHEMA}.terms`).pluck().get() as number | null) ?? 0;
    const terms = (
      index.prepare(`SELECT term FROM ${SCHEMA}.terms ORDER BY term`).pluck().all() as string[]
    ).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    index
      .prepare(
        `INSERT INTO ${SCHEMA}.vocabulary (id, max_term_id, data) VALUES (1, ?, ?)
         ON CONFLICT (id) DO UPDATE SET max_term_id = excluded.max_term_id, data = excluded.data`,
      )
      .run(maxId, Buffer.from(terms.join('\n'), 'utf8'));
  })();
}
