import { accessSync, constants as fsConstants, mkdirSync, readdirSync, statSync } from 'node:fs';
import { basename, isAbsolute, join } from 'node:path';
import type {
  Annotation,
  Article,
  ArticleFilter,
  ArticleListCursor,
  ArticlePage,
  ArticleSummary,
  DumpPreview,
  Feed,
  FeedRefresh,
  FeedsFromOpml,
  FeedsRefreshReport,
  FeedSubscribeResult,
  HighlightColor,
  ImportReport,
  NoteEntry,
  NoteFilter,
  TagCount,
} from '../../shared/domain';
import { localToday } from '../../shared/dates';
import * as annotations from './db/annotations';
import * as articles from './db/articles';
import * as articlePages from './db/article-pages';
import * as blocks from './db/blocks';
import { type Db, type OpenOptions } from './db/connection';
import type { BackupResult, Manifest } from './backup/archive';
import { backupIfDue, type AutoBackupResult, type BackupSettings } from './backup/automatic';
import { checkIntegrity, checkDatabaseFile, type IntegrityReport } from './backup/integrity';
import { backupDirOf, closeLibraryDatabase, openLibraryDatabase } from './backup/lifecycle';
import { storageWarning } from './backup/location';
import { DEFAULT_ROTATION, type Rotation } from './backup/rotation';
import { describeStartup, recoverDamagedDatabase, type StartupReport } from './backup/recovery';
import { clearStaleSessions } from './backup/session';
import type { ExportRequest, ExportResult } from './export';
import { compile } from './export/compilation';
import type { ExportPreview } from '../../shared/domain';
import * as settings from './db/settings';
import * as tags from './db/tags';
import { ImportError, LibraryError } from './errors';
import { Notes } from './notes/notes';
import { notesToMarkdown } from './export/markdown';
import { writeFileAtomic } from './files';
import type { ParsedArticle } from './import';
import { Feeds } from './feeds/feeds';
import { fetchFeed, type FetchFeedOptions } from './import/fetch-feed';
import {
  describeImportFailure,
  ImportRunner,
  readImportFile,
  type ImportOptions,
  type ImportSource,
} from './import/runner';
import type { DecodeLimits } from './import/decode';
import { dumpFieldsOf, previewDump } from './import/dump-preview';
import { applyRememberedFieldMaps, rememberFieldMap } from './import/field-maps';
import type { FieldMap } from './import/model';
import { storeArticle, type StoreOutcome } from './import/store';
import {
  LibrarySearch,
  type ArticleMatches,
  type IndexingMode,
  type IndexStatus,
  type SavedSearch,
  type SavedSearchOptions,
  type SearchOptions,
  type SearchOutcome,
} from './search/library-search';

export const DATABASE_FILE = 'library.sqlite';

export interface LibraryOptions extends OpenOptions {
  /** The clock, replaceable in tests. */
  now?: () => Date;
  /** Where automatic backups go and how many are kept. */
  backups?: BackupSettings;
  /**
   * How the search index catches up with changes: `inline` before the next search answers (CLI,
   * tests; the default), `background` in slices of a few milliseconds (the app's main process).
   */
  searchIndexing?: IndexingMode;
}

export type { ImportOptions, ImportSource } from './import/runner';

/** The backup settings in effect: stored ones, overridden by what the caller passed when opening. */
export interface EffectiveBackupSettings {
  dir: string;
  daily: boolean;
  rotation: Rotation;
}

/** A change to the stored backup settings; `dir: null` goes back to the default folder. */
export interface BackupSettingsChange {
  dir?: string | null;
  daily?: boolean;
  rotation?: Partial<Rotation>;
}

export interface StorageInfo {
  libraryDir: string;
  backupDir: string;
  /** A sentence when the library folder looks cloud-synced or on a network share. */
  warning: string | null;
}

const ROTATION_KEYS = ['daily', 'weekly', 'monthly'] as const;

