/**
 * The syllabus side of the library (`library.syllabus`): every article placed on the syllabus at
 * import, the student's corrections (kept through every re-import and re-run, and taught to the
 * learned model), the tree with its coverage, the gaps, related articles and stories, and the
 * student's own syllabus (another one loaded from a file, renamed topics, added sub-topics).
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type {
  ArticleTopic,
  ArticleTopicOrigin,
  RelatedArticleSummary,
  StoryArticle,
  SyllabusGap,
  SyllabusTree,
} from '../../../shared/syllabus';
import type { Db } from '../db/connection';
import type { ParsedArticle } from '../import/model';
import type { ImportPlacement, PlacedTopics } from '../import/placement';
import { prepared } from '../db/statements';
import { LibraryError } from '../errors';
import { Jobs, type JobContext, type JobStatus } from '../jobs';
import {
  activeSyllabusId,
  addOwnTopic,
  listSyllabi,
  readSyllabus,
  renameTopic,
  setActiveSyllabus,
  storeSyllabus,
} from './active-syllabus';
import { coverage, coverageGaps, coverageTree } from './coverage';
import { CORRECTION_WEIGHT, TopicModel, type LabelledTerms } from './learned';
import type { ArticleText, Syllabus, TopicSuggestion } from './model';
import { RelatedIndex, relatedArticles } from './related';
import { readRelatedDocuments, RELATED_BATCH, RelatedWorker } from './related-client';
import { compileSyllabus, suggestTopics, type CompiledSyllabus } from './suggest';
import { parseSyllabusFile, SyllabusFileError } from './syllabus-file';
import { articleTerms, splitJoinedTerms, termsOf, type ArticleTerms } from './text';
import { hindiNames, paperOf, topicPath } from './tree';
import { nextTurn } from '../turns';

export interface LibrarySyllabusDeps {
  db: Db;
  now: () => Date;
  /** Runs a change in a transaction and tells the library it changed. */
  write: <T>(change: () => T) => T;
  /**
   * Where the related-articles index lives: in its worker (the default, for a library in a file) or
   * on this thread, built in slices (an in-memory database, or when the worker cannot start).
   */
  related?: 'worker' | 'thread';
}

/** Progress of a re-run over the library. */
export interface SyllabusRunProgress {
  done: number;
  total: number;
}

/** Labelled articles the learned model is trained from at most (the newest ones): a bounded start-up. */
const TRAINING_LIMIT = 2_000;
/** Labelled articles read per query while training. */
const TRAIN_PAGE = 100;
/** The training lets the event loop run whenever it has run this long. */
const TRAIN_SLICE_MS = 8;
/** Articles placed per transaction in a re-run, between which the event loop runs. */
const RUN_BATCH = 200;
/** The gaps look at reading over this many days. */
const GAP_DAYS = 90;
/** Largest syllabus file read, in bytes. */
const MAX_FILE_BYTES = 2_000_000;
/**
 * The reader leaves out related articles below this similarity: in a small library a shared word
 * or two ("India", "cities") scores 0.1–0.17 and reads as a stranger in a story.
 */
const RELATED_MIN_SCORE = 0.18;
/**
 * Built on this thread (no worker), the related index lets the event loop turn whenever indexing has
 * run this long (and between its batches of RELATED_BATCH articles).
 */
const RELATED_SLICE_MS = 20;
/**
 * A new snapshot of the learned model goes to the import's parse workers once it has grown by this
 * factor plus this many labelled articles since the last (importPlacement).
 */
const MODEL_SNAPSHOT_GROWTH = 1.5;
const MODEL_SNAPSHOT_STEP = 30;
/** Papers whose topics share their words with Mains: not listed as gaps of their own. */
const NOT_GAPS = new Set(['prelims', 'essay']);

/**
 * A turn of the event loop for background work: a timer that does not keep the process alive (a CLI
 * command exits when its own work is done, leaving the background work undone).
 */
const backgroundTurn = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 0).unref();
  });

/** Plain ASCII segment of a topic id from a name (`Wetlands and Ramsar` → `wetlands-and-ramsar`). */
const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');

