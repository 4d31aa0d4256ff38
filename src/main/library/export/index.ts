import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../db/connection';
import { LibraryError } from '../errors';
import { writeFileAtomic } from '../files';
import {
  compile,
  type Compilation,
  type ExportContent,
  type ExportScope,
  type TocGrouping,
} from './compilation';
import type { ExportFormat } from './formats';
import type { PdfPrinter } from './pdf';

export {
  compile,
  type Compilation,
  type ExportContent,
  type ExportScope,
  type TocGrouping,
} from './compilation';
export { compilationToHtml } from './html';
export { compilationToPdf, type PdfPrinter, type PrintRequest } from './pdf';

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

/** Builds the output of one export in memory, then writes it atomically (never a half-written file). */
export async function runExport(db: Db, request: ExportRequest, exportedOn: string): Promise<ExportResult> {
  const c = compile(db, request, {
    content: request.content,
    grouping: request.grouping,
    title: request.title,
    exportedOn,
  });
  const base = { format: request.format, path: request.out, articles: c.articles.length, notes: c.noteCount };
  switch (request.format) {
    case 'md': {
      const { compilationToMarkdown, compilationToMarkdownFiles } = await import('./markdown');
      if (/\.(md|markdown)$/i.test(request.out) || isNonFolder(request.out)) {
        write(request.out, compilationToMarkdown(c));
        return { ...base, files: [request.out] };
      }
      try {
        mkdirSync(request.out, { recursive: true });
      } catch (error) {
        throw ioError(request.out, error);
      }
      const files = compilationToMarkdownFiles(c).map(({ name, content }) => {
        const path = join(request.out, name);
        write(path, content);
        return path;
      });
      return { ...base, files };
    }
    case 'pdf': {
      write(request.out, await printPdf(c, request));
      return { ...base, files: [request.out] };
    }
    case 'docx': {
      const { compilationToDocx } = await import('./docx');
      write(request.out, await compilationToDocx(c));
      return { ...base, files: [request.out] };
    }
    case 'anki': {
      const { compilationToAnki } = await import('./anki');
      const { text, cards } = compilationToAnki(c, { deck: request.deck });
      write(request.out, text);
      return { ...base, files: [request.out], items: cards };
    }
    case 'csv': {
      const { compilationToCsv } = await import('./csv');
      const { text, rows } = compilationToCsv(c);
      write(request.out, text);
      return { ...base, files: [request.out], items: rows };
    }
    default:
      throw new LibraryError('invalid-input', `Unknown export format ${String(request.format)}.`);
  }
}

async function printPdf(c: Compilation, request: ExportRequest): Promise<Uint8Array> {
  const { compilationToPdf } = await import('./pdf');
  if (request.printer) return compilationToPdf(c, request.printer);
  const { openChromiumPrinter } = await import('./chromium-printer');
  const chromium = await openChromiumPrinter(request.chromium);
  try {
    return await compilationToPdf(c, chromium.print);
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
