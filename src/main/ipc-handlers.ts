/**
 * The main process's side of the IPC contract, free of Electron so the same handlers serve the app
 * and the end-to-end harness: validate the input, call the library, validate the output.
 */
import { realpathSync } from 'node:fs';
import { basename, isAbsolute, relative } from 'node:path';
import type { z } from 'zod';
import {
  contract,
  describeValidationError,
  startedImportJob,
  type ChannelInput,
  type ChannelName,
  type ChannelOutput,
} from '../shared/contract';
import { Library, LibraryError } from './library';
import type { PdfPrinter } from './library/export';
import type { ExportFormat, ImportProgress, ImportReport } from '../shared/domain';

/** The dialogs the handlers need; Electron's in the app, scripted answers in tests. */
export interface Dialogs {
  chooseFilesToImport(): Promise<string[] | null>;
  /** An OPML file listing feeds to subscribe to (where absent, the import dialog's first file). */
  chooseOpmlFile?(): Promise<string | null>;
  /** A folder to import recursively (absent where no folder can be chosen). */
  chooseFolderToImport?(): Promise<string | null>;
  /** A folder to keep backups in (absent where no folder can be chosen). */
  chooseFolder?(title: string): Promise<string | null>;
  /** Shows a file selected in the system's file manager (never opens or runs it). */
  showInFolder?(path: string): void;
  /** Where to save an export or a backup; `extension` names the file type (`md`, `pdf`, `bulletin`…). */
  chooseExportPath(defaultName: string, extension?: string): Promise<string | null>;
}

export interface HandlerDeps {
  library: Library;
  dialogs: Dialogs;
  /** How to print PDF compilations; by default the system's Chromium (the app passes its own). */
  printer?: PdfPrinter;
  /** What happened while the library was opened (a restore after damage, a storage warning), if anything. */
  startupMessage?: string | null;
}

const EXTENSION: Record<ExportFormat, string> = {
  md: 'md',
  pdf: 'pdf',
  docx: 'docx',
  anki: 'txt',
  csv: 'csv',
};

type Handlers = {
  [C in ChannelName]: (
    input: z.output<(typeof contract)[C]['input']>,
  ) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
};

/** What travels back over IPC: a value, or a sentence to show. Stack traces never cross. */
export type Envelope<T = unknown> = { ok: true; value: T } | { ok: false; error: string };