export type {
  ArticleMatches,
  IndexStatus,
  SavedSearch,
  SavedSearchOptions,
  SearchOptions,
  SearchOutcome,
} from './search/library-search';

/**
 * The library: the one facade over the database, the importers, search, notes and export.
 * The Electron main process, the CLI and the tests all use it the same way.
 */
export class Library {
  private readonly search: LibrarySearch;
  private readonly now: () => Date;
  /** Annotations, the notebook, article notes, study settings and revision. */
  readonly notes: Notes;
  private readonly backupSettings: BackupSettings;
  /** better-sqlite3's native module, for the connections the backups open on their copies. */
  private readonly nativeBinding: string | undefined;
  private readonly feeds: Feeds;

  private constructor(
    readonly dir: string,
    private readonly db: Db,
    options: LibraryOptions,
    /** The last process that had this library open did not close it (crash, kill, power cut). */
    readonly uncleanShutdown = false,
  ) {
    this.now = options.now ?? (() => new Date());
    this.backupSettings = options.backups ?? {};
    this.nativeBinding = options.nativeBinding;
    this.search = new LibrarySearch(db, dir, {
      mode: options.searchIndexing,
      now: () => this.now(),
      nativeBinding: options.nativeBinding,
    });
    this.notes = new Notes({ db, now: () => this.now(), write: (change) => this.write(change) });
    this.notes.purgeExpired();
    this.feeds = new Feeds({
      db,
      now: () => this.now(),
      importFeed: (source) => this.importSources([source]),
    });
  }

  /** Opens the library in `dir`, creating the folder and the database on first use. */
  static open(dir: string, options: LibraryOptions = {}): Library {
    mkdirSync(dir, { recursive: true });
    const now = options.now ?? (() => new Date());
    const { db, uncleanShutdown } = openLibraryDatabase(dir, join(dir, DATABASE_FILE), { ...options, now });
    return new Library(dir, db, options, uncleanShutdown);
  }

  /**
   * Opens the library as the app does at start: after an unclean shutdown it runs `integrity_check`; a
   * damaged database is moved aside (never deleted) and the newest good backup restored; then the daily
   * backup is made when due. The report says what happened, for the app to tell the user.
   */
  static async openChecked(
    dir: string,
    options: LibraryOptions = {},
  ): Promise<{ library: Library; report: StartupReport }> {
    const now = options.now ?? (() => new Date());
    const file = join(dir, DATABASE_FILE);
    let library: Library | undefined;
    let problems: string[] = [];
    let checked = false;
    let unclean = false;
    try {
      library = Library.open(dir, options);
      unclean = library.uncleanShutdown;
      if (unclean) {
        checked = true;
        const report = library.checkIntegrity();
        problems = report.problems;
        if (!report.ok) {
          library.close();
          library = undefined;
        }
      }
    } catch (error) {
      if (!(error instanceof LibraryError && error.reason === 'damaged')) throw error;
      problems = [error.message];
      checked = true;
    }
    let recovery: ReturnType<typeof recoverDamagedDatabase> | undefined;
    if (!library) {
      recovery = recoverDamagedDatabase(
        file,
        backupDirOf(dir, options.backups),
        now(),
        options.nativeBinding,
      );
      library = Library.open(dir, options);
      clearStaleSessions(dir);
    }
    const partial: Omit<StartupReport, 'message'> = {
      action: recovery ? (recovery.restoredFrom ? 'restored' : 'recreated') : 'none',
      uncleanShutdown: unclean,
      checked,
      problems,
      damagedPath: recovery?.damagedPath,
      restoredFrom: recovery?.restoredFrom,
      backupTime: recovery?.backupTime?.toISOString(),
      storageWarning: storageWarning(dir),
    };
    try {
      partial.autoBackup = await library.backupIfDue();
    } catch (error) {
      partial.autoBackupError = (error as Error).message;
    }
    return { library, report: { ...partial, message: describeStartup(partial) } };
  }

