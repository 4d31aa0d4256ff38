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
import { localToday } from '../../shared/dates';
import * as annotations from './db/annotations';
import * as articles from './db/articles';
import * as articlePages from './db/article-pages';
import * as blocks from './db/blocks';
import { type Db } from './db/connection';
import * as settings from './db/settings';
import * as tags from './db/tags';
import type { BackupResult, Manifest } from './backup/archive';
import { backupIfDue, type AutoBackupResult } from './backup/automatic';
import {
  LibraryBackupSettings,
  type BackupSettingsChange,
  type EffectiveBackupSettings,
  type StorageInfo,
} from './backup/backup-settings';
import { checkLibraryIntegrity, type IntegrityReport } from './backup/integrity';
import { backupDirOf, closeLibraryDatabase, openLibraryDatabase } from './backup/lifecycle';
import type { StartupReport } from './backup/recovery';
import { clearStaleSessions } from './backup/session';
import type { ExportRequest, ExportResult } from './export';
import * as exports from './export/library-export';
import { LibraryError } from './errors';
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
  placeLibraryBackup,
  type LibraryOptions,
} from './library-open';
import { Notes } from './notes/notes';
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
 * The library: the one facade over the database, the importers, search, notes and export.
 * The Electron main process, the CLI and the tests all use it the same way.
 */
export class Library {
  private readonly search: LibrarySearch;
  private readonly now: () => Date;
  private readonly onChange?: () => void;
  /** Annotations, the notebook, article notes, study settings and revision. */
  readonly notes: Notes;
  private readonly imports: LibraryImport;
  private readonly feeds: Feeds;
  private readonly backupSettings: LibraryBackupSettings;
  private constructor(
    readonly dir: string,
    private readonly db: Db,
    options: LibraryOptions,
    /** The last process that had this library open did not close it (crash, kill, power cut). */
    readonly uncleanShutdown = false,
  ) {
    this.now = options.now ?? (() => new Date());
    this.onChange = options.onChange;
    this.backupSettings = new LibraryBackupSettings(db, dir, options.backups ?? {});
    this.search = new LibrarySearch(db, dir, {
      mode: options.searchIndexing,
      now: () => this.now(),
    });
    this.notes = new Notes({ db, now: () => this.now(), write: (change) => this.write(change) });
    this.notes.purgeExpired();
    this.imports = new LibraryImport({ db, now: () => this.now(), touch: () => this.touch() });
    this.feeds = new Feeds({ db, now: () => this.now(), importFeed: (s) => this.importSources([s]) });
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

  // ---- import (import/library-import.ts) ----

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
  importPaths(paths: readonly string[], options: ImportOptions = {}): Promise<ImportReport> {
    return this.imports.importPaths(paths, options);
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

  // ---- feeds (feeds/feeds.ts) ----

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

  // ---- search (search/library-search.ts) ----

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

  // ---- annotations (the rest is in `notes`) ----

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

  // ---- export (export/library-export.ts) ----

  /** The notes in scope as a Markdown document. */
  notesMarkdown(filter: NoteFilter = {}): { markdown: string; count: number } {
    return exports.notesMarkdown(this.listNotes(filter), localToday(this.now()));
  }

  /** Writes the notes in scope to a Markdown file, atomically. */
  exportNotesMarkdown(path: string, filter: NoteFilter = {}): { path: string; count: number } {
    return exports.writeNotesMarkdown(path, this.notesMarkdown(filter));
  }

  /** What an export would hold, for a live preview: counts, and the first articles with their notes. */
  previewExport(request: Omit<ExportRequest, 'out' | 'format'>, maxArticles = 20): ExportPreview {
    return exports.previewExport(this.db, request, localToday(this.now()), maxArticles);
  }

  /** Exports the scope in one of the formats (Markdown, PDF, DOCX, Anki, CSV), written atomically. */
  exportTo(request: ExportRequest): Promise<ExportResult> {
    return exports.exportTo(this.db, request, localToday(this.now()));
  }

  // ---- backups (backup/) ----

  /** Writes a full backup (`.bulletin`) to `file`, atomically, and verifies it. */
  async backupTo(file: string): Promise<BackupResult> {
    const { createBackup } = await import('./backup/archive');
    return createBackup(this.db, file, this.now());
  }

  /** Makes the daily automatic backup unless one was made today, and applies the rotation. */
  async backupIfDue(): Promise<AutoBackupResult> {
    const effective = this.backupSettings.effective();
    return backupIfDue(this.db, backupDirOf(this.dir, effective), effective, this.now());
  }

  /** The backup folder, whether the daily backup is on, and the rotation, as they take effect. */
  getBackupSettings(): EffectiveBackupSettings {
    return this.backupSettings.get();
  }

  /** Validates and stores backup settings in the library; settings passed when opening still win. */
  updateBackupSettings(change: BackupSettingsChange): EffectiveBackupSettings {
    return this.backupSettings.update(change);
  }

  /** Where the library and its backups are, with a warning when the library folder looks unsafe. */
  storageInfo(): StorageInfo {
    return this.backupSettings.storageInfo();
  }

  /** `PRAGMA integrity_check` and `foreign_key_check`; a clean result also clears earlier crash markers. */
  checkIntegrity(): IntegrityReport {
    const report = checkLibraryIntegrity(this.db);
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
    this.onChange?.();
  }

  private generation(): string {
    return settings.getSetting(this.db, 'generation') ?? '0';
  }

  private timestamp(): string {
    return this.now().toISOString();
  }
}