export class LibrarySyllabus {
  private compiled: { id: string; value: CompiledSyllabus; own: Set<string>; version: number } | null = null;
  /** Counts the syllabi compiled: a parse worker's placement made with an older one is not used. */
  private compiledVersions = 0;
  /** What the import's parse workers place with, and the model it is a snapshot of (importPlacement). */
  private placementForImport: { value: ImportPlacement; model: TopicModel | null; size: number } | null =
    null;
  private model: TopicModel | null = null;
  /** The background training in progress, if any (`startTraining`). */
  private training: Promise<void> | null = null;
  /** Bumped when the model is dropped: a training of an older generation is thrown away. */
  private generation = 0;
  private closed = false;
  /** Why the last background training failed, for `modelReady()` to report. */
  private trainingError: Error | null = null;
  /** Examples learned while the model was being trained: taught to it when it is ready. */
  private untaught: Array<{ example: LabelledTerms; weight: number }> = [];
  /**
   * Articles placed while the model was not ready: placed again with it, unless the student has
   * corrected them meanwhile (they judged what they saw; a re-run is theirs to ask for).
   */
  private readonly placedWithoutModel = new Set<number>();
  private related: RelatedIndex | null = null;
  private relatedBuild: Promise<RelatedIndex> | null = null;
  /** The related-articles worker, started by the first related list asked for (related-client.ts). */
  private relatedWorker: RelatedWorker | null = null;
  /** The worker could not start or stopped: related lists are built on this thread from then on. */
  private relatedWorkerFailed = false;
  /** Articles placed while the related index was being built: added when it is done. */
  private pendingRelated: Array<{ id: number; title: string; date: string | null; text: string }> | null =
    null;
  /** Re-runs over the whole library, one at a time. */
  readonly runs = new Jobs<SyllabusRunProgress, { articles: number }>({
    noun: 'a syllabus re-run',
    initial: () => ({ done: 0, total: 0 }),
    describeError: (error) => `The syllabus re-run stopped: ${error.message}`,
  });

  constructor(private readonly deps: LibrarySyllabusDeps) {}

  // ---- the syllabus ----

  /** The syllabus in use, with the student's edits. */
  current(): Syllabus {
    return this.compile().value.syllabus;
  }

  private compile(): { id: string; value: CompiledSyllabus; own: Set<string>; version: number } {
    const id = activeSyllabusId(this.deps.db);
    if (this.compiled?.id !== id) {
      const { syllabus, own } = readSyllabus(this.deps.db, id);
      this.compiled = { id, value: compileSyllabus(syllabus), own, version: ++this.compiledVersions };
    }
    return this.compiled;
  }

  /** Forgets what was derived from the syllabus (after an edit or a switch). */
  private syllabusChanged(): void {
    this.compiled = null;
    this.forgetModel();
    this.startTraining();
  }

  /** Drops the model and any training in progress (its generation is over). */
  private forgetModel(): void {
    this.model = null;
    this.training = null;
    this.untaught = [];
    this.generation += 1;
  }

  // ---- placing articles ----

  /** An article's text as the suggestions read it, or undefined when it is gone. */
  private articleText(articleId: number): (ArticleText & { date: string | null }) | undefined {
    const db = this.deps.db;
    // Prepared once (db/statements.ts): an import places every article it stores, and preparing these
    // three and place()'s three cost more than running them.
    const row = prepared(db, 'SELECT title, date FROM articles WHERE id = ?').get(articleId) as
      { title: string; date: string | null } | undefined;
    if (!row) return undefined;
    const blocks = prepared(
      db,
      'SELECT text FROM blocks WHERE article_id = ? ORDER BY position /* plucked */',
    )
      .pluck()
      .all(articleId) as string[];
    const tags = prepared(
      db,
      `SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id
        WHERE at.article_id = ? AND at.origin = 'source' ORDER BY t.name /* plucked */`,
    )
      .pluck()
      .all(articleId) as string[];
    return { ...row, blocks, tags };
  }

  /**
   * The learned model, or null while it is being trained. It is never trained here: training reads
   * up to 2,000 labelled articles (tens of milliseconds to seconds at 50,000 articles), which inside
   * an import's transaction held the main thread for the whole first import of a session. Asking for
   * it starts the training in the background (`startTraining`).
   */
  private learnedModel(): TopicModel | null {
    if (this.model) return this.model;
    this.startTraining();
    return null;
  }

  /**
   * Teaches the model one labelled example: at once when it is ready, else after its training (the
   * examples a training in progress has not read: an import's source labels, a student's correction).
   */
  private teach(example: LabelledTerms, weight = 1): void {
    if (this.model) this.model.learn(example, weight);
    else {
      this.untaught.push({ example, weight });
      this.startTraining();
    }
  }

