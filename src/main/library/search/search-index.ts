/**
 * The search index as a service: the narrow interface the library calls (search, changed,
 * rebuild, status, close). Postings live in a SQLite file beside the library, on a connection of
 * its own; only a small table of article dates and tags is kept in memory, so memory stays flat at
 * any library size and opening is instant. Changes reach the index through the `search_pending`
 * queue that triggers fill; the index catches up inline (the CLI, tests) or in slices of a few
 * milliseconds between the event loop's other work (the app). A full rebuild in the app runs in a
 * worker thread (index-worker.ts) while search answers from the months already done.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import * as settings from '../db/settings';
import { nextTurn } from '../turns';
import { DocTable } from './doc-table';
import { ArticleAnalyser, FIELDS, type AnalysedDoc } from './documents';
import { EngineStatements, runQuery, type EngineRequest, type EngineResult } from './engine';
import { Rebuild } from './rebuild';
import { RebuildWorker } from './rebuild-worker';
import {
  clearIndex,
  closeIndex,
  deleteIndexFiles,
  emptyStats,
  FORMAT_VERSION,
  getMeta,
  isDamage,
  openIndex,
  SCHEMA,
  setMeta,
  type IndexStats,
} from './store';
import { Vocabulary } from './vocabulary';
import type { RebuildCpu, WorkerMessage } from './worker-messages';
import { IndexWrite, saveDocPages, type IndexState } from './writer';

export type IndexingMode = 'inline' | 'background';

/** Where the index stands; `done` of `total` articles when it is building or catching up. */
export interface IndexStatus {
  state: 'ready' | 'rebuilding' | 'updating';
  done: number;
  total: number;
}

export interface SearchIndexOptions {
  /** `inline`: catch up before answering (CLI, tests). `background`: catch up in slices (the app). */
  mode?: IndexingMode;
  /** Longest slice of background work in the main thread, in milliseconds. */
  sliceMs?: number;
  /** In background mode, rebuild in a worker thread (the default) rather than in main-thread slices. */
  worker?: boolean;
}

const TOKEN_SETTING = 'search_index_token';
/** In the app, a change this small is indexed before a search answers. */
const INLINE_CATCH_UP = 64;
/**
 * While an import holds the catch-up: the queued articles that start a job. Each job rewrites the
 * posting rows its articles touch, so fewer, larger jobs write less in all: bench:import measured 500
 * against 2,000 (2,000: 10–20 % more articles a second, the index's catch-up included) and 5,000
 * (more of the work left for after the import, no faster to searchable).
 */
export const HELD_BATCH = 2_000;
/** Queue rows cleared per statement at the start of a rebuild. */
const CLEAR_CHUNK = 2_000;
/** A vocabulary that had to read more new terms than this is stored again (one row to load next time). */
const VOCABULARY_RESAVE = 5_000;

interface RebuildJob {
  kind: 'rebuild';
  /** Queue rows older than the claim are covered by the rebuild: cleared first, in chunks. */
  clearingQueue: boolean;
  claim: number;
  generation: number;
  done: number;
  total: number;
  /** The rebuild in this thread (inline mode, or when no worker can run), or null. */
  local: Rebuild | null;
  /** The worker doing the rebuild, or null. */
  worker: RebuildWorker | null;
}

interface CatchUpJob {
  kind: 'catch-up';
  ids: number[];
  idCursor: number;
  analysed: AnalysedDoc[];
  write: IndexWrite | null;
  claim: number;
  generation: number;
}

export class SearchIndex {
  private index!: Db;
  private inMemory = false;
  private state: IndexState = { docs: new DocTable(), stats: emptyStats(FIELDS.length), vocabulary: null };
  /** Every term with an id up to this one is in `state.vocabulary`. */
  private vocabularyMaxId = 0;
  private job: RebuildJob | CatchUpJob | null = null;
  /** A slice is queued for a turn of the event loop (`nextTurn`). */
  private scheduled = false;
  private readonly listeners = new Set<(status: IndexStatus) => void>();
  private idleWaiters: Array<() => void> = [];
  /** Imports holding the background catch-up until a batch of articles is queued. */
  private holds = 0;
  /** The last scheduled slice found too few queued articles to start a job while held. */
  private heldBack = false;
  private closed = false;
  private statements: EngineStatements | null = null;
  private readonly mode: IndexingMode;
  private readonly sliceMs: number;
  private useWorker: boolean;
  private readonly analyser: ArticleAnalyser;
  private readonly queries: QueueStatements;
  /** Warnings about articles indexed only in part (B-96). */
  readonly warnings: string[];
  /** The CPU time of the last rebuild's worker threads (for the benchmarks), once one has ended. */
  lastRebuildCpu: RebuildCpu | null = null;

