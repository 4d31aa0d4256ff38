/**
 * A full rebuild of the index from the library: every month newest first (undated last), each
 * month's articles read, analysed and written in batches, so that search answers from the newest
 * months first. It runs in steps that each end by a deadline: in the index's worker thread
 * (index-worker.ts, the app) or in the calling thread (inline mode, and the fallback when a worker
 * cannot run). It reads the library and writes only the index, so a read-only connection to the
 * library serves.
 */
import type { Db } from '../db/connection';
import { BuildBatch } from './build-batch';
import type { AnalysedDoc, ArticleAnalyser, BatchDoc } from './documents';
import { slotOf } from './calendar';
import { SCHEMA, setMeta } from './store';
import { IndexWrite, saveDocPages, type IndexState } from './writer';

/**
 * Articles a rebuild holds in memory before writing them (a month is usually one write). Smaller
 * batches mean fewer live objects for the garbage collector, but rewrite each month's rows more
 * often: at 50,000 articles, batches of 400 doubled the rebuild's time.
 */
const REBUILD_BATCH = 2_000;
/**
 * The first batch is small, and each next one twice the size up to REBUILD_BATCH, so the newest
 * articles are searchable within a second of the start rather than after a whole month's batch.
 */
const FIRST_BATCH = 200;
/**
 * A fresh rebuild's fast path (build-batch.ts) holds packed postings, some 1 KB an article, so its
 * batches can be larger and span months. Each batch's rows are spread over the whole postings table
 * (keys are term-major), so each commit rewrites most of the table's pages: fewer, larger batches
 * write far less.
 */
const FAST_BATCH = Number(process.env.BULLETIN_REBUILD_BATCH ?? '') || 8_000;

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
  /** Called after each batch is written (committed), with its articles. */
  onBatch?: (docs: readonly BatchDoc[]) => void;
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

export class Rebuild {
  private readonly months: Array<string | null>;
  private monthIndex = 0;
  private ids: number[] | null = null;
  private idCursor = 0;
  private analysed: AnalysedDoc[] = [];
  /** A fresh rebuild's fast path (build-batch.ts): its batch, analysed and written in place. */
  private readonly fast: BuildBatch | null;
  /** The articles of the batch being written by the fast path. */
  private fastDocs: BatchDoc[] = [];
  private write: { step(deadline: number): boolean } | null = null;
  private readonly termCache = new Map<string, number>();
  /**
   * From a fresh start (not a resume), the index is empty: the posting rows this rebuild wrote are all
   * there are, and a write reads only those. A resumed rebuild reads every row it merges into.
   */
  private readonly written: Set<number> | undefined;
  private finishing = false;
  private vocabularyTerms = 0;
  private batchSize = FIRST_BATCH;
  /** The last month all of whose articles are in the batch being analysed, and in the one being written. */
  private completedMonth: string | null | undefined = undefined;
  private writtenMonth: string | null | undefined = undefined;
  /** A stop came during a batch's write, which was rolled back: this rebuild does no more. */
  private abandoned = false;
  /** Articles indexed so far, and in all. */
  done: number;
  readonly total: number;

  constructor(
    private readonly library: Db,
    private readonly index: Db,
    private readonly state: IndexState,
    private readonly analyser: ArticleAnalyser,
    private readonly options: RebuildOptions,
  ) {
    // Month by month down the date index: some 50 seeks instead of reading every article.
    const before = library.prepare('SELECT max(date) FROM articles WHERE date < ?').pluck();
    const after = options.after;
    const months: string[] = [];
    let day = before.get('9999-99') as string | null;
    while (day) {
      const month = day.slice(0, 7);
      if (after === null || after === 'undated' || month < after) months.push(month);
      day = before.get(`${month}-00`) as string | null;
    }
    this.months = after === 'undated' ? [] : [...months, null];
    this.total = library.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    this.done = state.docs.size;
    this.written = options.fresh === true && options.after === null ? new Set() : undefined;
    // The fast path appends each article to its month's rows, so it needs one slot per month.
    const slots = new Set(this.months.map((month) => slotOf(month === null ? null : `${month}-01`)));
    this.fast =
      this.written && slots.size === this.months.length && ![...slots].some(Number.isNaN)
        ? new BuildBatch(index, state, this.written, options.pageLimit)
        : null;
  }