  /**
   * Starts training the learned model in the background, in slices of a few milliseconds between
   * which the event loop runs, unless it is trained or training. When it is ready, the articles placed
   * without it meanwhile are placed again with its suggestions (the student's corrections stay). The
   * timers do not keep a process (the CLI) alive; `modelReady()` waits for it.
   */
  startTraining(): void {
    if (this.model || this.training || this.closed) return;
    const generation = this.generation;
    this.training = this.trainInSlices(generation)
      .then((model) => {
        if (generation !== this.generation || this.closed) return;
        for (const { example, weight } of this.untaught.splice(0)) model.learn(example, weight);
        this.model = model;
        return this.placeAgainWithModel(generation);
      })
      .catch((error: unknown) => {
        // Closed under the training (its database with it): nothing to train for. Otherwise the
        // keywords and source tags go on placing articles, and `modelReady()` reports the failure.
        if (!this.closed && generation === this.generation) this.trainingError = error as Error;
      })
      .finally(() => {
        if (generation === this.generation) this.training = null;
      });
  }

  /**
   * Resolves once the learned model is trained and the articles placed before it was ready have been
   * placed again with it (tests, benches, and the re-run, which places everything with the model).
   */
  async modelReady(): Promise<void> {
    // The training's timers do not keep the process alive; whoever waits for it does.
    const keepAlive = setInterval(() => undefined, 60_000);
    try {
      for (;;) {
        if (this.closed) return;
        this.startTraining();
        const training = this.training;
        if (!training) return;
        await training;
        const error = this.trainingError;
        if (error) {
          this.trainingError = null;
          throw error;
        }
        // A syllabus change may have started another training meanwhile.
        if (this.model && !this.training && this.placedWithoutModel.size === 0) return;
      }
    } finally {
      clearInterval(keepAlive);
    }
  }

  /**
   * Waits for the model only when articles were placed without it (a short-lived process, the CLI,
   * before it closes the library: its imports are then placed with the model, as before).
   */
  async settle(): Promise<void> {
    if (this.placedWithoutModel.size > 0) await this.modelReady();
  }

  /** True once the learned model is trained (suggestions then include its topics). */
  get learnedReady(): boolean {
    return this.model !== null;
  }

  /** Stops the background training (the library is closing). */
  close(): void {
    this.closed = true;
    this.generation += 1;
    void this.relatedWorker?.close();
    this.relatedWorker = null;
  }

  /** Reads the newest labelled articles page by page and learns them, yielding every TRAIN_SLICE_MS. */
  private async trainInSlices(generation: number): Promise<TopicModel> {
    // Not a moment of the caller's (opening the library, an import): from the next turn on.
    await backgroundTurn();
    const model = new TopicModel();
    if (generation !== this.generation || this.closed) return model;
    const db = this.deps.db;
    let sliceStart = performance.now();
    // The keywords analysed a few at a time first (the analyser caches each word): compiled cold in one
    // piece (the stemmers' first use) they held the thread ~120 ms, inside the open or the first import.
    if (this.compiled?.id !== activeSyllabusId(db)) {
      const { syllabus } = readSyllabus(db, activeSyllabusId(db));
      for (const topic of syllabus.topics) {
        for (const keyword of [...topic.keywords.en, ...topic.keywords.hi]) termsOf(keyword);
        await yieldIfLong();
        if (generation !== this.generation || this.closed) return model;
      }
    }
    const syllabusId = this.compile().id;
    const page = db.prepare(
      `SELECT article_id AS id, json_group_array(topic_id) AS topics, max(origin = 'user') AS corrected
         FROM article_topics WHERE syllabus_id = ? AND removed = 0 AND origin IN ('source', 'user')
          AND article_id < ?
        GROUP BY article_id ORDER BY article_id DESC LIMIT ?`,
    );
    let learned = 0;
    let before = Number.MAX_SAFE_INTEGER;
    while (learned < TRAINING_LIMIT) {
      await yieldIfLong();
      if (generation !== this.generation || this.closed) return model;
      const rows = page.all(syllabusId, before, Math.min(TRAIN_PAGE, TRAINING_LIMIT - learned)) as Array<{
        id: number;
        topics: string;
        corrected: number;
      }>;
      for (const row of rows) {
        learned += 1;
        const text = this.articleText(row.id);
        if (!text) continue;
        model.learn(
          { terms: articleTerms(text), topics: JSON.parse(row.topics) as string[] },
          row.corrected ? CORRECTION_WEIGHT : 1,
        );
        await yieldIfLong();
        if (generation !== this.generation || this.closed) return model;
      }
      if (rows.length < TRAIN_PAGE) break;
      before = rows.at(-1)!.id;
    }
    return model;

    async function yieldIfLong(): Promise<void> {
      if (performance.now() - sliceStart < TRAIN_SLICE_MS) return;
      await backgroundTurn();
      sliceStart = performance.now();
    }
  }