  /**
   * Restores a full backup (`.bulletin`) into the library folder `dir`, which must not be open. Refuses a
   * library with articles or notes unless `replace` (the old one is then moved aside, not deleted); an
   * older schema is migrated, after its own pre-migration backup.
   */
  static async restore(
    file: string,
    dir: string,
    options: LibraryOptions & { replace?: boolean } = {},
  ): Promise<{ manifest: Manifest; previous?: string; schemaVersion: number }> {
    mkdirSync(dir, { recursive: true });
    const now = options.now ?? (() => new Date());
    const { placeBackup } = await import('./backup/archive');
    const placed = await placeBackup(file, join(dir, DATABASE_FILE), {
      replace: options.replace,
      now: now(),
      nativeBinding: options.nativeBinding,
    });
    const library = Library.open(dir, options);
    try {
      const schemaVersion = library.db.pragma('user_version', { simple: true }) as number;
      return { ...placed, schemaVersion };
    } finally {
      library.close();
    }
  }

  /** Runs `PRAGMA integrity_check` on a library's database file without opening the library. */
  static checkFile(dir: string, options: OpenOptions = {}): IntegrityReport {
    const report = checkDatabaseFile(join(dir, DATABASE_FILE), options);
    if (report.ok) clearStaleSessions(dir);
    return { ok: report.ok, problems: report.problems };
  }

  close(): void {
    this.search.close();
    closeLibraryDatabase(this.dir, this.db);
  }

  /** True until the bundled samples (or anything else) have been put in this library. */
  isNew(): boolean {
    return settings.getSetting(this.db, 'seeded') === undefined && articles.countArticles(this.db) === 0;
  }

  /** Imports the bundled sample articles into a library that has never held anything. */
  seedSamples(samplesDir: string): ImportReport | null {
    if (!this.isNew()) return null;
    const files = readdirSync(samplesDir)
      .filter((f) => !f.startsWith('.'))
      .sort()
      .map((f) => join(samplesDir, f));
    const report = this.importFiles(files);
    settings.setSetting(this.db, 'seeded', this.timestamp());
    return report;
  }

  // ---- import ----

  /** Imports files from disk; one bad file never stops the others. A folder is a failure line. */
  importFiles(paths: readonly string[], options: ImportOptions = {}): ImportReport {
    return this.withFieldMaps(this.importer().importPathsSync(paths, options, false), options);
  }

  /** Imports files and folders (recursively, links kept inside each folder) from disk, synchronously. */
  importTree(paths: readonly string[], options: ImportOptions = {}): ImportReport {
    return this.withFieldMaps(this.importer().importPathsSync(paths, options, true), options);
  }

  /** Imports files handed over as bytes (drag and drop). */
  importSources(sources: readonly ImportSource[], options: ImportOptions = {}): ImportReport {
    return this.withFieldMaps(this.importer().importSourcesSync(sources, options), options, sources);
  }

  /**
   * Imports files and folders in batches that yield to the event loop, reporting progress after each
   * file; `options.signal` cancels between files. For the app's main process.
   */
  async importPaths(paths: readonly string[], options: ImportOptions = {}): Promise<ImportReport> {
    return this.withFieldMaps(await this.importer().importPaths(paths, options), options);
  }

  /**
   * Dumps whose fields were not recognised but whose field set the user mapped before: imported again
   * with that mapping (unless the caller gave a mapping of its own).
   */
  private withFieldMaps(
    report: ImportReport,
    options: ImportOptions,
    sources?: readonly ImportSource[],
  ): ImportReport {
    if (options.map) return report;
    return applyRememberedFieldMaps(this.db, report, (path, map) => {
      const source = sources?.find((s) => s.path === path);
      return source
        ? this.importer().importSourcesSync([source], { limits: options.limits, map })
        : this.importer().importPathsSync([path], { limits: options.limits, map }, false);
    });
  }

  /**
   * A data dump's fields and its first records as they would import with `map` (by default the
   * recognised fields and guesses): the mapping dialog's live preview.
   */
  previewDump(path: string, map?: FieldMap, limits?: DecodeLimits): DumpPreview {
    try {
      return previewDump(basename(path), readImportFile(path, limits), map, limits);
    } catch (error) {
      if (error instanceof ImportError) throw new LibraryError('invalid-input', error.message);
      throw error;
    }
  }

