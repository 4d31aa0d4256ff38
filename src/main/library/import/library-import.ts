/**
 * The import side of the library facade: files, folders, dropped bytes, data dumps with the user's
 * field maps (remembered per field set) and their live preview, and a feed's address fetched now.
 * `Library.importFiles` and its siblings call these.
 */
import { basename } from 'node:path';
import type { DumpPreview, ImportReport } from '../../../shared/domain';
import type { Db } from '../db/connection';
import { ImportError, LibraryError } from '../errors';
import type { DecodeLimits } from './decode';
import { dumpFieldsOf, previewDump } from './dump-preview';
import { FeedFetchError, fetchFeed, type FetchFeedOptions } from './fetch-feed';
import { applyRememberedFieldMaps, rememberFieldMap } from './field-maps';
import type { FieldMap, ParsedArticle } from './model';
import type { ImportPlacement } from './placement';
import {
  describeImportFailure,
  ImportRunner,
  readImportFile,
  type ImportOptions,
  type ImportSource,
} from './runner';
import { storeArticle, type StoreOutcome } from './store';

/** What importing needs from the library: the database, the clock, and a way to tell search of a change. */
export interface LibraryImportDeps {
  db: Db;
  now: () => Date;
  touch: () => void;
  /**
   * Called for each article stored new or updated, inside the import's transaction (the syllabus places
   * it), with the parsed article when it is new (its stored title and text are the parsed ones; it may
   * carry the parse worker's placement or analysis).
   */
  stored?: (articleId: number, article?: ParsedArticle) => void;
  /** The syllabus and model the parse workers place new articles with (see import/placement.ts). */
  placement?: () => ImportPlacement | undefined;
}

export class LibraryImport {
  constructor(private readonly deps: LibraryImportDeps) {}

  /** Imports files from disk; one bad file never stops the others. A folder is a failure line. */
  importFiles(paths: readonly string[], options: ImportOptions = {}): ImportReport {
    return this.withFieldMaps(this.runner().importPathsSync(paths, options, false), options);
  }

  /** Imports files and folders (recursively, links kept inside each folder) from disk, synchronously. */
  importTree(paths: readonly string[], options: ImportOptions = {}): ImportReport {
    return this.withFieldMaps(this.runner().importPathsSync(paths, options, true), options);
  }

  /** Imports files handed over as bytes (drag and drop). */
  importSources(sources: readonly ImportSource[], options: ImportOptions = {}): ImportReport {
    return this.withFieldMaps(this.runner().importSourcesSync(sources, options), options, sources);
  }

  /** Imports files handed over as bytes, parsed in the worker thread: the app's drag and drop. */
  async importSourcesInWorker(
    sources: readonly ImportSource[],
    options: ImportOptions = {},
  ): Promise<ImportReport> {
    return this.withFieldMaps(await this.runner().importSources(sources, options), options, sources);
  }

  /**
   * Imports files and folders in batches that yield to the event loop, reporting progress after each
   * file; `options.signal` cancels between files. For the app's main process.
   */
  async importPaths(paths: readonly string[], options: ImportOptions = {}): Promise<ImportReport> {
    return this.withFieldMaps(await this.runner().importPaths(paths, options), options);
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
    const report = this.runner().importPathsSync([path], { map }, false);
    const worked = report.imported.length + (report.updated?.length ?? 0) + report.duplicates.length > 0;
    if (worked && options.remember !== false) {
      try {
        rememberFieldMap(this.deps.db, dumpFieldsOf(basename(path), readImportFile(path)), map);
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
    return (await this.fetchFeedUrl(url, options)).report;
  }

  /** The same, and whether the network could not be reached (`FeedFetchError.unreachable`): offline. */
  async fetchFeedUrl(
    url: string,
    options: ImportOptions & FetchFeedOptions = {},
  ): Promise<{ report: ImportReport; offline: boolean }> {
    let feed;
    try {
      feed = await fetchFeed(url, options);
    } catch (error) {
      return {
        report: {
          imported: [],
          duplicates: [],
          failed: [{ path: url, error: describeImportFailure(url, error) }],
        },
        offline: error instanceof FeedFetchError && error.unreachable,
      };
    }
    return {
      report: this.importSources([{ path: url, name: feed.name, bytes: feed.bytes }], options),
      offline: false,
    };
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
    return applyRememberedFieldMaps(this.deps.db, report, (path, map) => {
      const source = sources?.find((s) => s.path === path);
      return source
        ? this.runner().importSourcesSync([source], { limits: options.limits, map })
        : this.runner().importPathsSync([path], { limits: options.limits, map }, false);
    });
  }

  private runner(): ImportRunner {
    return new ImportRunner({
      db: this.deps.db,
      store: (article, originName, claimed) => this.storeArticle(article, originName, claimed),
      touch: () => this.deps.touch(),
      placement: this.deps.placement,
    });
  }

  /** Stores one parsed article: new, an update in place of an earlier version, or a duplicate. */
  private storeArticle(article: ParsedArticle, originName: string, claimed: Set<number>): StoreOutcome {
    const outcome = storeArticle(this.deps.db, article, originName, this.deps.now().toISOString(), claimed);
    // A new article's stored title and text are the parsed ones (an update may keep the user's title).
    if (outcome.kind !== 'duplicate')
      this.deps.stored?.(outcome.id, outcome.kind === 'imported' ? article : undefined);
    return outcome;
  }
}