  /** Places again, in batches, the articles placed while the model was not ready. */
  private async placeAgainWithModel(generation: number): Promise<void> {
    while (this.placedWithoutModel.size > 0) {
      if (generation !== this.generation || this.closed) return;
      const batch = [...this.placedWithoutModel].slice(0, RUN_BATCH);
      for (const id of batch) this.placedWithoutModel.delete(id);
      this.deps.write(() => {
        for (const id of batch) this.placeWith(id, { related: false });
      });
      await backgroundTurn();
    }
  }

  /**
   * The syllabus and a snapshot of the learned model for the import's parse workers, which place new
   * articles with them (import/placement.ts). The same object while nothing changed; a new snapshot
   * once the model has grown by half (it learns from every source-labelled article stored), so
   * that an import's later articles are placed with what its earlier ones taught, at a cost of a few
   * snapshots per import.
   */
  importPlacement(): ImportPlacement {
    const compiled = this.compile();
    const model = this.learnedModel();
    const held = this.placementForImport;
    if (
      held &&
      held.value.syllabusVersion === compiled.version &&
      held.model === model &&
      (!model || model.size < held.size * MODEL_SNAPSHOT_GROWTH + MODEL_SNAPSHOT_STEP)
    )
      return held.value;
    const value: ImportPlacement = {
      syllabusVersion: compiled.version,
      syllabus: compiled.value.syllabus,
      modelVersion: (held?.value.modelVersion ?? 0) + 1,
      modelId: held && held.model === model ? held.value.modelId : (held?.value.modelId ?? 0) + 1,
      model: model ? model.snapshot() : null,
    };
    this.placementForImport = { value, model, size: model?.size ?? 0 };
    return value;
  }

  /**
   * Places an article the import has just stored: a new one with the topics its parse worker chose
   * (only stored here), unless the syllabus changed since or the worker had no model while this thread
   * has one; else (an updated article, an import parsed on this thread) as `place` does.
   */
  placeStored(articleId: number, article?: ParsedArticle): void {
    const placed = article?.placed;
    if (!article || !placed || !this.workerPlacementHolds(placed)) {
      this.place(articleId, article?.placed ? undefined : article?.syllabusTerms);
      return;
    }
    if (placed.modelVersion === null && !this.model) this.placedWithoutModel.add(articleId);
    const { id: syllabusId } = this.compile();
    this.storeSuggestions(
      articleId,
      syllabusId,
      placed.suggestions,
      article.learnedTerms === undefined ? article.syllabusTerms : splitJoinedTerms(article.learnedTerms),
      {
        id: articleId,
        title: article.title,
        date: article.date,
        text: article.blocks.map((b) => b.text).join('\n'),
      },
      { fresh: true },
    );
  }

  /** True when a worker's topics are what this thread would choose now (bar a model snapshot's age). */
  private workerPlacementHolds(placed: PlacedTopics): boolean {
    if (placed.syllabusVersion !== this.compile().version) return false;
    if (placed.modelVersion !== null) return true;
    const model = this.learnedModel();
    return !model || model.size === 0;
  }

  /**
   * Places one article on the syllabus: up to three topics from its source's tags, the keywords and the
   * learned model, after the student's own. Replaces the machine's earlier rows; never the student's.
   * Runs inside the caller's transaction (the import's).
   */
  place(articleId: number, analysed?: ArticleTerms): void {
    this.placeWith(articleId, { related: true }, analysed);
  }

