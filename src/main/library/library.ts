import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type {
  Annotation,
  Article,
  ArticleFilter,
  ArticleListCursor,
  ArticlePage,
  ArticleSummary,
  DumpPreview,
  ExportPreview,
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
import { ReadingPositions } from './articles/reading-positions';
import { Articles } from './articles/articles';
import { LibraryManagement } from './articles/manage';
import { type Db } from './db/connection';
import * as settings from './db/settings';
import type { BackupResult, Manifest } from './backup/archive';
import type { AutoBackupResult } from './backup/automatic';
import { Backups } from './backup/backups';
import type { BackupSettingsChange, EffectiveBackupSettings, StorageInfo } from './backup/backup-settings';
import type { IntegrityReport } from './backup/integrity';
import { closeLibraryDatabase, openLibraryDatabase } from './backup/lifecycle';
import type { StartupReport } from './backup/recovery';
import type { ExportRequest, ExportResult } from './export';
import { Exports } from './export/exports';
import { Feeds } from './feeds/feeds';
import type { DecodeLimits } from './import/decode';
import type { FetchFeedOptions } from './import/fetch-feed';
import { LibraryImport } from './import/library-import';
import type { FieldMap } from './import/model';
import type { ImportOptions, ImportSource } from './import/runner';
import {
  checkLibraryFile,
  DATABASE_FILE,
  openChecked,
  openCheckedThenBackUp,
  placeLibraryBackup,
  type LibraryOptions,
} from './library-open';
import { Notes } from './notes/notes';
import { PreferencesStore } from './preferences/preferences';
import { LibrarySyllabus } from './syllabus/library-syllabus';
import {
  LibrarySearch,
  type ArticleMatches,
  type IndexStatus,
  type SavedSearch,
  type SavedSearchOptions,
  type SearchOptions,
  type SearchOutcome,
} from './search/library-search';

export { DATABASE_FILE, type LibraryOptions } from './library-open';
export type { ImportOptions, ImportSource } from './import/runner';
export type {
  ArticleMatches,
  IndexStatus,
  SavedSearch,
  SavedSearchOptions,
  SearchOptions,
  SearchOutcome,
} from './search/library-search';

/**
 * The library: one object per open library, holding one service per domain (`articles`, `search`,
 * `notes`, `imports`, `feeds`, `exports`, `backups`). The IPC handlers and the CLI use the services;
 * the methods after "shorthands" below delegate to them for the tests and benches written before.
 */
export class Library {
  private readonly now: () => Date;
  /** Lists, one article, read state and the user's own tags. */
  readonly articles: Articles;
  /** Deleting to the trash and back, edits, tags on a selection, tag groups, samples, undoing an import. */
  readonly manage: LibraryManagement;
  private searchService: LibrarySearch | null = null;
  /** Annotations, the notebook, article notes, study settings and revision. */
  readonly notes: Notes;
  /** Files, folders, pasted text, data dumps and feed addresses into articles. */
  readonly imports: LibraryImport;
  /** Feed subscriptions and their refreshes. */
  readonly feeds: Feeds;
  /** Markdown notes, previews and the export formats. */
  readonly exports: Exports;
  /** Full and automatic backups, their settings, the integrity check. */
  readonly backups: Backups;
  /** How the window looks and speaks: theme, language, dates, reading comfort, zoom, the tour. */
  readonly preferences: PreferencesStore;
  /** Where the user left each article, and the article they were reading last. */
  readonly positions: ReadingPositions;
  /** Every article on the syllabus, the student's corrections, coverage, gaps, related articles and stories. */
  readonly syllabus: LibrarySyllabus;
  private readonly openSearch: () => LibrarySearch;
  /** Called after every change to the library's content (the app tells its window). */
  private readonly onChange?: () => void;
  private constructor(
    readonly dir: string,
    private readonly db: Db,
    options: LibraryOptions,
    /** The last process that had this library open did not close it (crash, kill, power cut). */
    readonly uncleanShutdown = false,
  ) {
    this.now = options.now ?? (() => new Date());
    const now = () => this.now();
    this.onChange = options.onChange;
    const write = <T>(change: () => T): T => this.write(change);
    this.backups = new Backups(db, dir, now, options.backups ?? {});
    this.openSearch = () => new LibrarySearch(db, dir, { mode: options.searchIndexing, now });
    if (!options.lazySearch) this.searchService = this.openSearch();
    this.notes = new Notes({ db, now, write });
    this.notes.purgeExpired();
    this.articles = new Articles({ db, now, notes: this.notes, write });
    this.manage = new LibraryManagement({ db, now, write, articles: this.articles });
    this.manage.purgeExpired();
    this.syllabus = new LibrarySyllabus({ db, now, write });
    // The learned model trains in the background from now on, not inside the session's first import.
    this.syllabus.startTraining();
    this.imports = new LibraryImport({
      db,
      now,
      touch: () => this.touch(),
      stored: (id, article) => this.syllabus.placeStored(id, article),
      placement: () => this.syllabus.importPlacement(),
    });
    this.feeds = new Feeds({ db, now, importFeed: (s) => this.imports.importSources([s]) });
    this.exports = new Exports({ db, now, notes: this.notes });
    this.preferences = new PreferencesStore(db);
    this.positions = new ReadingPositions(db, now);
  }

  /** Full-text search, the index's state, saved searches. */
  get search(): LibrarySearch {
    return (this.searchService ??= this.openSearch());
  }

  // ---- opening and closing (library-open.ts) ----

  /** Opens the library in `dir`, creating the folder and the database on first use. */
  static open(dir: string, options: LibraryOptions = {}): Library {
    mkdirSync(dir, { recursive: true });
    const now = options.now ?? (() => new Date());
    const { db, uncleanShutdown } = openLibraryDatabase(dir, join(dir, DATABASE_FILE), { ...options, now });
    return new Library(dir, db, options, uncleanShutdown);
  }

  /** Opens the library as the app does at start: checked after a crash, recovered if damaged, backed up. */
  static openChecked(
    dir: string,
    options: LibraryOptions = {},
  ): Promise<{ library: Library; report: StartupReport }> {
    return openChecked(dir, options, Library.open);
  }

  /**
   * The same, without waiting for the daily backup: `backUpIfDue()` makes it later (the app, once its
   * window is up) and resolves with the completed report.
   */
  static openCheckedThenBackUp(
    dir: string,
    options: LibraryOptions = {},
  ): { library: Library; report: StartupReport; backUpIfDue: () => Promise<StartupReport> } {
    return openCheckedThenBackUp(dir, options, Library.open);
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
    const placed = await placeLibraryBackup(file, dir, options);
    const library = Library.open(dir, options);
    try {
      return { ...placed, schemaVersion: library.db.pragma('user_version', { simple: true }) as number };
    } finally {
      library.close();
    }
  }

  /** Runs `PRAGMA integrity_check` on a library's database file without opening the library. */
  static checkFile(dir: string): IntegrityReport {
    return checkLibraryFile(dir);
  }

  close(): void {
    this.syllabus.close();
    this.searchService?.close();
    closeLibraryDatabase(this.dir, this.db);
  }

  /** True until the bundled samples (or anything else) have been put in this library. */
  isNew(): boolean {
    return settings.getSetting(this.db, 'seeded') === undefined && this.articles.isEmpty();
  }

  /** Imports the bundled sample articles into a library that has never held anything. */
  seedSamples(samplesDir: string): ImportReport | null {
    if (!this.isNew()) return null;
    const files = readdirSync(samplesDir)
      .filter((f) => !f.startsWith('.'))
      .sort()
      .map((f) => join(samplesDir, f));
    const report = this.imports.importFiles(files);
    this.manage.markSamples(report.imported.map((a) => a.id));
    settings.setSetting(this.db, 'seeded', this.now().toISOString());
    return report;
  }

  // ---- shorthands for the services, kept for the tests and benches ----

  /** Imports files from disk; one bad file never stops the others. A folder is a failure line. */
  importFiles(paths: readonly string[], options: ImportOptions = {}): ImportReport {
    return this.imports.importFiles(paths, options);
  }

  /** Imports files and folders (recursively, links kept inside each folder) from disk, synchronously. */
  importTree(paths: readonly string[], options: ImportOptions = {}): ImportReport {
    return this.imports.importTree(paths, options);
  }

  /** Imports files handed over as bytes (drag and drop). */
  importSources(sources: readonly ImportSource[], options: ImportOptions = {}): ImportReport {
    return this.imports.importSources(sources, options);
  }

  /** Imports files and folders in batches that yield to the event loop, with progress and cancel: the app. */
  async importPaths(paths: readonly string[], options: ImportOptions = {}): Promise<ImportReport> {
    // The index catches up with an import in jobs of hundreds of articles, not after every batch.
    const release = this.searchService?.holdCatchUp();
    try {
      return await this.imports.importPaths(paths, options);
    } finally {
      release?.();
    }
  }

  /** A data dump's fields and first records as they would import with `map`: the mapping dialog's preview. */
  previewDump(path: string, map?: FieldMap, limits?: DecodeLimits): DumpPreview {
    return this.imports.previewDump(path, map, limits);
  }

  /** Imports one data dump with the user's field mapping, remembered for dumps with the same fields. */
  importDumpWithMap(path: string, map: FieldMap, options: { remember?: boolean } = {}): ImportReport {
    return this.imports.importDumpWithMap(path, map, options);
  }

  /** Fetches a feed's address now and imports its items; failing is a line in the report, never a throw. */
  importFeedUrl(url: string, options: ImportOptions & FetchFeedOptions = {}): Promise<ImportReport> {
    return this.imports.importFeedUrl(url, options);
  }

  /** The feeds subscribed to, by title, with how each one's last fetch went. */
  listFeeds(): Feed[] {
    return this.feeds.list();
  }

  /** Subscribes to an RSS or Atom address and fetches it once; kept offline, refused if not a feed. */
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

  /** Every article matching the filter, newest first (the CLI's `list`); the app asks for pages. */
  listArticles(filter: ArticleFilter = {}): ArticleSummary[] {
    return this.articles.list(filter);
  }

  /** A page of the list (at most `limit` articles, after `cursor`), with the filtered list's counts. */
  listArticlePage(
    filter: ArticleFilter = {},
    options: { limit?: number; cursor?: ArticleListCursor | null } = {},
  ): ArticlePage {
    return this.articles.page(filter, options);
  }

  /** The ids of every article matching the filter, in list order, and the unread ones (select-all). */
  listArticleIds(filter: ArticleFilter = {}): { ids: number[]; unread: number[] } {
    return this.articles.ids(filter);
  }

  listTags(): TagCount[] {
    return this.articles.tags();
  }

  getArticle(id: number): Article {
    return this.articles.get(id);
  }

  setRead(id: number, read: boolean): void {
    this.articles.setRead(id, read);
  }

  /** Marks articles read or unread, in one transaction; returns how many changed (missing ids are skipped). */
  setReadMany(ids: readonly number[], read: boolean): number {
    return this.articles.setReadMany(ids, read);
  }

  addUserTag(id: number, tag: string): string[] {
    return this.articles.addUserTag(id, tag);
  }

  removeUserTag(id: number, tag: string): string[] {
    return this.articles.removeUserTag(id, tag);
  }

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

  /** The notes in scope as a Markdown document. */
  notesMarkdown(filter: NoteFilter = {}): { markdown: string; count: number } {
    return this.exports.notesMarkdown(filter);
  }

  /** Writes the notes in scope to a Markdown file, atomically. */
  exportNotesMarkdown(path: string, filter: NoteFilter = {}): { path: string; count: number } {
    return this.exports.writeNotesMarkdown(path, filter);
  }

  /** What an export would hold, for a live preview: counts, and the first articles with their notes. */
  previewExport(request: Omit<ExportRequest, 'out' | 'format'>, maxArticles = 20): ExportPreview {
    return this.exports.preview(request, maxArticles);
  }

  /** Exports the scope in one of the formats (Markdown, PDF, DOCX, Anki, CSV), written atomically. */
  exportTo(request: ExportRequest): Promise<ExportResult> {
    return this.exports.exportTo(request);
  }

  /** Writes a full backup (`.bulletin`) to `file`, atomically, and verifies it. */
  backupTo(file: string): Promise<BackupResult> {
    return this.backups.backupTo(file);
  }

  /** Makes the daily automatic backup unless one was made today, and applies the rotation. */
  backupIfDue(): Promise<AutoBackupResult> {
    return this.backups.backupIfDue();
  }

  /** The backup folder, whether the daily backup is on, and the rotation, as they take effect. */
  getBackupSettings(): EffectiveBackupSettings {
    return this.backups.getSettings();
  }

  /** Validates and stores backup settings in the library; settings passed when opening still win. */
  updateBackupSettings(change: BackupSettingsChange): EffectiveBackupSettings {
    return this.backups.updateSettings(change);
  }

  /** Where the library and its backups are, with a warning when the library folder looks unsafe. */
  storageInfo(): StorageInfo {
    return this.backups.storageInfo();
  }

  /** `PRAGMA integrity_check` and `foreign_key_check`; a clean result also clears earlier crash markers. */
  checkIntegrity(): IntegrityReport {
    return this.backups.checkIntegrity();
  }

  // ---- internals ----

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
    const generation = Number(settings.getSetting(this.db, 'generation') ?? '0');
    settings.setSetting(this.db, 'generation', String(generation + 1));
    // An index not opened yet catches up from the generation when it opens.
    this.searchService?.changed();
    this.onChange?.();
  }
}
