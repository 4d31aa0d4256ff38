/**
 * The main process's side of the IPC contract, free of Electron so the same handlers serve the app
 * and the end-to-end harness: validate the input, call the library, validate the output.
 */
import { basename } from 'node:path';
import type { z } from 'zod';
import {
  contract,
  describeValidationError,
  type ChannelInput,
  type ChannelName,
  type ChannelOutput,
} from '../shared/contract';
import { Library, LibraryError } from './library';
import type { PdfPrinter } from './library/export';
import type { ExportFormat } from '../shared/domain';

/** The dialogs the handlers need; Electron's in the app, scripted answers in tests. */
export interface Dialogs {
  chooseFilesToImport(): Promise<string[] | null>;
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
  return {
    listArticles: (filter) => library.listArticles(filter),
    listTags: () => library.listTags(),
    getArticle: ({ id }) => library.getArticle(id),
    setRead: ({ id, read }) => {
      library.setRead(id, read);
      return null;
    },
    addUserTag: ({ id, tag }) => library.addUserTag(id, tag),
    removeUserTag: ({ id, tag }) => library.removeUserTag(id, tag),
    search: ({ query, limit, ...filter }) => library.searchArticles(query, { ...filter, limit }),
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
    reattachAnnotation: ({ id, blockId }) => library.notes.reattachNote(id, blockId),
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
      return paths && paths.length > 0 ? library.importFiles(paths) : null;
    },
    importDropped: ({ files }) =>
      library.importSources(
        files.map((f) => ({ path: basename(f.name), bytes: Buffer.from(f.dataBase64, 'base64') })),
      ),
    exportNotesWithDialog: async (scope) => {
      const path = await dialogs.chooseExportPath(exportFileName(library, scope.articleId));
      return path ? library.exportNotesMarkdown(path, scope) : null;
    },
    previewExport: (request) => library.previewExport(request),
    exportWithDialog: async (request) => {
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
    checkLibrary: () => library.checkIntegrity(),
    startupReport: () => ({ message: startupMessage }),
  };
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
