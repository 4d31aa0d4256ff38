import type { ExportFormat } from '../../shared/domain';
import { LibraryError, type Library } from '../library';
import type { HandlerContext } from './handler-types';
import { domainHandlers } from './handler-types';

const EXTENSION: Record<ExportFormat, string> = {
  md: 'md',
  pdf: 'pdf',
  docx: 'docx',
  anki: 'txt',
  csv: 'csv',
};

/** Exports: notes as Markdown, the live preview, and every format to a file (or a folder). */
export function exportHandlers({ library, dialogs, printer, chromium }: HandlerContext) {
  const { exports } = library;
  return domainHandlers({
    exportNotesWithDialog: async (scope) => {
      const path = await dialogs.chooseExportPath(exportFileName(library, scope.articleId));
      return path ? exports.writeNotesMarkdownOffThread(path, scope) : null;
    },
    previewExport: (request) => exports.previewInTurns(request),
    previewExportFormat: (request) => exports.sampleInTurns(request),
    exportWithDialog: async ({ markdownFolder, ...request }) => {
      if (request.format === 'md' && markdownFolder) {
        if (!dialogs.chooseFolder) throw new LibraryError('io', 'Choosing a folder is not available here.');
        const folder = await dialogs.chooseFolder('export');
        return folder ? exports.exportTo({ ...request, out: folder }) : null;
      }
      const extension = EXTENSION[request.format];
      const name = exportFileName(
        library,
        request.articleIds?.length === 1 ? request.articleIds[0] : undefined,
      );
      const path = await dialogs.chooseExportPath(name.replace(/\.md$/, `.${extension}`), extension);
      // A job: compiled and written in the export worker; the window polls `exportProgress` meanwhile.
      return path ? exports.exportTo({ ...request, out: path, printer, chromium }) : null;
    },
    exportProgress: ({ jobId }) => {
      const job = exports.status(jobId);
      if (!job) return null;
      const { id, running, cancelling, progress, result, error } = job;
      return { jobId: id, running, cancelling, ...progress, result, error };
    },
    cancelExport: ({ jobId }) => {
      exports.cancel(jobId);
      return null;
    },
  });
}

/** A file name for an export: the article's title as a slug, or the library's notes. */
function exportFileName(library: Library, articleId: number | undefined): string {
  const title = articleId === undefined ? undefined : library.articles.find(articleId)?.title;
  if (title === undefined) return 'bulletin-notes.md';
  const slug = title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${slug || 'article'}-notes.md`;
}
