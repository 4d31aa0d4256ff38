/**
 * The search index as a service: the narrow interface the library calls (search, changed,
 * rebuild, status, close). Postings live in a SQLite file beside the library; only a small table
 * of article dates and tags is kept in memory, so memory stays flat at any library size and
 * opening is instant. Changes reach the index through the `search_pending` queue that triggers
 * fill; the index catches up inline (the CLI, tests) or in slices of a few milliseconds between
 * the event loop's other work (the app).
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import * as settings from '../db/settings';
import { DocTable } from './doc-table';
import { analyseArticle, FIELDS, loadArticleTexts, type AnalysedDoc } from './documents';
import { EngineStatements, runQuery, type EngineRequest, type EngineResult } from './engine';
import {
  attachIndex,
  clearIndex,
  deleteIndexFiles,
  detachIndex,
  emptyStats,
  FORMAT_VERSION,
  getMeta,
  isDamage,
  SCHEMA,
  setMeta,
  type IndexStats,
} from './store';
import { Vocabulary } from './vocabulary';
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
  /** Longest slice of background work, in milliseconds. */
  sliceMs?: number;
}

const TOKEN_SETTING = 'search_index_token';
/** Articles analysed per read from the library, at most. */
const READ_CHUNK = 64;
/**
 * Articles a rebuild holds in memory before writing them (a month is usually one write). Smaller
 * batches mean fewer live objects for the garbage collector, but rewrite each month's rows more
 * often: at 50,000 articles, batches of 400 doubled the rebuild's time without shortening its
 * longest pauses, which came from contention and collection, not from one step.
 */
const REBUILD_BATCH = 2_000;
/** In the app, a change this small is indexed before a search answers. */
const INLINE_CATCH_UP = 64;

interface RebuildJob {
  kind: 'rebuild';
  /** Queue rows older than the claim are covered by the rebuild: cleared first, in chunks. */
  clearingQueue: boolean;
  months: Array<string | null>;
  monthIndex: number;
  ids: number[] | null;
  idCursor: number;
  analysed: AnalysedDoc[];
  write: IndexWrite | null;
  termCache: Map<string, number>;
  claim: number;
  generation: number;
  done: number;
  total: number;
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
  private state: IndexState = { docs: new DocTable(), stats: emptyStats(FIELDS.length), vocabulary: null };
  private job: RebuildJob | CatchUpJob | null = null;
  private timer: NodeJS.Immediate | null = null;
  private readonly listeners = new Set<(status: IndexStatus) => void>();
  private idleWaiters: Array<() => void> = [];
  private closed = false;
  private statements: EngineStatements | null = null;
  private readonly mode: IndexingMode;
  private readonly sliceMs: number;
  /** Average cost of reading and analysing one article, to size chunks to a slice. */
  private msPerArticle = 10;
  /** Warnings about articles indexed only in part (B-96). */
  readonly warnings: string[] = [];

  private constructor(
    private readonly db: Db,
    private readonly file: string,
    options: SearchIndexOptions,
  ) {
    this.mode = options.mode ?? 'inline';
    this.sliceMs = options.sliceMs ?? 12;
  }

  /** Attaches the index file to the library's connection and checks that it belongs to it. */
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