  /**
   * Imports one data dump with the user's field mapping and, when that brought articles in, remembers
   * the mapping for dumps with the same field names.
   */
  importDumpWithMap(path: string, map: FieldMap, options: { remember?: boolean } = {}): ImportReport {
    const report = this.importer().importPathsSync([path], { map }, false);
    const worked = report.imported.length + (report.updated?.length ?? 0) + report.duplicates.length > 0;
    if (worked && options.remember !== false) {
      try {
        rememberFieldMap(this.db, dumpFieldsOf(basename(path), readImportFile(path)), map);
      } catch {
        // The file went away after its import: nothing to remember it by.
      }
    }
    return report;
  }

  /**
   * Fetches a subscribed feed (RSS or Atom URL) now and imports its items; being offline or a bad
   * answer is one failure line in the report, never an exception.
   */
  async importFeedUrl(url: string, options: ImportOptions & FetchFeedOptions = {}): Promise<ImportReport> {
    let feed;
    try {
      feed = await fetchFeed(url, options);
    } catch (error) {
      return {
        imported: [],
        duplicates: [],
        failed: [{ path: url, error: describeImportFailure(url, error) }],
      };
    }
    return this.importSources([{ path: url, name: feed.name, bytes: feed.bytes }], options);
  }

  // ---- feeds ----

  /** The feeds subscribed to, by title, with how each one's last fetch went. */
  listFeeds(): Feed[] {
    return this.feeds.list();
  }

  /**
   * Subscribes to an RSS or Atom address and fetches it once (its items become articles). Offline the
   * subscription is kept for a later refresh; an address that is not a feed is refused.
   */
  subscribeFeed(url: string, options: FetchFeedOptions = {}): Promise<FeedSubscribeResult> {
    return this.feeds.subscribe(url, options);
  }

  /** Subscribes to every feed an OPML file lists, without fetching them yet. */
  addFeedsFromOpml(path: string): FeedsFromOpml {
    return this.feeds.addFromOpmlFile(path);
  }

  /** Stops following a feed; its articles stay in the library. */
  unsubscribeFeed(id: number): Feed {
    return this.feeds.unsubscribe(id);
  }

  /** Fetches one feed now; failing or being offline is a result with a sentence, never an exception. */
  refreshFeed(id: number, options: FetchFeedOptions = {}): Promise<FeedRefresh> {
    return this.feeds.refresh(id, options);
  }

  /** Fetches every feed (or those of `ids`); one failing or unreachable feed never stops the others. */
  refreshFeeds(options: FetchFeedOptions = {}, ids?: readonly number[]): Promise<FeedsRefreshReport> {
    return this.feeds.refreshAll(options, ids);
  }

  private importer(): ImportRunner {
    return new ImportRunner({
      db: this.db,
      store: (article, originName, claimed) => this.storeArticle(article, originName, claimed),
      touch: () => this.touch(),
    });
  }

  /** Stores one parsed article: new, an update in place of an earlier version, or a duplicate. */
  private storeArticle(article: ParsedArticle, originName: string, claimed: Set<number>): StoreOutcome {
    return storeArticle(this.db, article, originName, this.timestamp(), claimed);
  }

  // ---- reading ----

  /** Every article matching the filter, newest first (the CLI's `list`); the app asks for pages. */
  listArticles(filter: ArticleFilter = {}): ArticleSummary[] {
    return articles.listArticleSummaries(this.db, filter);
  }

  /** A page of the list (at most `limit` articles, after `cursor`), with the filtered list's counts. */
  listArticlePage(
    filter: ArticleFilter = {},
    { limit = 300, cursor = null }: { limit?: number; cursor?: ArticleListCursor | null } = {},
  ): ArticlePage {
    return articlePages.listArticlePage(this.db, filter, limit, cursor);
  }

