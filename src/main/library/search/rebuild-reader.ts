/**
 * The reading side of a rebuild: the library's months newest first (undated last), each month's
 * articles read and analysed a chunk at a time, and cut into batches to write. The rebuild runs it
 * in its own thread (rebuild.ts), or the index's worker runs it in a second worker thread and is
 * sent each batch (index-worker.ts), writing one batch while the next is read.
 */
import type { Db } from '../db/connection';

/** Where the articles read go: the batch being analysed. */
export interface BatchSink {
  /** Articles analysed and not yet cut into a batch. */
  pending(): number;
  /** Reads and analyses these articles (ids of one month, ascending) into the batch. */
  read(ids: readonly number[]): void;
}

/**
 * A batch is complete: `month` is the last month all of whose articles are in it (undefined when
 * it ends inside a month larger than a batch), which the rebuild records once the batch is written.
 */
export interface BatchCut {
  month: string | null | undefined;
}

export interface ReaderOptions {
  /** The first batch's size; each next one doubles, up to `maxBatch`. */
  firstBatch: number;
  maxBatch: number;
  /** Whether the next month joins a batch while it has room (the fast path), or each month is a batch. */
  joinMonths: boolean;
  /**
   * The articles to read in all, when the batches are written in another thread as they are read:
   * the last batches then shrink (each at most `TAIL_SHARE` of what is left, down to `TAIL_MIN`), so
   * that the write of the last one, which nothing overlaps, is short.
   */
  total?: number;
}

/** The largest share of the articles left that one batch takes, with `ReaderOptions.total`. */
const TAIL_SHARE = 0.5;
/**
 * The smallest batch the tail shrinks to. A batch's write has a fixed cost (its commit rewrites pages
 * all over the postings table: some 30 ms at 20,000 articles) and its reading none, so below about
 * 2,000 articles a batch takes longer to write than the next one takes to read, the writer falls
 * behind, and what it has left when the reading ends grows instead of shrinking (docs/search.md).
 */
const TAIL_MIN = 2_000;

/** The months to rebuild, newest first, then `null` for the undated (none after `undated`). */
export function monthsToRebuild(library: Db, after: string | null): Array<string | null> {
  // Month by month down the date index: some 50 seeks instead of reading every article.
  const before = library.prepare('SELECT max(date) FROM articles WHERE date < ?').pluck();
  const months: string[] = [];
  let day = before.get('9999-99') as string | null;
  while (day) {
    const month = day.slice(0, 7);
    if (after === null || after === 'undated' || month < after) months.push(month);
    day = before.get(`${month}-00`) as string | null;
  }
  return after === 'undated' ? [] : [...months, null];
}

export class RebuildReader {
  private monthIndex = 0;
  private ids: number[] | null = null;
  private idCursor = 0;
  private batchSize: number;
  /** Articles read so far. */
  private read = 0;
  /** The last month all of whose articles are in the batch being analysed. */
  private completedMonth: string | null | undefined = undefined;

  constructor(
    private readonly library: Db,
    private readonly months: ReadonlyArray<string | null>,
    private readonly sink: BatchSink,
    private readonly options: ReaderOptions,
    /** How many ids to read at once before `deadline`. */
    private readonly chunkSize: (deadline: number) => number,
  ) {
    this.batchSize = options.firstBatch;
  }

  /**
   * Does one unit of work (a month's ids, or a chunk of its articles): 'more' when there is more to
   * do, a cut when a batch is complete (to write now), 'end' when every month is read and written.
   */
  next(deadline: number): BatchCut | 'more' | 'end' {
    if (this.ids === null) {
      if (this.monthIndex >= this.months.length) {
        return this.completedMonth !== undefined ? this.cut() : 'end'; // the last months' batch
      }
      this.ids = this.idsOfMonth(this.months[this.monthIndex]!);
      this.idCursor = 0;
      return 'more';
    }
    if (this.idCursor < this.ids.length && this.sink.pending() < this.batchSize) {
      const chunk = this.ids.slice(this.idCursor, this.idCursor + this.chunkSize(deadline));
      this.idCursor += chunk.length;
      this.read += chunk.length;
      this.sink.read(chunk);
      return 'more';
    }
    if (this.idCursor >= this.ids.length) {
      // The month is complete; on the fast path the next one joins the batch while it has room.
      this.completedMonth = this.months[this.monthIndex]!;
      this.monthIndex += 1;
      this.ids = null;
      if (this.options.joinMonths && this.sink.pending() < this.batchSize) return 'more';
    }
    return this.cut();
  }

  private cut(): BatchCut {
    const month = this.completedMonth;
    this.completedMonth = undefined;
    const { maxBatch, firstBatch, total } = this.options;
    this.batchSize = Math.min(maxBatch, this.batchSize * 2);
    if (total !== undefined)
      this.batchSize = Math.min(
        this.batchSize,
        Math.max(firstBatch, TAIL_MIN, Math.ceil((total - this.read) * TAIL_SHARE)),
      );
    return { month };
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