  /** Throws the index away and builds it again from the library. */
  rebuild(): void {
    this.recreate();
    this.startRebuild();
    this.changed();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.timer) clearImmediate(this.timer);
    this.timer = null;
    this.resolveIdle();
    try {
      this.db.transaction(() => {
        saveDocPages(this.db, this.state.docs);
        setMeta(this.db, 'closed', '1');
      })();
      this.saveVocabulary(false);
    } catch {
      // derived data; the next open rebuilds what it needs
    }
    detachIndex(this.db);
  }

  // ---- opening, damage ----

  private attach(): void {
    try {
      attachIndex(this.db, this.file);
      this.load();
    } catch (error) {
      if (!isDamage(error)) throw error;
      this.reset();
    }
  }

  /** Reads the index's state, or starts a rebuild when it is not this library's or not current. */
  private load(): void {
    const format = getMeta(this.db, 'format');
    const token = getMeta(this.db, 'token');
    const generation = Number(getMeta(this.db, 'generation') ?? '0');
    const current = this.libraryGeneration();
    const ours = token !== undefined && token === settings.getSetting(this.db, TOKEN_SETTING);
    if (format !== String(FORMAT_VERSION) || !ours || generation > current) {
      this.recreate();
      this.startRebuild();
      return;
    }
    const stats = getMeta(this.db, 'stats');
    if (stats) this.state.stats = JSON.parse(stats) as IndexStats;
    const pages = this.db.prepare(`SELECT page, data FROM ${SCHEMA}.doc_pages ORDER BY page`).all() as Array<{
      page: number;
      data: Buffer;
    }>;
    for (const { page, data } of pages) this.state.docs.loadPage(page, data);
    const closedCleanly = getMeta(this.db, 'closed') === '1';
    setMeta(this.db, 'closed', '0');
    if (getMeta(this.db, 'state') === 'rebuilding') {
      // After a crash the article table's pages may lag behind the postings: start over.
      if (closedCleanly) this.resumeRebuild();
      else {
        this.recreate();
        this.startRebuild();
      }
    }
  }

  /** Deletes a damaged index file and starts again from an empty one. */
  private reset(): void {
    this.recreate();
    this.startRebuild();
    this.changed();
  }

  /** Replaces the index file with an empty one: faster than deleting millions of rows. */
  private recreate(): void {
    this.job = null;
    this.statements = null;
    detachIndex(this.db);
    deleteIndexFiles(this.file);
    this.state = { docs: new DocTable(), stats: emptyStats(FIELDS.length), vocabulary: null };
    try {
      attachIndex(this.db, this.file);
    } catch {
      attachIndex(this.db, ':memory:'); // an unwritable folder: index in memory for this session
    }
  }

  // ---- jobs ----

  private startRebuild(): void {
    const token = randomUUID();
    const generation = this.libraryGeneration();
    const claim = this.claimPending();
    this.db.transaction(() => {
      clearIndex(this.db);
      setMeta(this.db, 'format', String(FORMAT_VERSION));
      setMeta(this.db, 'token', token);
      setMeta(this.db, 'state', 'rebuilding');
      setMeta(this.db, 'generation', String(generation));
      setMeta(this.db, 'claim', String(claim));
      settings.setSetting(this.db, TOKEN_SETTING, token);
    })();
    this.state = { docs: new DocTable(), stats: emptyStats(FIELDS.length), vocabulary: null };
    this.job = this.newRebuildJob(null, claim, generation);
  }

  private resumeRebuild(): void {
    const after = getMeta(this.db, 'rebuilt_month');
    this.job = this.newRebuildJob(
      after === undefined ? null : after,
      Number(getMeta(this.db, 'claim') ?? '0'),
      Number(getMeta(this.db, 'generation') ?? '0'),
    );
    this.job.done = this.state.docs.size;
  }

  /** A rebuild of every month newest first (undated last), starting after `after` when resuming. */
  private newRebuildJob(after: string | null, claim: number, generation: number): RebuildJob {
    // Month by month down the date index: some 50 seeks instead of reading every article.
    const before = this.db.prepare('SELECT max(date) FROM articles WHERE date < ?').pluck();
    const months: string[] = [];
    let day = before.get('9999-99') as string | null;
    while (day) {
      const month = day.slice(0, 7);
      if (after === null || after === 'undated' || month < after) months.push(month);
      day = before.get(`${month}-00`) as string | null;
    }
    const all: Array<string | null> = after === 'undated' ? [] : [...months, null];
    const total = this.db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    return {
      kind: 'rebuild',
      clearingQueue: true,
      months: all,
      monthIndex: 0,
      ids: null,
      idCursor: 0,
      analysed: [],
      write: null,
      termCache: new Map(),
      claim,
      generation,
      done: 0,
      total,
    };
  }

  private hasPending(): boolean {
    return this.db.prepare('SELECT EXISTS (SELECT 1 FROM search_pending)').pluck().get() === 1;
  }

  private newCatchUpJob(limit: number): CatchUpJob | null {
    const ids = this.db
      .prepare('SELECT article_id FROM search_pending ORDER BY article_id LIMIT ?')
      .pluck()
      .all(limit) as number[];
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

  /** Does indexing work until `deadline`; false when there is none left. */
  private work(deadline: number): boolean {
    try {
      for (;;) {
        if (!this.job) {
          this.job = this.newCatchUpJob(2_000);
          if (!this.job) return false;
        }
        const finished =
          this.job.kind === 'rebuild'
            ? this.stepRebuild(this.job, deadline)
            : this.stepCatchUp(this.job, deadline);
        this.emit();
        if (finished) this.job = null;
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
      const cleared = this.db
        .prepare(
          `DELETE FROM search_pending WHERE article_id IN
             (SELECT article_id FROM search_pending WHERE seq < ? LIMIT 2000)`,
        )
        .run(job.claim).changes;
      if (cleared === 0) job.clearingQueue = false;
    }
    while (performance.now() < deadline) {
      if (job.write) {
        if (!job.write.step(deadline)) return false;
        job.write = null;
        job.done += job.analysed.length;
        job.analysed = [];
        if (job.ids === null) {
          setMeta(this.db, 'rebuilt_month', job.months[job.monthIndex] ?? 'undated');
          job.monthIndex += 1;
        }
        continue;
      }
      if (job.ids === null) {
        if (job.monthIndex >= job.months.length) {
          if (this.state.docs.dirtyPages.size > 0) {
            this.db.transaction(() => saveDocPages(this.db, this.state.docs, 2))();
            continue;
          }
          this.finishJob(job.claim, job.generation);
          setMeta(this.db, 'state', 'ready');
          return true;
        }
        job.ids = this.idsOfMonth(job.months[job.monthIndex]!);
        job.idCursor = 0;
        continue;
      }
      if (job.idCursor < job.ids.length && job.analysed.length < REBUILD_BATCH) {
        const chunk = job.ids.slice(job.idCursor, job.idCursor + this.chunkSize(deadline));
        job.idCursor += chunk.length;
        job.analysed.push(...this.analyse(chunk));
        continue;
      }
      job.write = new IndexWrite(this.db, this.state, job.analysed, [], job.termCache);
      if (job.idCursor >= job.ids.length) job.ids = null; // the month is complete after this write
    }
    return false;
  }

  private stepCatchUp(job: CatchUpJob, deadline: number): boolean {
    while (performance.now() < deadline) {
      if (job.write) {
        if (!job.write.step(deadline)) return false;
        this.finishJob(job.claim, job.generation, job.ids);
        return true;
      }
      if (job.idCursor < job.ids.length) {
        const chunk = job.ids.slice(job.idCursor, job.idCursor + this.chunkSize(deadline));
        job.idCursor += chunk.length;
        job.analysed.push(...this.analyse(chunk));
        continue;
      }
      const found = new Set(job.analysed.map((d) => d.id));
      job.write = new IndexWrite(
        this.db,
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
    this.db
      .prepare(
        `INSERT INTO settings (key, value) VALUES ('search_seq', '1')
         ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1`,
      )
      .run();
    return Number(settings.getSetting(this.db, 'search_seq'));
  }

  /** Clears the queue rows a finished job covered (rows changed since it started stay queued). */
  private finishJob(claim: number, generation: number, ids?: readonly number[]): void {
    this.db.transaction(() => {
      if (ids) {
        this.db
          .prepare(
            'DELETE FROM search_pending WHERE seq < ? AND article_id IN (SELECT value FROM json_each(?))',
          )
          .run(claim, JSON.stringify(ids));
      } else {
        this.db.prepare('DELETE FROM search_pending WHERE seq < ?').run(claim);
      }
      setMeta(this.db, 'generation', String(generation));
    })();
  }

  private idsOfMonth(month: string | null): number[] {
    if (month === null)
      return this.db
        .prepare('SELECT id FROM articles WHERE date IS NULL ORDER BY id')
        .pluck()
        .all() as number[];
    return this.db
      .prepare('SELECT id FROM articles WHERE date >= ? AND date <= ? ORDER BY id')
      .pluck()
      .all(`${month}-01`, `${month}-31`) as number[];
  }

  /** As many articles as fit before the deadline, by the cost so far. */
  private chunkSize(deadline: number): number {
    const left = deadline - performance.now();
    if (!Number.isFinite(left)) return READ_CHUNK;
    return Math.max(1, Math.min(READ_CHUNK, Math.floor(left / this.msPerArticle)));
  }

  private analyse(ids: readonly number[]): AnalysedDoc[] {
    const started = performance.now();
    const docs = this.analyseNow(ids);
    if (ids.length > 0)
      this.msPerArticle = 0.8 * this.msPerArticle + (0.2 * (performance.now() - started)) / ids.length;
    return docs;
  }

  private analyseNow(ids: readonly number[]): AnalysedDoc[] {
    return loadArticleTexts(this.db, ids).map((texts) => {
      const doc = analyseArticle(texts);
      if (doc.truncated && this.warnings.length < 100) {
        this.warnings.push(`Article ${doc.id} is very long; only its first words are searchable.`);
      }
      return doc;
    });
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
    const count = this.db
      .prepare('SELECT count(*) FROM (SELECT 1 FROM search_pending LIMIT ?)')
      .pluck()
      .get(INLINE_CATCH_UP + 1) as number;
    if (count > 0 && count <= INLINE_CATCH_UP) this.work(Number.POSITIVE_INFINITY);
    else if (count > 0) this.schedule();
  }

  private schedule(): void {
    if (this.closed || this.timer || this.mode === 'inline') return;
    this.timer = setImmediate(() => {
      this.timer = null;
      if (this.closed) return;
      if (this.work(performance.now() + this.sliceMs)) this.schedule();
      else this.resolveIdle();
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
    this.statements ??= new EngineStatements(this.db);
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
    const find = this.db.prepare('SELECT id FROM tags WHERE name = ? COLLATE NOCASE').pluck();
    const ids: number[] = [];
    for (const name of names) {
      const id = find.get(name.trim()) as number | undefined;
      if (id === undefined) return null;
      ids.push(id);
    }
    return ids;
  }

  private vocabulary(): Vocabulary {
    if (this.state.vocabulary) return this.state.vocabulary;
    const snapshot = this.db
      .prepare(`SELECT max_term_id AS maxId, data FROM ${SCHEMA}.vocabulary WHERE id = 1`)
      .get() as { maxId: number; data: Buffer } | undefined;
    let vocabulary: Vocabulary;
    let delta: string[];
    if (snapshot) {
      const text = snapshot.data.toString('utf8');
      vocabulary = new Vocabulary(text === '' ? [] : text.split('\n'), true);
      delta = this.db
        .prepare(`SELECT term FROM ${SCHEMA}.terms WHERE id > ?`)
        .pluck()
        .all(snapshot.maxId) as string[];
    } else {
      vocabulary = new Vocabulary([], true);
      delta = this.db.prepare(`SELECT term FROM ${SCHEMA}.terms`).pluck().all() as string[];
    }
    for (const term of delta) vocabulary.add(term);
    this.state.vocabulary = vocabulary;
    if (delta.length > 5_000) this.saveVocabulary(true);
    return vocabulary;
  }

  /** Stores the sorted vocabulary so the next load reads one row instead of every term. */
  private saveVocabulary(force: boolean): void {
    const vocabulary = this.state.vocabulary;
    if (!vocabulary) return;
    const maxId =
      (this.db.prepare(`SELECT max(id) FROM ${SCHEMA}.terms`).pluck().get() as number | null) ?? 0;
    const stored = this.db
      .prepare(`SELECT max_term_id FROM ${SCHEMA}.vocabulary WHERE id = 1`)
      .pluck()
      .get() as number | undefined;
    if (!force && stored === maxId) return;
    const data = Buffer.from(vocabulary.terms().join('\n'), 'utf8');
    this.db
      .prepare(
        `INSERT INTO ${SCHEMA}.vocabulary (id, max_term_id, data) VALUES (1, ?, ?)
         ON CONFLICT (id) DO UPDATE SET max_term_id = excluded.max_term_id, data = excluded.data`,
      )
      .run(maxId, data);
  }
}
