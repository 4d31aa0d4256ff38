import { realpathSync } from 'node:fs';
import { basename, isAbsolute, relative } from 'node:path';
import { startedImportJob, type ChannelOutput } from '../../shared/contract';
import type { ImportProgress, ImportReport } from '../../shared/domain';
import { LibraryError } from '../library';
import { Jobs, type JobStatus } from '../library/jobs';
import { addMessageCodes } from '../library/import/report-codes';
import type { HandlerContext } from './handler-types';
import { domainHandlers } from './handler-types';

/** A folder import's progress as the renderer shows it. */
type FolderProgress = Omit<ImportProgress, 'current'> & { folder: string; root: string; currentFile: string };

/** Importing: chosen files, a chosen folder (a job), dropped files, pasted text, data dumps, a feed address. */
export function importHandlers({ library: { imports }, dialogs, reported }: HandlerContext) {
  const folderJobs = new Jobs<FolderProgress, ImportReport>({
    noun: 'an import',
    initial: () => ({ ...emptyCounts(), folder: '', root: '', currentFile: '' }),
    describeError: (error) => `The import stopped: ${error.message}`,
  });
  return domainHandlers({
    importWithDialog: async ({ map }) => {
      const paths = await dialogs.chooseFilesToImport();
      // Parsed in the import worker like a folder, so a few big pages do not freeze the window.
      return paths && paths.length > 0
        ? reported.replaceWith(await imports.importPaths(paths, { map }))
        : null;
    },
    importDropped: async ({ files }) =>
      addMessageCodes(
        await imports.importSourcesInWorker(
          files.map((f) => ({ path: basename(f.name), bytes: Buffer.from(f.dataBase64, 'base64') })),
        ),
      ),
    // A path from the page is only ever read as an import source, exactly like a file chosen in the
    // dialog: the same parsers, file-type checks and size limits; nothing is written, moved or run. The
    // page could already send any bytes with `importDropped`; what a path adds is reading a file the
    // user can read as an article (text-like files only), into the library the page already shows.
    // Relative paths are refused, so nothing resolves against the app's working directory.
    importDroppedPaths: async ({ paths }) => {
      if (!paths.every((path) => isAbsolute(path)))
        throw new LibraryError('invalid-input', 'Dropped files must be given by their full paths.');
      return reported.replaceWith(await imports.importPaths(paths));
    },
    importFolderWithDialog: async () => {
      if (!dialogs.chooseFolderToImport)
        throw new LibraryError('invalid-input', 'Choosing a folder is not available here.');
      folderJobs.ensureIdle();
      const folder = await dialogs.chooseFolderToImport();
      if (!folder) return null;
      const root = realFolder(folder);
      const jobId = folderJobs.start(
        ({ signal, report }) => {
          const onProgress = ({ current, ...counts }: ImportProgress) =>
            report({ ...counts, currentFile: current ? shownPath(root, current) : '' });
          return imports.importPaths([folder], { onProgress, signal }).catch((error: Error) => {
            console.error('bulletin: folder import failed', error);
            throw error instanceof LibraryError
              ? error
              : new LibraryError('io', `The import of ${basename(folder)} stopped: ${error.message}`);
          });
        },
        (report) => reported.replaceWith(report),
        { folder, root },
      );
      return { jobId, folder };
    },
    importProgress: ({ jobId }) => folderJobView(folderJobs.status(jobId)),
    cancelImport: ({ jobId }) => {
      folderJobs.cancel(jobId);
      return null;
    },
    showImportedFile: ({ path }) => {
      reported.require(path, 'shown');
      if (!dialogs.showInFolder)
        throw new LibraryError('invalid-input', 'Showing files is not available here.');
      dialogs.showInFolder(path);
      return null;
    },
    previewDump: ({ path, map }) => imports.previewDump(reported.require(path, 'mapped'), map),
    // The summary keeps its other files: this file's paths join the reported ones.
    importDumpWithMap: ({ path, map }) =>
      reported.add(imports.importDumpWithMap(reported.require(path, 'mapped'), map)),
    importText: ({ text }) =>
      addMessageCodes(imports.importSources([{ path: 'pasted.txt', bytes: Buffer.from(text, 'utf8') }])),
    importFeedUrl: ({ url }) => imports.fetchFeedUrl(url),
  });
}

function emptyCounts(): Omit<ImportProgress, 'current'> {
  const { done, total, etaSeconds, imported, updated, duplicates, failed } = startedImportJob(0, '');
  return { done, total, etaSeconds, imported, updated, duplicates, failed };
}

/** A folder job in the contract's flat shape. */
function folderJobView(job: JobStatus<FolderProgress, ImportReport>): ChannelOutput<'importProgress'> {
  const { folder, root: _root, ...progress } = job.progress;
  return {
    ...startedImportJob(job.id, folder),
    ...progress,
    running: job.running,
    cancelling: job.cancelling,
    report: job.result,
    error: job.error,
  };
}

/** The folder's real path, for showing files relative to it (a missing folder is reported by the import). */
function realFolder(folder: string): string {
  try {
    return realpathSync(folder);
  } catch {
    return folder;
  }
}

function shownPath(root: string, path: string): string {
  const rel = relative(root, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : basename(path);
}