export function createHandlers({ library, dialogs, printer, startupMessage = null }: HandlerDeps): Handlers {
  const jobs = new ImportJobs(library);
  const storageSettings = () => {
    const { libraryDir, backupDir, warning } = library.storageInfo();
    const { daily, rotation } = library.getBackupSettings();
    return { libraryDir, backupDir, daily, rotation, warning };
  };
  // Paths an import the user chose from disk reported: the only ones `showImportedFile` will show.
  const reported = new Set<string>();
  const remember = (report: ImportReport): ImportReport => {
    reported.clear(); // the renderer shows the last report only
    for (const item of [
      ...report.imported,
      ...(report.updated ?? []),
      ...report.duplicates,
      ...report.failed,
    ])
      if (isAbsolute(item.path)) reported.add(item.path);
    return report;
  };
  jobs.onFinished = remember;
  /** Data dumps may be previewed and re-imported with a field map only when an import reported them. */
  const reportedDump = (path: string): string => {
    if (!reported.has(path))
      throw new LibraryError('invalid-input', 'Only files named in an import report can be mapped.');
    return path;
  };
  return {
    listArticles: (filter) => library.listArticles(filter),
    listArticlePage: ({ filter, limit, cursor }) => library.listArticlePage(filter, { limit, cursor }),
    listArticleIds: ({ filter }) => library.listArticleIds(filter),
    listTags: () => library.listTags(),
    getArticle: ({ id }) => library.getArticle(id),
    setRead: ({ id, read }) => {
      library.setRead(id, read);
      return null;
    },
    setReadMany: ({ ids, read }) => ({ changed: library.setReadMany(ids, read) }),
    addUserTag: ({ id, tag }) => library.addUserTag(id, tag),
    removeUserTag: ({ id, tag }) => library.removeUserTag(id, tag),
    search: ({ query, limit, offset, sort, ...filter }) =>
      library.searchArticles(query, { ...filter, limit, offset, sort }),
    searchMatches: ({ articleId, query }) => library.searchMatches(articleId, query),
    searchStatus: () => library.searchStatus(),
    listSavedSearches: () => library.listSavedSearches(),
    saveSearch: ({ name, query, ...options }) => library.saveSearch({ name, query, options }),
    deleteSavedSearch: ({ id }) => {
      library.deleteSavedSearch(id);
      return null;
    },
    saveAnnotation: ({ blockId, note, color }) => library.saveAnnotation(blockId, { note, color }),
    deleteAnnotation: ({ id }) => {
      library.deleteAnnotation(id);
      return null;
    },
    listNotes: (filter) => library.listNotes(filter),
    saveHighlight: (highlight) => library.notes.saveHighlight(highlight),
    updateAnnotation: ({ id, ...change }) => library.notes.updateNote(id, change),
    restoreAnnotation: ({ id }) => library.notes.restoreNote(id),
    listRecentlyDeleted: (filter) => library.notes.listRecentlyDeleted(filter),
    purgeAnnotation: ({ id }) => {
      library.notes.purgeNote(id);
      return null;
    },
    listOrphanedNotes: () => library.notes.listNotes({ orphaned: true }),
    reattachAnnotation: ({ id, blockId, row }) => library.notes.reattachNote(id, blockId, row),
    queryNotebook: (query) => library.notes.queryNotebook(query),
    countNotebook: (query) => library.notes.countNotebook(query),
    notebookHeatMap: (range) => library.notes.heatMap(range),
    getArticleNote: ({ id }) => library.notes.getArticleNote(id),
    saveArticleNote: ({ id, note }) => library.notes.saveArticleNote(id, note),
    setStarred: ({ id, starred }) => library.notes.setStarred(id, starred),
    listStarred: () => library.notes.listStarred(),
    resolveNoteLinks: ({ titles }) => library.notes.resolveLinks(titles),
    getStudySettings: () => library.notes.getSettings(),
    updateStudySettings: (change) => library.notes.updateSettings(change),
    addReviewCards: (input) => library.notes.addReviewCards(input),
    reviewQueue: (options) => library.notes.reviewQueue(options),
    gradeReviewCard: ({ cardId, grade }) => library.notes.gradeCard(cardId, grade),
    removeReviewCard: ({ cardId }) => {
      library.notes.removeCard(cardId);
      return null;
    },
    reviewStats: () => library.notes.reviewStats(),
    importWithDialog: async () => {
      const paths = await dialogs.chooseFilesToImport();
      // Parsed in the import worker like a folder, so a few big pages do not freeze the window.
      return paths && paths.length > 0 ? remember(await library.importPaths(paths)) : null;
    },
    importDropped: ({ files }) =>
      library.importSources(
        files.map((f) => ({ path: basename(f.name), bytes: Buffer.from(f.dataBase64, 'base64') })),
      ),
    // A path from the page is only ever read as an import source, exactly like a file chosen in the
    // dialog: the same parsers, file-type checks and size limits; nothing is written, moved or run. The
    // page could already send any bytes with `importDropped`; what a path adds is reading a file the
    // user can read as an article (text-like files only), into the library the page already shows.
    // Relative paths are refused, so nothing resolves against the app's working directory.
    importDroppedPaths: async ({ paths }) => {
      if (!paths.every((path) => isAbsolute(path)))
        throw new LibraryError('invalid-input', 'Dropped files must be given by their full paths.');
      return remember(await library.importPaths(paths));
    },
    importFolderWithDialog: async () => {
      if (!dialogs.chooseFolderToImport)
        throw new LibraryError('invalid-input', 'Choosing a folder is not available here.');
      jobs.ensureIdle();
      const folder = await dialogs.chooseFolderToImport();
      return folder ? jobs.start(folder) : null;
    },
    importProgress: ({ jobId }) => jobs.status(jobId),
    cancelImport: ({ jobId }) => {
      jobs.cancel(jobId);
      return null;
    },
    showImportedFile: ({ path }) => {
      if (!reported.has(path))
        throw new LibraryError('invalid-input', 'Only files named in an import report can be shown.');
      if (!dialogs.showInFolder)
        throw new LibraryError('invalid-input', 'Showing files is not available here.');
      dialogs.showInFolder(path);
      return null;
    },
    previewDump: ({ path, map }) => library.previewDump(reportedDump(path), map),
    importDumpWithMap: ({ path, map }) => {
      const report = library.importDumpWithMap(reportedDump(path), map);
      // The summary keeps its other files: add this file's paths to the reported ones, keep the rest.
      for (const item of [
        ...report.imported,
        ...(report.updated ?? []),
        ...report.duplicates,
        ...report.failed,
      ])
        reported.add(item.path);
      return report;
    },
    importText: ({ text }) =>
      library.importSources([{ path: 'pasted.txt', bytes: Buffer.from(text, 'utf8') }]),
    importFeedUrl: async ({ url }) => {
      const report = await library.importFeedUrl(url);
      const offline =
        report.imported.length === 0 &&
        report.duplicates.length === 0 &&
        report.failed.some((f) => /offline/i.test(f.error));
      return { report, offline };
    },
    listFeeds: () => library.listFeeds(),
    subscribeFeed: ({ url }) => library.subscribeFeed(url),
    addFeedsFromOpmlWithDialog: async () => {
      const path = dialogs.chooseOpmlFile
        ? await dialogs.chooseOpmlFile()
        : ((await dialogs.chooseFilesToImport())?.[0] ?? null);
      return path ? library.addFeedsFromOpml(path) : null;
    },
    unsubscribeFeed: ({ id }) => library.unsubscribeFeed(id),
    refreshFeed: ({ id }) => library.refreshFeed(id),
    refreshFeeds: () => library.refreshFeeds(),
    exportNotesWithDialog: async (scope) => {
      const path = await dialogs.chooseExportPath(exportFileName(library, scope.articleId));
      return path ? library.exportNotesMarkdown(path, scope) : null;
    },
    previewExport: (request) => library.previewExport(request),
    exportWithDialog: async ({ markdownFolder, ...request }) => {
      if (request.format === 'md' && markdownFolder) {
        if (!dialogs.chooseFolder) throw new LibraryError('io', 'Choosing a folder is not available here.');
        const folder = await dialogs.chooseFolder('Export one Markdown file per article into…');
        return folder ? library.exportTo({ ...request, out: folder }) : null;
      }
      const extension = EXTENSION[request.format];
      const name = exportFileName(
        library,
        request.articleIds?.length === 1 ? request.articleIds[0] : undefined,
      );
      const path = await dialogs.chooseExportPath(name.replace(/\.md$/, `.${extension}`), extension);
      return path ? library.exportTo({ ...request, out: path, printer }) : null;
    },
    backupWithDialog: async () => {
      const path = await dialogs.chooseExportPath(
        `bulletin-${new Date().toISOString().slice(0, 10)}.bulletin`,
        'bulletin',
      );
      return path ? { path: (await library.backupTo(path)).path } : null;
    },
    getStorageSettings: () => storageSettings(),
    updateStorageSettings: ({ backupDir, daily, rotation }) => {
      library.updateBackupSettings({ dir: backupDir, daily, rotation });
      return storageSettings();
    },
    chooseBackupFolder: async () => {
      if (!dialogs.chooseFolder)
        throw new LibraryError('invalid-input', 'Choosing a folder is not available here.');
      return dialogs.chooseFolder('Choose a folder for backups');
    },
    checkLibrary: () => library.checkIntegrity(),
    startupReport: () => ({ message: startupMessage }),
  };
}

