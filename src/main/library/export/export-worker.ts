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
import { compileRequest, countsOf, isStreamed, writeDocx, writeStreamed, type ExportProgress } from './index';
import { printableDocument } from './pdf';
import { writeNotesMarkdown } from './library-export';
import * as anki from './anki';
import * as csv from './csv';
import * as docx from './docx';
import * as markdown from './markdown';

/** Imported statically: a worker run from source through tsx cannot `import()` TypeScript. */
const streamed = { anki, csv, markdown };

/** Runs `read` on the library in one read transaction (one consistent snapshot). */
function inSnapshot<T>(database: string, read: (db: Database.Database) => T): T {
  const db = new Database(database, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    return db.transaction(() => read(db))();
  } finally {
    db.close();
  }
}

/** Reports every 200 articles read (and the last), and the other phases. */
const every200 =
  (report: ReportProgress<ExportProgress>) =>
  (progress: ExportProgress): void => {
    if (progress.phase !== 'reading' || progress.done % 200 === 0 || progress.done === progress.total)
      report(progress);
  };

/** Reads the whole compilation (DOCX, PDF), reporting every 200 articles (and the last). */
function readCompilation(
  { database, request, exportedOn }: ExportWorkerRequest,
  report: ReportProgress<ExportProgress>,
): Compilation {
  return inSnapshot(database, (db) => compileRequest(db, request, exportedOn, every200(report)));
}

yieldToInteractiveWork();
serve<ExportMethods>({
  write: (params, report) => {
    // Markdown, CSV and Anki: written article by article as they are read (the worker's heap stays small).
    const { database, request, exportedOn } = params;
    if (isStreamed(request.format))
      return inSnapshot(database, (db) => writeStreamed(db, request, exportedOn, streamed, every200(report)));
    const c = readCompilation(params, report);
    report({ phase: 'writing', done: 0, total: 1 });
    return writeDocx(c, params.request, docx);
  },
  printable: (params, report) => {
    const c = readCompilation(params, report);
    report({ phase: 'writing', done: 0, total: 1 });
    return { document: printableDocument(c), ...countsOf(c) };
  },
  notesMarkdown: ({ database, filter, exportedOn, out }) =>
    inSnapshot(database, (db) => writeNotesMarkdown(db, out, filter, exportedOn)),
});
