import { statSync } from 'node:fs';
import type { Db } from '../db/connection';
import { LibraryError } from '../errors';
import { writeFileAtomic, writeFileAtomicWith, writeFilesStaged, type WritePiece } from '../files';
import {
  compileStream,
  type Compilation,
  type CompiledArticle,
  type CompileOptions,
  type CompileProgress,
  type ExportContent,
  type ExportScope,
  type TocGrouping,
} from './compilation';
import type { ExportFormat } from './formats';
import type { PdfPrinter, PrintableDocument } from './pdf';

export {
  compile,
  type Compilation,
  type ExportContent,
  type ExportScope,
  type TocGrouping,
} from './compilation';
export { compilationToHtml } from './html';
export {
  compilationToPdf,
  printDocument,
  printableDocument,
  type PdfPrinter,
  type PrintableDocument,
  type PrintRequest,
} from './pdf';

// Each writer is loaded when its format is asked for, so that opening the library (and the CLI) stays fast.

export { EXPORT_FORMATS, type ExportFormat } from './formats';

export interface ExportRequest extends ExportScope {
  format: ExportFormat;
  /** The file to write; for `md`, a path not ending in `.md` is a folder that gets one file per article. */
  out: string;
  content?: ExportContent;
  title?: string;
  grouping?: TocGrouping;
  /** Anki deck name. */
  deck?: string;
  /** Grouped by syllabus: the language of the topic headings (the window's); English when absent. */
  language?: 'en' | 'hi';
  /** PDF: how to print; by default the system's Chromium through playwright-core. */
  printer?: PdfPrinter;
  /** PDF: the Chromium to use when no printer is given. */
  chromium?: string;
}

export interface ExportResult {
  format: ExportFormat;
  /** The file written, or the folder for a Markdown folder export. */
  path: string;
  /** Every file written. */
  files: string[];
  articles: number;
  notes: number;
  /** Anki: the number of cards; CSV: the number of rows. */
  items?: number;
}

/** An export request as it crosses to the export worker: no printer function (PDFs print in the main process). */
export type WorkerExportRequest = Omit<ExportRequest, 'printer' | 'chromium'>;

/** Where an export stands: reading the articles (`done` of `total`), writing the file, or printing the PDF. */
export interface ExportProgress {
  phase: 'reading' | 'writing' | 'printing';
  done: number;
  total: number;
}

/**
 * Above this many passages a DOCX is refused: the docx library builds the whole document (and its zip) in
 * memory, and all 100,000 notes of a large library ran out of a 4 GB heap. Measured (a synthetic
 * compilation of short notes): 30,000 passages peaked at 720 MB of heap and took 33 s, so 40,000 stays
 * near 1 GB, well inside the export worker's heap.
 */
export const DOCX_MAX_ITEMS = 40_000;

/**
 * Runs one export in this thread: Markdown, CSV and Anki written article by article as they are read
 * (`writeStreamed`), DOCX and PDF built in memory; every file written atomically (never half-written).
 */
export async function runExport(
  db: Db,
  request: ExportRequest,
  exportedOn: string,
  onProgress?: (progress: ExportProgress) => void,
): Promise<ExportResult> {
  if (isStreamed(request.format)) {
    const writers = await streamWriters();
    return db.transaction(() => writeStreamed(db, request, exportedOn, writers, onProgress))();
  }
  const c = compileRequest(db, request, exportedOn, onProgress);
  if (request.format === 'pdf') {
    onProgress?.({ phase: 'printing', done: 0, total: 1 });
    const { printableDocument } = await import('./pdf');
    return printToFile(printableDocument(c), request, countsOf(c));
  }
  onProgress?.({ phase: 'writing', done: 0, total: 1 });
  return writeDocx(c, request);
}

/** The formats written article by article as they are read; DOCX and PDF are built whole by their libraries. */
export type StreamedFormat = 'md' | 'csv' | 'anki';