  /** Articles analysed and not yet written. */
  private get pending(): number {
    return this.fast ? this.fast.docs.length : this.analysed.length;
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
          if (this.fast.writeAll(() => this.options.stopRequested?.() === true) === 'abandoned') {
            // Nothing of the batch was committed: a resume starts again after the last month written.
            this.write = null;
            this.abandoned = true;
            return false;
          }
        } else if (!this.write.step(this.options.wholeWrites ? Number.POSITIVE_INFINITY : deadline))
          return false;
        this.write = null;
        let batch: readonly BatchDoc[];
        if (this.fast) {
          batch = this.fastDocs;
          this.fastDocs = [];
        } else {
          batch = this.analysed;
          this.analysed = [];
        }
        this.done += batch.length;
        if (this.writtenMonth !== undefined) {
          setMeta(this.index, 'rebuilt_month', this.writtenMonth ?? 'undated');
          this.writtenMonth = undefined;
        }
        this.maybeStoreVocabulary();
        this.options.onBatch?.(batch);
        continue;
      }
      if (this.ids === null) {
        if (this.monthIndex >= this.months.length) {
          if (this.completedMonth !== undefined)
            this.startWrite(); // the last months' batch
          else this.finishing = true;
          continue;
        }
        this.ids = this.idsOfMonth(this.months[this.monthIndex]!);
        this.idCursor = 0;
        continue;
      }
      if (this.idCursor < this.ids.length && this.pending < this.batchSize) {
        const chunk = this.ids.slice(this.idCursor, this.idCursor + this.analyser.chunkSize(deadline));
        this.idCursor += chunk.length;
        const fast = this.fast;
        if (fast) this.analyser.analyseEach(chunk, (article) => fast.add(article));
        else this.analysed.push(...this.analyser.analyse(chunk));
        continue;
      }
      if (this.idCursor >= this.ids.length) {
        // The month is complete; on the fast path the next one joins the batch while it has room.
        this.completedMonth = this.months[this.monthIndex]!;
        this.monthIndex += 1;
        this.ids = null;
        if (this.fast && this.pending < this.batchSize) continue;
      }
      this.startWrite();
    }
    return false;
  }

  /** Starts writing the batch analysed so far. */
  private startWrite(): void {
    this.writtenMonth = this.completedMonth;
    this.completedMonth = undefined;
    if (this.fast) {
      this.fastDocs = this.fast.docs;
      this.fast.startWrite();
      this.write = this.fast;
    } else {
      this.write = new IndexWrite(this.index, this.state, this.analysed, [], {
        termCache: this.termCache,
        written: this.written,
        pageLimit: this.options.pageLimit,
      });
    }
    this.batchSize = Math.min(this.fast ? FAST_BATCH : REBUILD_BATCH, this.batchSize * 2);
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
    const terms = this.fast ? this.fast.termsWritten : this.termCache.size;
    if (every === undefined || terms - this.vocabularyTerms < every) return;
    this.vocabularyTerms = terms;
    storeVocabulary(this.index);
  }

  private idsOfMonth(month: string | null): number[] {
    if (month === null)
      return this.library
        .prepare('SELECT id FROM articles WHERE date IS NULL ORDER BY id')
        .pluck()
        .all() as number[];
    return this.library
      .prepare('SELECT id FROM articles WHERE date >= ? AND date <= ? ORDER BY id')
      .pluck()
      .all(`${month}-01`, `${month}-31`) as number[];
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