  private placeWith(articleId: number, options: { related: boolean }, analysed?: ArticleTerms): void {
    const text = this.articleText(articleId);
    if (!text) return;
    const db = this.deps.db;
    const { id: syllabusId, value: compiled } = this.compile();
    const corrections = prepared(
      db,
      `SELECT topic_id AS topic, removed FROM article_topics WHERE article_id = ? AND syllabus_id = ? AND origin = 'user'`,
    ).all(articleId, syllabusId) as Array<{ topic: string; removed: number }>;
    // The parse worker's analysis of a new article's title and text, when the import brings it.
    const terms = analysed ?? articleTerms(text);
    // Until the model is trained (in the background), the keywords and the source's tags place the
    // article; it is placed again with the model's suggestions when the model is ready.
    const model = this.learnedModel();
    if (!model) this.placedWithoutModel.add(articleId);
    const suggestions = suggestTopics(
      text,
      {
        syllabus: compiled,
        model: model && model.size > 0 ? model : undefined,
        userTopics: corrections.filter((c) => c.removed === 0).map((c) => c.topic),
        removedTopics: corrections.filter((c) => c.removed === 1).map((c) => c.topic),
      },
      terms,
    );
    this.storeSuggestions(
      articleId,
      syllabusId,
      suggestions,
      terms,
      options.related
        ? { id: articleId, title: text.title, date: text.date, text: text.blocks.join('\n') }
        : null,
    );
  }

  /**
   * Writes an article's topics (the machine's, in place of its earlier ones; never the student's),
   * teaches the model from its source tags, and adds it to the related index (`doc`; null when it is
   * placed again, and so was taught and added before).
   */
  private storeSuggestions(
    articleId: number,
    syllabusId: string,
    suggestions: readonly TopicSuggestion[],
    terms: ArticleTerms | undefined,
    doc: { id: number; title: string; date: string | null; text: string } | null,
    options: { fresh?: boolean } = {},
  ): void {
    const db = this.deps.db;
    // A row stored just now has no topics to replace (an article's rows go with it when it is deleted).
    if (!options.fresh)
      prepared(
        db,
        `DELETE FROM article_topics WHERE article_id = ? AND syllabus_id = ? AND origin <> 'user'`,
      ).run(articleId, syllabusId);
    const insert = prepared(
      db,
      `INSERT INTO article_topics (article_id, syllabus_id, topic_id, confidence, origin, reason, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (article_id, syllabus_id, topic_id) DO UPDATE
         SET confidence = excluded.confidence, origin = excluded.origin, reason = excluded.reason,
             updated_at = excluded.updated_at`,
    );
    const at = this.deps.now().toISOString();
    const sourceTopics: string[] = [];
    for (const s of suggestions) {
      if (s.origin === 'user') continue;
      insert.run(articleId, syllabusId, s.topic, s.confidence, s.origin, s.reason, at);
      if (s.origin === 'source') sourceTopics.push(s.topic);
    }
    if (!doc) return;
    // A source-labelled article teaches the model at once (a re-import counts it again: harmless);
    // placed again once the model is ready, it has taught it already.
    if (sourceTopics.length > 0 && terms) this.teach({ terms, topics: sourceTopics });
    if (this.relatedWorker) this.relatedWorker.add(doc);
    else if (this.related) this.related.add(doc);
    else this.pendingRelated?.push(doc);
  }

  /**
   * Places every article of the library again (after loading another syllabus, or to use what the
   * model learned since), in batches that let the event loop run; a cancel stops between batches.
   * The student's corrections stay as they are.
   */
  async placeAll(context?: JobContext<SyllabusRunProgress>): Promise<{ articles: number }> {
    const ids = this.deps.db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[];
    // Retrained from what the library holds now, before any article is placed: every placement of the
    // re-run uses it.
    this.forgetModel();
    await this.modelReady();
    context?.report({ done: 0, total: ids.length });
    let done = 0;
    for (let i = 0; i < ids.length; i += RUN_BATCH) {
      if (context?.signal.aborted) break;
      this.deps.write(() => {
        for (const id of ids.slice(i, i + RUN_BATCH)) this.place(id);
      });
      done = Math.min(ids.length, i + RUN_BATCH);
      context?.report({ done, total: ids.length });
      await nextTurn();
    }
    return { articles: done };
  }

  /** Starts a re-run over the library as a job; returns its id. */
  startRun(): number {
    return this.runs.start((context) => this.placeAll(context));
  }

  /** Where a re-run stands. */
  runStatus(id: number): JobStatus<SyllabusRunProgress, { articles: number }> {
    return this.runs.status(id);
  }