  private constructor(
    private readonly db: Db,
    private readonly file: string,
    private readonly options: SearchIndexOptions,
  ) {
    this.mode = options.mode ?? 'inline';
    this.sliceMs = options.sliceMs ?? 12;
    this.useWorker = this.mode === 'background' && options.worker !== false;
    this.analyser = new ArticleAnalyser(db);
    this.warnings = this.analyser.warnings;
    this.queries = new QueueStatements(db);
  }

  /** Opens the index file beside the library and checks that it belongs to it. */
  static open(db: Db, file: string, options: SearchIndexOptions = {}): SearchIndex {
    const index = new SearchIndex(db, file, options);
    index.attach();
    return index;
  }

  // ---- queries ----

  /** Runs a query; answers from what is indexed so far while a rebuild runs. */
  query(request: EngineRequest): EngineResult {
    this.catchUpBeforeQuery();
    try {
      return runQuery(this.engineContext(), request);
    } catch (error) {
      if (!isDamage(error)) throw error;
      this.reset();
      this.catchUpBeforeQuery();
      return runQuery(this.engineContext(), request);
    }
  }

  /**
   * Two of the index's most frequent terms among the first it met (the first articles' common words),
   * for a warm-up search; fewer on a small index, none on an empty one. Reads 64 rows at most.
   */
  commonTerms(): string[] {
    if (this.closed) return [];
    return this.index
      .prepare(`SELECT term FROM ${SCHEMA}.terms WHERE id <= 64 AND df > 0 ORDER BY df DESC LIMIT 2`)
      .pluck()
      .all() as string[];
  }

  status(): IndexStatus {
    const job = this.job;
    if (job?.kind === 'rebuild') return { state: 'rebuilding', done: job.done, total: job.total };
    if (job?.kind === 'catch-up') return { state: 'updating', done: job.idCursor, total: job.ids.length };
    return { state: 'ready', done: this.state.docs.size, total: this.state.docs.size };
  }