  /** The ids of every article matching the filter, in list order, and the unread ones (select-all). */
  listArticleIds(filter: ArticleFilter = {}): { ids: number[]; unread: number[] } {
    return articlePages.listArticleIds(this.db, filter);
  }

  listTags(): TagCount[] {
    return tags.countTags(this.db);
  }

  getArticle(id: number): Article {
    const row = articles.getArticleRow(this.db, id);
    if (!row) throw new LibraryError('not-found', `There is no article with id ${id}.`);
    const summary = articles.listArticleSummaries(this.db, {}, [id])[0]!;
    const layer = this.notes.getArticleNote(id);
    return {
      ...summary,
      dateText: row.dateText,
      url: row.url,
      blocks: blocks.listBlocks(this.db, id),
      annotations: annotations.listArticleAnnotations(this.db, id),
      articleNote: layer.note,
      starred: layer.starred,
    };
  }

  setRead(id: number, read: boolean): void {
    if (!articles.setArticleRead(this.db, id, read ? this.timestamp() : null)) {
      throw new LibraryError('not-found', `There is no article with id ${id}.`);
    }
  }

  /** Marks articles read or unread, in one transaction; returns how many changed (missing ids are skipped). */
  setReadMany(ids: readonly number[], read: boolean): number {
    return articles.setArticlesRead(this.db, ids, read ? this.timestamp() : null);
  }

  // ---- user tags ----

  addUserTag(id: number, tag: string): string[] {
    this.requireArticle(id);
    this.write(() => tags.addArticleTag(this.db, id, tag.trim(), 'user'));
    return tags.listArticleTags(this.db, id, 'user');
  }

  removeUserTag(id: number, tag: string): string[] {
    this.requireArticle(id);
    this.write(() => tags.removeArticleTag(this.db, id, tag.trim(), 'user'));
    return tags.listArticleTags(this.db, id, 'user');
  }

  // ---- search ----

  /**
   * Full-text search in lunr's query syntax (`+must -not title:word word* word~1 word^2`), plus
   * "phrases" and `tag:`, `from:`, `to:`, `date:` filters; best first, or newest first with
   * `sort: 'newest'`. Malformed queries come back as `{ok: false, message}`, never as a throw.
   */
  searchArticles(query: string, options: SearchOptions = {}): SearchOutcome {
    return this.search.search(query, options);
  }

  /** Where a query matches inside one article (title and blocks), for the reader's highlights. */
  searchMatches(articleId: number, query: string): ArticleMatches {
    return this.search.matchesInArticle(articleId, query);
  }

  /** Whether the search index is ready, rebuilding or catching up, with progress. */
  searchStatus(): IndexStatus {
    return this.search.status();
  }

  /** Calls `listener` as the search index builds or catches up; returns the unsubscribe function. */
  onSearchProgress(listener: (status: IndexStatus) => void): () => void {
    return this.search.onProgress(listener);
  }

  /** Resolves when the search index has caught up with every change. */
  searchIdle(): Promise<void> {
    return this.search.whenIdle();
  }

  /** Throws the search index away and rebuilds it from the database (newest months first). */
  rebuildSearchIndex(): void {
    this.search.rebuild();
  }

  listSavedSearches(): SavedSearch[] {
    return this.search.listSaved();
  }

  /** Saves (or, under an existing name, replaces) a search with its filter controls. */
  saveSearch(input: { name: string; query: string; options?: SavedSearchOptions }): SavedSearch {
    return this.search.save(input);
  }

  deleteSavedSearch(id: number): void {
    this.search.deleteSaved(id);
  }

  /** Runs a saved search by id or name. */
  runSavedSearch(
    idOrName: number | string,
    options: Pick<SearchOptions, 'limit' | 'offset' | 'sort'> = {},
  ): SearchOutcome {
    return this.search.runSaved(idOrName, options);
  }

  // ---- annotations ----

  /** Creates or updates the note and colour of a block; unspecified fields keep their value. */
  saveAnnotation(blockId: number, change: { note?: string; color?: HighlightColor | null }): Annotation {
    return this.notes.saveBlockNote(blockId, change);
  }