  // ---- an article's topics and the student's corrections ----

  /** The topics an article is placed on in the syllabus in use: the student's first, then by confidence. */
  topicsOf(articleId: number): ArticleTopic[] {
    const { id, value } = this.compile();
    const rows = this.deps.db
      .prepare(
        `SELECT topic_id AS topic, confidence, origin, reason FROM article_topics
          WHERE article_id = ? AND syllabus_id = ? AND removed = 0
          ORDER BY origin = 'user' DESC, confidence DESC, topic_id`,
      )
      .all(articleId, id) as Array<{
      topic: string;
      confidence: number;
      origin: ArticleTopicOrigin;
      reason: string;
    }>;
    return rows
      .filter((r) => value.byId.has(r.topic))
      .map((r) => ({
        topic: r.topic,
        name: value.byId.get(r.topic)!.name,
        path: topicPath(value.byId, r.topic),
        ...hindiNames(value.byId, r.topic),
        confidence: r.confidence,
        origin: r.origin,
        reason: r.reason,
      }));
  }

  private requireArticle(articleId: number): ArticleText {
    const text = this.articleText(articleId);
    if (!text) throw new LibraryError('not-found', `There is no article ${articleId} in the library.`);
    return text;
  }

  private requireTopic(topic: string): void {
    if (!this.compile().value.byId.has(topic))
      throw new LibraryError(
        'invalid-input',
        `“${topic}” is not a topic of the syllabus in use (${this.current().name}); \`syllabus\` lists them.`,
      );
  }

  /**
   * The student's choice: `topics` become the article's own (accepted or added). With `only`, every
   * other topic it shows is removed, so no re-run brings it back. Each choice teaches the model.
   */
  setTopics(articleId: number, topics: readonly string[], options: { only?: boolean } = {}): ArticleTopic[] {
    const text = this.requireArticle(articleId);
    for (const topic of topics) this.requireTopic(topic);
    const syllabusId = this.compile().id;
    const at = this.deps.now().toISOString();
    this.deps.write(() => {
      const db = this.deps.db;
      if (options.only) {
        const others = this.topicsOf(articleId)
          .map((t) => t.topic)
          .filter((t) => !topics.includes(t));
        for (const topic of others) this.writeCorrection(articleId, syllabusId, topic, true, at);
      }
      for (const topic of topics) this.writeCorrection(articleId, syllabusId, topic, false, at);
      // An ancestor or descendant of a chosen topic says the same thing less precisely: it goes.
      db.prepare(
        `DELETE FROM article_topics WHERE article_id = ? AND syllabus_id = ? AND origin <> 'user'
           AND EXISTS (SELECT 1 FROM json_each(?) j
                        WHERE topic_id LIKE j.value || '.%' OR j.value LIKE topic_id || '.%')`,
      ).run(articleId, syllabusId, JSON.stringify(topics));
    });
    if (topics.length > 0) this.teach({ terms: articleTerms(text), topics }, CORRECTION_WEIGHT);
    this.placedWithoutModel.delete(articleId);
    return this.topicsOf(articleId);
  }

  /** The student takes a topic off an article; it is never suggested for it again. */
  removeTopic(articleId: number, topic: string): ArticleTopic[] {
    this.requireArticle(articleId);
    this.requireTopic(topic);
    const syllabusId = this.compile().id;
    this.deps.write(() =>
      this.writeCorrection(articleId, syllabusId, topic, true, this.deps.now().toISOString()),
    );
    this.placedWithoutModel.delete(articleId);
    return this.topicsOf(articleId);
  }

  private writeCorrection(
    articleId: number,
    syllabusId: string,
    topic: string,
    removed: boolean,
    at: string,
  ) {
    this.deps.db
      .prepare(
        `INSERT INTO article_topics (article_id, syllabus_id, topic_id, confidence, origin, reason, removed, updated_at)
         VALUES (?, ?, ?, 1, 'user', 'chosen by you', ?, ?)
         ON CONFLICT (article_id, syllabus_id, topic_id) DO UPDATE
           SET origin = 'user', confidence = CASE WHEN excluded.removed = 1 THEN confidence ELSE 1 END,
               reason = CASE WHEN excluded.removed = 1 THEN reason ELSE 'chosen by you' END,
               removed = excluded.removed, updated_at = excluded.updated_at`,
      )
      .run(articleId, syllabusId, topic, removed ? 1 : 0, at);
  }

