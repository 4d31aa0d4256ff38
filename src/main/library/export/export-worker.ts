/**
 * The export worker thread: reads the library on a read-only connection of its own (one read
 * transaction, so the export is one consistent snapshot while the app keeps writing), compiles the
 * export, and writes the file, or builds the HTML of a PDF for the main process to print. Started by
 * `callExportWorker` (export-client.ts); built as `out/main/export-worker.js`.
 */
import Database from 'better-sqlite3';
import { yieldToInteractiveWork } from '../workers/priority';
import { serve, type ReportProgress } from '../workers/rpc';
import type { Compilation } from './compilation';
import type { ExportMethods, ExportWorkerRequest } from './export-client';
import { compileRequest, countsOf, writeCompilation, type ExportProgress } from './index';
import { printableDocument } from './pdf';
import type { NoteEntry, StudySettings } from '../../../shared/domain';
import { getStudySettings } from '../notes/study-settings';
import { listNoteEntries } from '../notes/notebook';
import { notesMarkdown, writeNotesMarkdown } from './library-export';
import * as anki from './anki';
import * as csv from './csv';
import * as docx from './docx';
import * as markdown from './markdown';

const writers = { anki, csv, docx, markdown };

/** Reads the compilation in one read transaction, reporting every 200 articles (and the last). */
function readCompilation(
  { database, request, exportedOn }: ExportWorkerRequest,
  report: ReportProgress<ExportProgress>,
): Compilation {
  const db = new Database(database, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    return db.transaction(() =>
      compileRequest(db, request, exportedOn, (progress) => {
        if (progress.done % 200 === 0 || progress.done === progress.total) report(progress);
      }),
    )();
  } finally {
    db.close();
  }
}

yieldToInteractiveWork();
serve<ExportMethods>({
  write: (params, report) => {
    const c = readCompilation(params, report);
    report({ phase: 'writing', done: 0, total: 1 });
    return writeCompilation(c, params.request, writers);
  },
  printable: (params, report) => {
    const c = readCompilation(params, report);
    report({ phase: 'writing', done: 0, total: 1 });
    return { document: printableDocument(c), ...countsOf(c) };
  },
  notesMarkdown: ({ database, filter, exportedOn, out }) => {
    const db = new Database(database, { readonly: true, fileMustExist: true });
    let entries: NoteEntry[];
    let names: StudySettings['colorNames'];
    try {
      db.pragma('busy_timeout = 5000');
      entries = listNoteEntries(db, filter);
      names = getStudySettings(db).colorNames;
    } finally {
      db.close();
    }
    return writeNotesMarkdown(out, notesMarkdown(entries, exportedOn, names));
  },
});