  /** Moves a note to "recently deleted" (restorable for 30 days with `notes.restoreNote`). */
  deleteAnnotation(id: number): void {
    this.notes.deleteNote(id);
  }

  listNotes(filter: NoteFilter = {}): NoteEntry[] {
    return this.notes.listNotes(filter);
  }

  // ---- export ----

  /** The notes in scope as a Markdown document. */
  notesMarkdown(filter: NoteFilter = {}): { markdown: string; count: number } {
    const entries = this.listNotes(filter);
    return { markdown: notesToMarkdown(entries, localToday(this.now())), count: entries.length };
  }

  /** Writes the notes in scope to a Markdown file, atomically. */
  exportNotesMarkdown(path: string, filter: NoteFilter = {}): { path: string; count: number } {
    const { markdown, count } = this.notesMarkdown(filter);
    try {
      writeFileAtomic(path, markdown);
    } catch (error) {
      throw new LibraryError('io', `Could not write ${path}: ${(error as Error).message}`);
    }
    return { path, count };
  }

  /** Exports the scope in one of the formats (Markdown, PDF, DOCX, Anki, CSV), written atomically. */
  /** What an export would hold, for a live preview: counts, and the first articles with their notes. */
  previewExport(request: Omit<ExportRequest, 'out' | 'format'>, maxArticles = 20): ExportPreview {
    const c = compile(this.db, request, {
      content: request.content,
      grouping: request.grouping,
      title: request.title,
      exportedOn: localToday(this.now()),
    });
    return {
      title: c.title,
      description: c.description,
      articleCount: c.articles.length,
      noteCount: c.noteCount,
      articles: c.articles.slice(0, maxArticles).map((a) => ({
        id: a.id,
        title: a.title,
        date: a.date,
        tags: a.tags,
        items: a.items.slice(0, 40).map((item) => ({
          kind: item.block?.kind ?? 'quote',
          level: item.block?.level ?? 0,
          text: item.text,
          color: item.color,
          notes: item.annotations.map((n) => ({ color: n.color, note: n.note })),
        })),
      })),
    };
  }

  async exportTo(request: ExportRequest): Promise<ExportResult> {
    const { runExport } = await import('./export');
    return runExport(this.db, request, localToday(this.now()));
  }

  // ---- backups ----

  /** Writes a full backup (`.bulletin`) to `file`, atomically, and verifies it. */
  async backupTo(file: string): Promise<BackupResult> {
    const { createBackup } = await import('./backup/archive');
    return createBackup(this.db, file, this.now(), this.nativeBinding);
  }

  /** Makes the daily automatic backup unless one was made today, and applies the rotation. */
  async backupIfDue(): Promise<AutoBackupResult> {
    const effective = this.effectiveBackupSettings();
    return backupIfDue(this.db, backupDirOf(this.dir, effective), effective, this.now(), {
      nativeBinding: this.nativeBinding,
    });
  }

  /** The backup folder, whether the daily backup is on, and the rotation, as they take effect. */
  getBackupSettings(): EffectiveBackupSettings {
    const effective = this.effectiveBackupSettings();
    return {
      dir: backupDirOf(this.dir, effective),
      daily: effective.daily !== false,
      rotation: { ...DEFAULT_ROTATION, ...effective.rotation },
    };
  }