  // ---- coverage ----

  /** The syllabus tree with, per topic, articles, read, with notes, cards reviewed and last touched. */
  tree(): SyllabusTree {
    const { value, own } = this.compile();
    const syllabus = value.syllabus;
    const { byTopic, placed } = coverage(this.deps.db, syllabus, this.recentSince());
    const total = this.deps.db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    return {
      id: syllabus.id,
      name: syllabus.name,
      ...(syllabus.nameHi === undefined ? {} : { nameHi: syllabus.nameHi }),
      topics: coverageTree(syllabus, byTopic, own),
      unplaced: total - placed,
      syllabi: listSyllabi(this.deps.db),
    };
  }

  /** The topics read least in the last 90 days. */
  gaps(limit = 8): SyllabusGap[] {
    const syllabus = this.current();
    const { byTopic } = coverage(this.deps.db, syllabus, this.recentSince());
    const mains = { ...syllabus, topics: syllabus.topics.filter((t) => !NOT_GAPS.has(paperOf(t.id))) };
    return coverageGaps(mains, byTopic, limit);
  }

  private recentSince(): string {
    return new Date(this.deps.now().getTime() - GAP_DAYS * 86_400_000).toISOString();
  }

  // ---- stories ----

  /**
   * The term index of every article, built the first time a related list is asked for: in batches
   * that let the event loop run between them (at 50,000 articles the build takes tens of seconds, and
   * the app's main thread must keep answering meanwhile). Articles imported during the build are added
   * once it is done.
   */
  private relatedIndex(): Promise<RelatedIndex> {
    if (this.related) return Promise.resolve(this.related);
    this.relatedBuild ??= this.buildRelatedIndex().finally(() => {
      this.relatedBuild = null;
    });
    return this.relatedBuild;
  }

  private async buildRelatedIndex(): Promise<RelatedIndex> {
    const index = new RelatedIndex();
    this.pendingRelated = [];
    for (let after = 0; ;) {
      const docs = readRelatedDocuments(this.deps.db, after, RELATED_BATCH);
      let sliceStart = performance.now();
      for (const doc of docs) {
        index.add(doc);
        if (performance.now() - sliceStart > RELATED_SLICE_MS) {
          await nextTurn();
          sliceStart = performance.now();
        }
      }
      if (docs.length < RELATED_BATCH) break;
      after = docs.at(-1)!.id;
      await nextTurn();
    }
    for (const doc of this.pendingRelated) index.add(doc);
    this.pendingRelated = null;
    this.related = index;
    return index;
  }

  /** The related articles of one article, from the worker when it can run, else from this thread's index. */
  private async findRelated(articleId: number, limit: number): Promise<RelatedArticleSummary[]> {
    const options = { limit, minScore: RELATED_MIN_SCORE };
    const file = this.deps.db.memory ? '' : this.deps.db.name;
    if (!this.related && !this.relatedWorkerFailed && (this.deps.related ?? 'worker') === 'worker' && file) {
      try {
        this.relatedWorker ??= new RelatedWorker(file);
        return await this.relatedWorker.related(articleId, options);
      } catch {
        // The library closed while the worker worked (the window is going): nothing to show, and no error.
        if (this.closed) return [];
        // The worker could not start, failed to read the library or died (out of memory): this
        // thread builds the index instead, in slices.
        this.relatedWorkerFailed = true;
        void this.relatedWorker?.close();
        this.relatedWorker = null;
      }
    }
    return relatedArticles(await this.relatedIndex(), articleId, options);
  }

  /** Where the related index lives once a related list has been asked for (tests), else null. */
  get relatedRunsIn(): 'worker' | 'thread' | null {
    return this.relatedWorker ? 'worker' : this.related ? 'thread' : null;
  }

  /** Up to `limit` articles of the same story, in date order. */
  async relatedTo(articleId: number, limit = 8): Promise<RelatedArticleSummary[]> {
    this.requireArticle(articleId);
    const found = await this.findRelated(articleId, limit);
    if (this.closed) return [];
    // An article deleted since it was indexed is left out.
    const exists = this.deps.db.prepare('SELECT 1 FROM articles WHERE id = ?');
    return found.filter((r) => exists.get(r.id) !== undefined);
  }