  /** Calls `listener` whenever indexing progresses; returns the unsubscribe function. */
  onProgress(listener: (status: IndexStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves when no indexing work is left. */
  whenIdle(): Promise<void> {
    if (this.mode === 'inline' && !this.closed) this.runInline();
    if (this.closed || (!this.job && !this.hasPending())) return Promise.resolve();
    this.schedule();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  // ---- changes ----

  /** Tells the index that the library changed (the pending queue has rows). */
  changed(): void {
    // Inline mode catches up lazily, before the next query: a write may still be inside its transaction.
    if (this.mode === 'background') this.schedule();
  }

  /**
   * While a long import runs, the background catch-up starts a job only once `HELD_BATCH` articles
   * are queued (or the hold is released), instead of after every import batch: each job rewrites the
   * posting lists of every term its articles use, so jobs of a few articles rewrote the long lists of
   * common terms again and again, and each job's two commits on the library waited for the disk. A
   * search still indexes a small queue before it answers. Returns the release (call it once).
   */
  holdCatchUp(): () => void {
    this.holds++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds--;
      this.changed();
    };
  }

  /** Throws the index away and builds it again from the library. */
  rebuild(): void {
    this.recreate();
    this.startRebuild();
    this.changed();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    // A slice still queued finds the index closed and does nothing.
    // A rebuilding worker saves its own article table before it lets go; this thread's copy may lag.
    const worker = this.job?.kind === 'rebuild' ? this.job.worker : null;
    const stopped = worker ? worker.stop() : true;
    this.resolveIdle();
    if (stopped) {
      try {
        const index = this.index;
        index.transaction(() => {
          if (!worker) saveDocPages(index, this.state.docs);
          setMeta(index, 'closed', '1');
        })();
        if (!worker) this.saveVocabulary();
      } catch {
        // derived data; the next open rebuilds what it needs
      }
    }
    closeIndex(this.index);
  }

  // ---- opening, damage ----

  private attach(): void {
    try {
      this.index = openIndex(this.file);
      this.load();
    } catch (error) {
      if (!isDamage(error)) throw error;
      this.reset();
    }
  }

  /** Reads the index's state, or starts a rebuild when it is not this library's or not current. */
  private load(): void {
    const index = this.index;
    const format = getMeta(index, 'format');
    const token = getMeta(index, 'token');
    const generation = Number(getMeta(index, 'generation') ?? '0');
    const current = this.libraryGeneration();
    const ours = token !== undefined && token === settings.getSetting(this.db, TOKEN_SETTING);
    if (format !== String(FORMAT_VERSION) || !ours || generation > current) {
      this.recreate();
      this.startRebuild();
      this.changed();
      return;
    }
    this.loadState();
    const closedCleanly = getMeta(index, 'closed') === '1';
    setMeta(index, 'closed', '0');
    if (getMeta(index, 'state') === 'rebuilding') {
      // After a crash the article table's pages may lag behind the postings: start over.
      if (closedCleanly) this.resumeRebuild();
      else {
        this.recreate();
        this.startRebuild();
      }
      this.changed();
    }
  }

  /** The article table and statistics as the index file holds them. */
  private loadState(): void {
    this.state = { docs: new DocTable(), stats: emptyStats(FIELDS.length), vocabulary: null };
    this.vocabularyMaxId = 0;
    const stats = getMeta(this.index, 'stats');
    if (stats) this.state.stats = JSON.parse(stats) as IndexStats;
    const pages = this.index
      .prepare(`SELECT page, data FROM ${SCHEMA}.doc_pages ORDER BY page`)
      .all() as Array<{
      page: number;
      data: Buffer;
    }>;
    for (const { page, data } of pages) this.state.docs.loadPage(page, data);
  }

  /** Deletes a damaged index file and starts again from an empty one. */
  private reset(): void {
    this.recreate();
    this.startRebuild();
    this.changed();
  }

  /** Replaces the index file with an empty one: faster than deleting millions of rows. */
  private recreate(): void {
    if (this.job?.kind === 'rebuild') this.job.worker?.stop();
    this.job = null;
    this.statements = null;
    closeIndex(this.index ?? null);
    deleteIndexFiles(this.file);
    this.state = { docs: new DocTable(), stats: emptyStats(FIELDS.length), vocabulary: null };
    this.vocabularyMaxId = 0;
    try {
      this.index = openIndex(this.file);
      this.inMemory = false;
    } catch {
      // An unwritable folder: index in memory for this session.
      this.index = openIndex(':memory:');
      this.inMemory = true;
    }
  }

  // ---- jobs ----

  private startRebuild(): void {
    const token = randomUUID();
    const generation = this.libraryGeneration();
    const claim = this.claimPending();
    const index = this.index;
    index.transaction(() => {
      clearIndex(index);
      setMeta(index, 'format', String(FORMAT_VERSION));
      setMeta(index, 'token', token);
      setMeta(index, 'state', 'rebuilding');
      setMeta(index, 'generation', String(generation));
      setMeta(index, 'claim', String(claim));
    })();
    settings.setSetting(this.db, TOKEN_SETTING, token);
    this.state = { docs: new DocTable(), stats: emptyStats(FIELDS.length), vocabulary: null };
    this.vocabularyMaxId = 0;
    this.job = this.newRebuildJob(null, claim, generation, true);
  }

  private resumeRebuild(): void {
    const after = getMeta(this.index, 'rebuilt_month');
    this.job = this.newRebuildJob(
      after === undefined ? null : after,
      Number(getMeta(this.index, 'claim') ?? '0'),
      Number(getMeta(this.index, 'generation') ?? '0'),
      false,
    );
  }

  /**
   * A rebuild of every month newest first (undated last), starting after `after` when resuming:
   * in a worker thread in background mode, else (or when the worker cannot start) in this thread.
   */
  private newRebuildJob(after: string | null, claim: number, generation: number, fresh: boolean): RebuildJob {
    const job: RebuildJob = {
      kind: 'rebuild',
      clearingQueue: fresh,
      claim,
      generation,
      done: this.state.docs.size,
      total: this.queries.countArticles.get() as number,
      local: null,
      worker: null,
    };
    if (this.useWorker && !this.inMemory) {
      try {
        job.worker = new RebuildWorker(
          {
            libraryFile: this.db.name,
            indexFile: this.file,
            after,
            fresh,
          },
          {
            message: (message) => this.onWorkerMessage(job, message),
            failed: () => this.onWorkerFailed(job),
          },
        );
        return job;
      } catch {
        this.useWorker = false; // no worker threads here: rebuild in slices instead
      }
    }
    job.local = this.localRebuild(after, fresh);
    job.total = job.local.total;
    return job;
  }

  private localRebuild(after: string | null, fresh = false): Rebuild {
    return new Rebuild(this.db, this.index, this.state, this.analyser, {
      after,
      fresh,
      // Saving every page of the article table each batch would take one long slice.
      pageLimit: 2,
    });
  }

  /** A batch from the worker is committed: its articles become searchable here. */
  private onWorkerMessage(job: RebuildJob, message: WorkerMessage): void {
    if (this.job !== job || this.closed) return;
    job.done = message.done;
    job.total = message.total;
    if (message.type === 'batch') {
      const { ids, days, slots, tagStart, tags } = message.docs;
      const docs = this.state.docs;
      for (let i = 0; i < ids.length; i++) {
        docs.set(ids[i]!, days[i]!, slots[i]!, Array.from(tags.subarray(tagStart[i]!, tagStart[i + 1]!)));
      }
      docs.dirtyPages.clear(); // the worker saved them
      this.state.stats = message.stats;
      for (const warning of message.warnings) if (this.warnings.length < 100) this.warnings.push(warning);
      this.emit();
      return;
    }
    job.worker = null;
    this.lastRebuildCpu = message.cpu;
    this.finishJob(job.claim, job.generation);
    this.job = null;
    this.emit();
    this.schedule();
  }

  /**
   * The worker failed: carry on in this thread from the last month it finished, with the article
   * table as the index file has it (no more workers this session).
   */
  private onWorkerFailed(job: RebuildJob): void {
    if (this.job !== job || this.closed) return;
    this.useWorker = false;
    job.worker = null;
    try {
      this.loadState();
      const after = getMeta(this.index, 'rebuilt_month');
      job.local = this.localRebuild(after === undefined ? null : after);
      job.done = this.state.docs.size;
    } catch (error) {
      if (!isDamage(error)) throw error;
      this.reset();
    }
    this.schedule();
  }

  private pendingFewerThan(n: number): boolean {
    return (this.queries.pendingCount.get(n) as number) < n;
  }

  private hasPending(): boolean {
    return this.queries.hasPending.get() === 1;
  }

  private newCatchUpJob(limit: number): CatchUpJob | null {
    const ids = this.queries.pendingIds.all(limit) as number[];
    if (ids.length === 0) return null;
    return {
      kind: 'catch-up',
      ids,
      idCursor: 0,
      analysed: [],
      write: null,
      claim: this.claimPending(),
      generation: this.libraryGeneration(),
    };
  }

  /**
   * Does indexing work in this thread until `deadline`; false when there is none left for it (a
   * rebuild in the worker may still be running: its end schedules the next work).
   */
  private work(deadline: number, eager = true): boolean {
    this.heldBack = false;
    try {
      for (;;) {
        if (!this.job) {
          if (!eager && this.holds > 0 && this.pendingFewerThan(HELD_BATCH)) {
            this.heldBack = true;
            return false;
          }
          // While held, a job of one batch: its analysed articles wait in memory until written.
          this.job = this.newCatchUpJob(this.holds > 0 ? HELD_BATCH : 2_000);
          if (!this.job) return false;
        }
        const job = this.job;
        const finished =
          job.kind === 'rebuild' ? this.stepRebuild(job, deadline) : this.stepCatchUp(job, deadline);
        if (job.kind === 'rebuild' && job.worker) return finished === false && job.clearingQueue;
        if (finished) this.job = null;
        this.emit();
        if (performance.now() >= deadline) return true;
      }
    } catch (error) {
      if (!isDamage(error)) throw error;
      this.reset();
      return true;
    }
  }

  private stepRebuild(job: RebuildJob, deadline: number): boolean {
    while (job.clearingQueue && performance.now() < deadline) {
      if (this.queries.clearQueue.run(job.claim, CLEAR_CHUNK).changes === 0) job.clearingQueue = false;
    }
    if (!job.local) return false; // the worker does the rest
    if (!job.local.step(deadline)) {
      job.done = job.local.done;
      return false;
    }
    job.done = job.local.done;
    this.finishJob(job.claim, job.generation);
    return true;
  }

  private stepCatchUp(job: CatchUpJob, deadline: number): boolean {
    while (performance.now() < deadline) {
      if (job.write) {
        if (!job.write.step(deadline)) return false;
        this.finishJob(job.claim, job.generation, job.ids);
        return true;
      }
      if (job.idCursor < job.ids.length) {
        const chunk = job.ids.slice(job.idCursor, job.idCursor + this.analyser.chunkSize(deadline));
        job.idCursor += chunk.length;
        job.analysed.push(...this.analyser.analyse(chunk));
        continue;
      }
      const found = new Set(job.analysed.map((d) => d.id));
      job.write = new IndexWrite(
        this.index,
        this.state,
        job.analysed,
        job.ids.filter((id) => !found.has(id)),
      );
    }
    return false;
  }

  /**
   * Starts a job: bumps the queue's claim counter, so rows queued from now on carry a higher
   * number than every row the job is about to read.
   */
  private claimPending(): number {
    this.queries.claim.run();
    return Number(settings.getSetting(this.db, 'search_seq'));
  }

  /** Clears the queue rows a finished job covered (rows changed since it started stay queued). */
  private finishJob(claim: number, generation: number, ids?: readonly number[]): void {
    this.db.transaction(() => {
      if (ids) this.queries.clearClaimed.run(claim, JSON.stringify(ids));
      else this.queries.clearAll.run(claim);
    })();
    setMeta(this.index, 'generation', String(generation));
  }

  // ---- scheduling ----

  private runInline(): void {
    while (this.work(Number.POSITIVE_INFINITY));
    this.resolveIdle();
  }

  /** Before a query: inline mode catches up fully; background mode indexes a small change first. */
  private catchUpBeforeQuery(): void {
    if (this.closed) return;
    if (this.mode === 'inline') {
      if (this.job || this.hasPending()) this.runInline();
      return;
    }
    if (this.job) return;
    const count = this.queries.pendingCount.get(INLINE_CATCH_UP + 1) as number;
    if (count > 0 && count <= INLINE_CATCH_UP) this.work(Number.POSITIVE_INFINITY);
    else if (count > 0) this.schedule();
  }

  private schedule(): void {
    if (this.closed || this.scheduled || this.mode === 'inline') return;
    this.scheduled = true;
    void nextTurn().then(() => {
      this.scheduled = false;
      if (this.closed) return;
      if (this.work(performance.now() + this.sliceMs, false)) this.schedule();
      else if (!this.job && !this.heldBack) this.resolveIdle();
    });
  }

  private resolveIdle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private emit(): void {
    if (this.listeners.size === 0) return;
    const status = this.status();
    for (const listener of this.listeners) listener(status);
  }

  // ---- helpers ----

  private libraryGeneration(): number {
    return Number(settings.getSetting(this.db, 'generation') ?? '0');
  }

  private engineContext() {
    this.statements ??= new EngineStatements(this.index);
    return {
      statements: this.statements,
      docs: this.state.docs,
      stats: this.state.stats,
      vocabulary: () => this.vocabulary(),
      tagIdsOf: (names: readonly string[]) => this.tagIdsOf(names),
    };
  }

  /** Tag ids for tag names (case-insensitive); null when one of them is no tag at all. */
  private tagIdsOf(names: readonly string[]): number[] | null {
    const ids: number[] = [];
    for (const name of names) {
      const id = this.queries.tagId.get(name.trim()) as number | undefined;
      if (id === undefined) return null;
      ids.push(id);
    }
    return ids;
  }

  /**
   * Every index term, sorted: read from the stored snapshot once, then topped up with the terms
   * added since (by id) whenever a query asks for it, also while a worker adds them.
   */
  private vocabulary(): Vocabulary {
    let vocabulary = this.state.vocabulary;
    if (!vocabulary) {
      const snapshot = this.index
        .prepare(`SELECT max_term_id AS maxId, data FROM ${SCHEMA}.vocabulary WHERE id = 1`)
        .get() as { maxId: number; data: Buffer } | undefined;
      const text = snapshot?.data.toString('utf8') ?? '';
      vocabulary = new Vocabulary(text === '' ? [] : text.split('\n'), true);
      this.vocabularyMaxId = snapshot?.maxId ?? 0;
      this.state.vocabulary = vocabulary;
    }
    const maxId =
      (this.index.prepare(`SELECT max(id) FROM ${SCHEMA}.terms`).pluck().get() as number | null) ?? 0;
    if (maxId > this.vocabularyMaxId) {
      const delta = this.index
        .prepare(`SELECT term FROM ${SCHEMA}.terms WHERE id > ? AND id <= ?`)
        .pluck()
        .all(this.vocabularyMaxId, maxId) as string[];
      for (const term of delta) vocabulary.add(term);
      this.vocabularyMaxId = maxId;
      if (delta.length > VOCABULARY_RESAVE) this.saveVocabulary();
    }
    return vocabulary;
  }

  /** Stores the sorted vocabulary so the next load reads one row instead of every term. */
  private saveVocabulary(): void {
    const vocabulary = this.state.vocabulary;
    // Never while a worker writes the index: this thread would wait for its transaction.
    if (!vocabulary || (this.job?.kind === 'rebuild' && this.job.worker)) return;
    const stored = this.index
      .prepare(`SELECT max_term_id FROM ${SCHEMA}.vocabulary WHERE id = 1`)
      .pluck()
      .get() as number | undefined;
    if (stored !== undefined && stored >= this.vocabularyMaxId) return;
    this.index
      .prepare(
        `INSERT INTO ${SCHEMA}.vocabulary (id, max_term_id, data) VALUES (1, ?, ?)
         ON CONFLICT (id) DO UPDATE SET max_term_id = excluded.max_term_id, data = excluded.data`,
      )
      .run(this.vocabularyMaxId, Buffer.from(vocabulary.terms().join('\n'), 'utf8'));
  }
}

/** The statements the index runs on the library's connection, prepared once. */
class QueueStatements {
  readonly countArticles;
  readonly hasPending;
  readonly pendingIds;
  readonly pendingCount;
  readonly claim;
  readonly clearQueue;
  readonly clearClaimed;
  readonly clearAll;
  readonly tagId;

  constructor(db: Db) {
    this.countArticles = db.prepare('SELECT count(*) FROM articles').pluck();
    this.hasPending = db.prepare('SELECT EXISTS (SELECT 1 FROM search_pending)').pluck();
    this.pendingIds = db.prepare('SELECT article_id FROM search_pending ORDER BY article_id LIMIT ?').pluck();
    this.pendingCount = db.prepare('SELECT count(*) FROM (SELECT 1 FROM search_pending LIMIT ?)').pluck();
    this.claim = db.prepare(
      `INSERT INTO settings (key, value) VALUES ('search_seq', '1')
       ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1`,
    );
    this.clearQueue = db.prepare(
      `DELETE FROM search_pending WHERE article_id IN
         (SELECT article_id FROM search_pending WHERE seq < ? LIMIT ?)`,
    );
    this.clearClaimed = db.prepare(
      'DELETE FROM search_pending WHERE seq < ? AND article_id IN (SELECT value FROM json_each(?))',
    );
    this.clearAll = db.prepare('DELETE FROM search_pending WHERE seq < ?');
    this.tagId = db.prepare('SELECT id FROM tags WHERE name = ? COLLATE NOCASE').pluck();
  }
}