type ImportJobStatus = ChannelOutput<'importProgress'>;

interface ImportJob {
  status: ImportJobStatus;
  /** The folder's real path, for showing files relative to it. */
  root: string;
  controller: AbortController;
}

/** Folder imports running in the background: one at a time, polled by the renderer, cancellable. */
class ImportJobs {
  private readonly jobs = new Map<number, ImportJob>();
  private nextId = 1;
  /** Called with each finished job's report. */
  onFinished: (report: ImportReport) => void = () => undefined;

  constructor(private readonly library: Library) {}

  ensureIdle(): void {
    for (const job of this.jobs.values())
      if (job.status.running)
        throw new LibraryError(
          'invalid-input',
          'An import is already running; wait for it to finish or cancel it first.',
        );
  }

  start(folder: string): { jobId: number; folder: string } {
    this.ensureIdle();
    const jobId = this.nextId++;
    let root = folder;
    try {
      root = realpathSync(folder);
    } catch {
      // reported by the import itself
    }
    const job: ImportJob = {
      root,
      controller: new AbortController(),
      status: startedImportJob(jobId, folder),
    };
    this.jobs.set(jobId, job);
    this.prune();
    const onProgress = (progress: ImportProgress) => {
      const { current, ...counts } = progress;
      Object.assign(job.status, counts, { currentFile: current ? this.shown(job, current) : '' });
    };
    // Starts after this call has answered, then runs in batches that yield to the event loop; the
    // renderer polls `status` meanwhile.
    new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.library.importPaths([folder], { onProgress, signal: job.controller.signal }))
      .then(
        (report) => {
          this.onFinished(report);
          Object.assign(job.status, { running: false, report });
        },
        (error: unknown) => {
          console.error('bulletin: folder import failed', error);
          const message =
            error instanceof LibraryError
              ? error.message
              : `The import of ${basename(folder)} stopped: ${(error as Error).message}`;
          Object.assign(job.status, { running: false, error: message });
        },
      );
    return { jobId, folder };
  }

  status(jobId: number): ImportJobStatus {
    return { ...this.get(jobId).status };
  }

  cancel(jobId: number): void {
    const job = this.get(jobId);
    if (!job.status.running) return;
    job.status.cancelling = true;
    job.controller.abort();
  }

  private get(jobId: number): ImportJob {
    const job = this.jobs.get(jobId);
    if (!job) throw new LibraryError('not-found', `There is no import with id ${jobId}.`);
    return job;
  }

  private shown(job: ImportJob, path: string): string {
    const rel = relative(job.root, path);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : basename(path);
  }

  /** Keeps the last few finished jobs, so a late poll still gets its report. */
  private prune(): void {
    const finished = [...this.jobs.values()].filter((j) => !j.status.running);
    for (const job of finished.slice(0, Math.max(0, finished.length - 5))) this.jobs.delete(job.status.jobId);
  }
}

function exportFileName(library: Library, articleId: number | undefined): string {
  if (articleId === undefined) return 'bulletin-notes.md';
  const title = library.getArticle(articleId).title;
  const slug = title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${slug || 'article'}-notes.md`;
}

/** Validates and runs one call; user mistakes come back as `{ok:false, error}` sentences. */
export async function invokeChannel(
  handlers: Handlers,
  channel: string,
  rawInput: unknown,
): Promise<Envelope> {
  if (!Object.hasOwn(contract, channel)) return { ok: false, error: `Unknown request “${channel}”.` };
  const name = channel as ChannelName;
  const parsed = contract[name].input.safeParse(rawInput ?? {});
  if (!parsed.success) return { ok: false, error: describeValidationError(name, parsed.error) };
  try {
    const handler = handlers[name] as (input: unknown) => unknown;
    const value = await handler(parsed.data as ChannelInput<typeof name>);
    return { ok: true, value: contract[name].output.parse(value) };
  } catch (error) {
    if (error instanceof LibraryError) return { ok: false, error: error.message };
    console.error(`bulletin: ${name} failed`, error);
    return { ok: false, error: `Something went wrong while handling ${name}: ${(error as Error).message}` };
  }
}