  /** The story of an article: it and its related articles in date order, with the student's notes on each. */
  async story(articleId: number): Promise<StoryArticle[]> {
    const related = await this.relatedTo(articleId);
    if (this.closed) return [];
    const ids = [articleId, ...related.map((r) => r.id)];
    const db = this.deps.db;
    const articles = db
      .prepare(
        `SELECT a.id, a.title, a.date, a.source, coalesce(n.note, '') AS articleNote
           FROM articles a LEFT JOIN article_notes n ON n.article_id = a.id
          WHERE a.id IN (SELECT value FROM json_each(?))
          ORDER BY a.date IS NULL, a.date, a.id`,
      )
      .all(JSON.stringify(ids)) as Array<Omit<StoryArticle, 'current' | 'notes'>>;
    const notes = db
      .prepare(
        `SELECT n.id, n.article_id AS articleId, n.quote, n.note, n.color FROM annotations n
           LEFT JOIN blocks b ON b.id = n.block_id
          WHERE n.article_id IN (SELECT value FROM json_each(?))
          ORDER BY b.position IS NULL, b.position, n.id`,
      )
      .all(JSON.stringify(ids)) as Array<{
      id: number;
      articleId: number;
      quote: string;
      note: string;
      color: string | null;
    }>;
    return articles.map((a) => ({
      ...a,
      current: a.id === articleId,
      notes: notes
        .filter((n) => n.articleId === a.id)
        .map(({ id, quote, note, color }) => ({ id, quote, note, color })),
    }));
  }

  // ---- the student's own syllabus ----

  /**
   * Loads another syllabus (a state PSC's) from a YAML file and makes it the one in use; a re-run
   * places the library on it. A bad file is refused with a sentence naming the line and the field.
   */
  loadFile(path: string): { id: string; name: string; topics: number } {
    let text: string;
    try {
      if (statSync(path).size > MAX_FILE_BYTES)
        throw new LibraryError(
          'invalid-input',
          `${basename(path)} is larger than 2 MB: not a syllabus file.`,
        );
      text = readFileSync(path, 'utf8');
    } catch (error) {
      if (error instanceof LibraryError) throw error;
      throw new LibraryError(
        'invalid-input',
        `${basename(path)} could not be read (${(error as Error).message}).`,
      );
    }
    let syllabus: Syllabus;
    try {
      syllabus = parseSyllabusFile(basename(path), text);
    } catch (error) {
      if (error instanceof SyllabusFileError) throw new LibraryError('invalid-input', error.message);
      throw error;
    }
    if (syllabus.id === 'upsc')
      throw new LibraryError(
        'invalid-input',
        `${basename(path)}: the id “upsc” is the built-in syllabus's; give this one another \`syllabus:\` id.`,
      );
    this.deps.write(() => {
      storeSyllabus(this.deps.db, syllabus, basename(path), this.deps.now().toISOString());
      setActiveSyllabus(this.deps.db, syllabus.id);
    });
    this.syllabusChanged();
    return { id: syllabus.id, name: syllabus.name, topics: syllabus.topics.length };
  }

  /** Switches to another syllabus the library holds (`upsc` or one loaded before). */
  use(id: string): void {
    if (!listSyllabi(this.deps.db).some((s) => s.id === id))
      throw new LibraryError(
        'invalid-input',
        `There is no syllabus “${id}” in the library; load its file first.`,
      );
    this.deps.write(() => setActiveSyllabus(this.deps.db, id));
    this.syllabusChanged();
  }

  /** Renames a topic of the syllabus in use. */
  rename(topic: string, name: string): void {
    this.requireTopic(topic);
    const id = this.compile().id;
    this.deps.write(() => renameTopic(this.deps.db, id, topic, name, this.deps.now().toISOString()));
    this.syllabusChanged();
  }

  /** Adds the student's own sub-topic under `parent`; returns its id. */
  addTopic(parent: string, name: string): string {
    this.requireTopic(parent);
    const { id, value } = this.compile();
    const base = `${parent}.${slug(name) || 'own'}`;
    let topicId = base;
    for (let n = 2; value.byId.has(topicId); n++) topicId = `${base}-${n}`;
    this.deps.write(() =>
      addOwnTopic(this.deps.db, id, parent, topicId, name, this.deps.now().toISOString()),
    );
    this.syllabusChanged();
    return topicId;
  }
}