export function isStreamed(format: ExportFormat): format is StreamedFormat {
  return format === 'md' || format === 'csv' || format === 'anki';
}

/** The writers of the streamed formats. */
export type StreamWriters = Pick<Writers, 'markdown' | 'csv' | 'anki'>;

/** Loads the writers of the streamed formats (small modules; DOCX's and PDF's are the heavy ones). */
async function streamWriters(): Promise<StreamWriters> {
  const [markdown, csv, anki] = await Promise.all([
    loadWriters.markdown(),
    loadWriters.csv(),
    loadWriters.anki(),
  ]);
  return { markdown, csv, anki };
}

/**
 * Reads and writes an export in a streamed format (Markdown, CSV, Anki) article by article, so that one
 * article at a time is in memory, whatever the library's size (a whole library of 50,000 articles as
 * Markdown took 2.5 GB compiled first). Each file is written atomically: a temporary file renamed over
 * the target once complete. Synchronous: run it inside one read transaction, for one consistent snapshot.
 */
export function writeStreamed(
  db: Db,
  request: WorkerExportRequest,
  exportedOn: string,
  writers: StreamWriters,
  onProgress?: (progress: ExportProgress) => void,
): ExportResult {
  const c = compileStream(db, request, compileOptions(request, exportedOn), reading(onProgress));
  const base = { format: request.format, path: request.out, articles: c.articleCount, notes: c.noteCount };
  // Every article read and written: what is left is the file's flush and rename.
  const written = <T>(result: T): T => {
    onProgress?.({ phase: 'writing', done: 0, total: 1 });
    return result;
  };
  switch (request.format) {
    case 'md': {
      if (/\.(md|markdown)$/i.test(request.out) || isNonFolder(request.out)) {
        writeWith(request.out, (write) => written(writers.markdown.writeMarkdown(c, write)));
        return { ...base, files: [request.out] };
      }
      // Staged: a cancel or a failure halfway leaves none of the notes (they are moved in at the end).
      let files: string[];
      try {
        files = writeFilesStaged(request.out, (write) => writers.markdown.writeMarkdownFiles(c, write));
      } catch (error) {
        throw error instanceof LibraryError ? error : ioError(request.out, error);
      }
      return written({ ...base, files });
    }
    case 'anki': {
      const items = writeWith(request.out, (write) =>
        written(writers.anki.writeAnki(c, write, { deck: request.deck })),
      );
      return { ...base, files: [request.out], items };
    }
    case 'csv': {
      const items = writeWith(request.out, (write) => written(writers.csv.writeCsv(c, write)));
      return { ...base, files: [request.out], items };
    }
    default:
      throw new LibraryError('invalid-input', `${String(request.format)} is not written article by article.`);
  }
}

/**
 * Reads the whole compilation of an export request (DOCX, PDF), reporting each article read. A DOCX over
 * `DOCX_MAX_ITEMS` passages is refused once read to the end, having kept none of its articles past the limit.
 */
export function compileRequest(
  db: Db,
  request: WorkerExportRequest,
  exportedOn: string,
  onProgress?: (progress: ExportProgress) => void,
  docxLimit = DOCX_MAX_ITEMS,
): Compilation {
  const {
    articles: stream,
    articleCount: _count,
    ...head
  } = compileStream(db, request, compileOptions(request, exportedOn), reading(onProgress));
  const limit = request.format === 'docx' ? docxLimit : Number.POSITIVE_INFINITY;
  const articles: CompiledArticle[] = [];
  let items = 0;
  for (const article of stream) {
    items += article.items.length;
    // Past the limit the rest is only counted, for the sentence (all 100,000 notes took 1 GB of heap).
    if (items <= limit) articles.push(article);
    else articles.length = 0;
  }
  if (items > limit)
    throw new LibraryError(
      'invalid-input',
      `This export has ${items.toLocaleString('en')} passages, more than a Word document can be built from at once (${limit.toLocaleString('en')}). Export a narrower scope (a date range, a tag, a colour or a selection), or choose Markdown or PDF.`,
    );
  return { ...head, articles };
}