  /** Validates and stores backup settings in the library; settings passed when opening still win. */
  updateBackupSettings(change: BackupSettingsChange): EffectiveBackupSettings {
    let rotation: Rotation | undefined;
    if (change.rotation !== undefined) {
      rotation = { ...DEFAULT_ROTATION, ...this.storedBackupSettings().rotation };
      for (const key of ROTATION_KEYS) {
        const value = change.rotation[key];
        if (value === undefined) continue;
        if (!Number.isInteger(value) || value < 0 || value > 100)
          throw new LibraryError(
            'invalid-input',
            `The number of ${key} backups to keep must be a whole number from 0 to 100 (got ${value}).`,
          );
        rotation[key] = value;
      }
    }
    if (typeof change.dir === 'string') checkBackupFolder(change.dir);
    if (change.daily !== undefined && typeof change.daily !== 'boolean')
      throw new LibraryError('invalid-input', 'The daily backup setting must be on or off.');
    this.db.transaction(() => {
      if (change.dir === null) settings.deleteSetting(this.db, 'backup.dir');
      else if (change.dir !== undefined) settings.setSetting(this.db, 'backup.dir', change.dir);
      if (change.daily !== undefined)
        settings.setSetting(this.db, 'backup.daily', JSON.stringify(change.daily));
      if (rotation) settings.setSetting(this.db, 'backup.rotation', JSON.stringify(rotation));
    })();
    return this.getBackupSettings();
  }

  /** Where the library and its backups are, with a warning when the library folder looks unsafe. */
  storageInfo(): StorageInfo {
    return {
      libraryDir: this.dir,
      backupDir: this.getBackupSettings().dir,
      warning: storageWarning(this.dir)?.message ?? null,
    };
  }

  private storedBackupSettings(): BackupSettings {
    const stored: BackupSettings = {};
    const dir = settings.getSetting(this.db, 'backup.dir');
    if (dir) stored.dir = dir;
    const daily = parseJson(settings.getSetting(this.db, 'backup.daily'));
    if (typeof daily === 'boolean') stored.daily = daily;
    const rotation = parseJson(settings.getSetting(this.db, 'backup.rotation'));
    if (rotation && typeof rotation === 'object') {
      const clean: Partial<Rotation> = {};
      for (const key of ROTATION_KEYS) {
        const value = (rotation as Record<string, unknown>)[key];
        if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100)
          clean[key] = value;
      }
      stored.rotation = clean;
    }
    return stored;
  }

  /** Stored settings with the caller's explicit `options.backups` on top. */
  private effectiveBackupSettings(): BackupSettings {
    const stored = this.storedBackupSettings();
    const explicit = this.backupSettings;
    return {
      dir: explicit.dir ?? stored.dir,
      daily: explicit.daily ?? stored.daily,
      rotation: { ...stored.rotation, ...definedOnly(explicit.rotation ?? {}) },
    };
  }

  /** `PRAGMA integrity_check` and `foreign_key_check`; a clean result also clears earlier crash markers. */
  checkIntegrity(): IntegrityReport {
    const report = checkIntegrity(this.db, 'full');
    if (report.ok) clearStaleSessions(this.dir);
    return report;
  }

  // ---- internals ----

  private requireArticle(id: number): void {
    if (!articles.getArticleRow(this.db, id))
      throw new LibraryError('not-found', `There is no article with id ${id}.`);
  }

  /** Runs a change in a transaction and moves the content generation on, so search sees it. */
  private write<T>(change: () => T): T {
    return this.db
      .transaction(() => {
        const result = change();
        this.touch();
        return result;
      })
      .immediate();
  }

  private touch(): void {
    settings.setSetting(this.db, 'generation', String(Number(this.generation()) + 1));
    this.search.changed();
  }

  private generation(): string {
    return settings.getSetting(this.db, 'generation') ?? '0';
  }

  private timestamp(): string {
    return this.now().toISOString();
  }
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** A backup folder must be an absolute path to an existing folder this process can write. */
function checkBackupFolder(dir: string): void {
  if (!isAbsolute(dir))
    throw new LibraryError('invalid-input', `The backup folder must be a full path, not “${dir}”.`);
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    throw new LibraryError('invalid-input', `The backup folder ${dir} does not exist.`);
  }
  if (!isDir) throw new LibraryError('invalid-input', `The backup folder ${dir} is not a folder.`);
  try {
    accessSync(dir, fsConstants.W_OK);
  } catch {
    throw new LibraryError(
      'invalid-input',
      `The backup folder ${dir} cannot be written; choose another folder.`,
    );
  }
}
