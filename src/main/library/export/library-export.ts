/**
 * The export side of the library facade: the notes as Markdown, an export's live preview, and the
 * export itself in one of the formats. `Library.notesMarkdown` and its siblings call these.
 */
import { existsSync } from 'node:fs';
import type { ExportPreview, HighlightColor, NoteEntry, NoteFilter } from '../../../shared/domain';
import type { Db } from '../db/connection';
import { LibraryError } from '../errors';
import { removeOwnTemps, writeFileAtomicWith } from '../files';
import { countNotesAndArticles, noteEntriesInParts } from '../notes/notebook';
import { getStudySettings } from '../notes/study-settings';
import { compileHead, type ScopeCounts } from './compilation';
import type { ExportProgress, ExportRequest, ExportResult } from './index';
import { notesToMarkdown, writeNotesMarkdown as writeNotesDocument } from './markdown';

/** Notes as a Markdown document dated `today`, with how many there are. */
export function notesMarkdown(
  entries: NoteEntry[],
  today: string,
  names?: Record<HighlightColor, string>,
): { markdown: string; count: number } {
  return { markdown: notesToMarkdown(entries, today, names), count: entries.length };
}

/**
 * Writes the notes of the filter to a Markdown file, atomically, one part of the notes at a time (the
 * document `notesMarkdown` makes): 100,000 notes are tens of megabytes of text, never held at once.
 */
export function writeNotesMarkdown(
  db: Db,
  path: string,
  filter: NoteFilter,
  today: string,
): { path: string; count: number } {
  const counts = countNotesAndArticles(db, filter);
  const names = getStudySettings(db).colorNames;
  try {
    writeFileAtomicWith(path, (write) =>
      writeNotesDocument(write, counts, noteEntriesInParts(db, filter), today, names),
    );
  } catch (error) {
    throw new LibraryError('io', `Could not write ${path}: ${(error as Error).message}`);
  }
  return { path, count: counts.notes };
}

/** What an export would hold, for a live preview: counts, and the first articles with their notes. */
export function previewExport(
  db: Db,
  request: Omit<ExportRequest, 'out' | 'format'>,
  today: string,
  maxArticles: number,
  counts?: ScopeCounts,
): ExportPreview {
  const c = compileHead(
    db,
    request,
    {
      content: request.content,
      grouping: request.grouping,
      title: request.title,
      exportedOn: today,
      language: request.language,
    },
    maxArticles,
    counts,
  );
  return {
    title: c.title,
    description: c.description,
    articleCount: c.articleCount,
    noteCount: c.noteCount,
    articles: c.articles.map((a) => ({
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

/**
 * Exports the scope in one of the formats (Markdown, PDF, DOCX, Anki, CSV), written atomically: in the
 * export worker, off this thread, when the library is a file and the worker can start; else here.
 */
export async function exportTo(
  db: Db,
  request: ExportRequest,
  today: string,
  { signal, onProgress }: { signal?: AbortSignal; onProgress?: (progress: ExportProgress) => void } = {},
): Promise<ExportResult> {
  // Loaded when an export is asked for, so that opening the library (and the CLI) stays fast.
  const { runExport, printToFile } = await import('./index');
  const { callExportWorker, NoExportWorker } = await import('./export-client');
  if (db.memory || !existsSync(db.name)) return runExport(db, request, today, onProgress);
  const { printer, chromium, ...rest } = request;
  const params = { database: db.name, request: rest, exportedOn: today };
  try {
    if (request.format !== 'pdf') {
      try {
        return await callExportWorker('write', params, { signal, onProgress });
      } catch (error) {
        // A worker stopped mid-write (cancelled, out of memory) leaves its temporary file: never the target.
        if (!(error instanceof NoExportWorker)) removeOwnTemps(request.out);
        throw error;
      }
    }
    const { document, ...counts } = await callExportWorker('printable', params, { signal, onProgress });
    // Cancelled while the worker worked: nothing is printed. (Once printing has begun it runs to the end.)
    if (signal?.aborted)
      throw new LibraryError('invalid-input', 'The export was cancelled; nothing was written.');
    onProgress?.({ phase: 'printing', done: 0, total: 1 });
    return await printToFile(document, { ...request, printer, chromium }, counts);
  } catch (error) {
    if (!(error instanceof NoExportWorker)) throw error;
    return runExport(db, request, today, onProgress);
  }
}