/** What an export request asks of its compilation. */
function compileOptions(request: WorkerExportRequest, exportedOn: string): CompileOptions {
  return {
    content: request.content,
    grouping: request.grouping,
    title: request.title,
    exportedOn,
    language: request.language,
    // Only Anki's cards and CSV's rows carry a GUID.
    guids: request.format === 'anki' || request.format === 'csv',
  };
}

/** An export's progress while its articles are read. */
function reading(onProgress: ((progress: ExportProgress) => void) | undefined): CompileProgress | undefined {
  return onProgress && ((done, total) => onProgress({ phase: 'reading', done, total }));
}

/** How many articles and notes a compilation holds, as an export's result counts them. */
export function countsOf(c: Compilation): { articles: number; notes: number } {
  return { articles: c.articles.length, notes: c.noteCount };
}

/** Prints a PDF's document (built by `printableDocument`) and writes it atomically. */
export async function printToFile(
  doc: PrintableDocument,
  request: ExportRequest,
  counts: { articles: number; notes: number },
): Promise<ExportResult> {
  write(request.out, await printPdf(doc, request));
  return { format: 'pdf', path: request.out, ...counts, files: [request.out] };
}

/** The writers of the formats other than PDF. */
export interface Writers {
  markdown: typeof import('./markdown');
  docx: typeof import('./docx');
  anki: typeof import('./anki');
  csv: typeof import('./csv');
}

/** Loads one writer when its format is asked for, so that opening the library (and the CLI) stays fast. */
const loadWriters = {
  markdown: () => import('./markdown'),
  docx: () => import('./docx'),
  anki: () => import('./anki'),
  csv: () => import('./csv'),
};

/**
 * Writes a compilation (from `compileRequest`, which refuses one too large) as a Word document, the one
 * format built whole and written here (PDF is printed by the main process; the others are streamed,
 * `writeStreamed`). `docx`: the writer already loaded (the
 * export worker imports it statically: a worker run from source through tsx cannot `import()` TypeScript).
 */
export async function writeDocx(
  c: Compilation,
  request: WorkerExportRequest,
  docx?: Writers['docx'],
): Promise<ExportResult> {
  const { compilationToDocx } = docx ?? (await loadWriters.docx());
  write(request.out, await compilationToDocx(c));
  return { format: request.format, path: request.out, ...countsOf(c), files: [request.out] };
}

async function printPdf(doc: PrintableDocument, request: ExportRequest): Promise<Uint8Array> {
  const { printDocument } = await import('./pdf');
  if (request.printer) return printDocument(doc, request.printer);
  const { openChromiumPrinter } = await import('./chromium-printer');
  const chromium = await openChromiumPrinter(request.chromium);
  try {
    return await printDocument(doc, chromium.print);
  } finally {
    await chromium.close();
  }
}

function isNonFolder(path: string): boolean {
  try {
    return !statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function write(path: string, content: string | Uint8Array): void {
  try {
    writeFileAtomic(path, content);
  } catch (error) {
    throw ioError(path, error);
  }
}

/** `write` for content made piece by piece: a refusal of ours (a LibraryError) passes as it is. */
function writeWith<T>(path: string, fill: (write: WritePiece) => T): T {
  try {
    return writeFileAtomicWith(path, fill);
  } catch (error) {
    throw error instanceof LibraryError ? error : ioError(path, error);
  }
}

function ioError(path: string, error: unknown): LibraryError {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOSPC'
      ? 'the disk is full'
      : code === 'EFBIG'
        ? 'the file is larger than this system allows'
        : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
          ? 'permission denied (read-only place?)'
          : code === 'ENOENT'
            ? 'the folder does not exist'
            : code === 'EISDIR'
              ? 'it is a folder'
              : (error as Error).message;
  return new LibraryError('io', `Could not write ${path}: ${why}. Nothing was left half-written.`);
}
