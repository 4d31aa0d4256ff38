/**
 * Runs an export in the export worker (export-worker.ts), off the main thread: the worker reads the
 * library on a read-only connection of its own, compiles the export and writes the file (or, for a PDF,
 * builds the HTML that the main process prints). At 50,000 articles an export of everything took 10–19 s
 * of main-thread time; now the main thread only forwards progress.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { NoteFilter } from '../../../shared/domain';
import { LibraryError } from '../errors';
import { WorkerClient, WorkerStopped, type ProgressOf } from '../workers/rpc';
import { startWorker } from '../workers/start-worker';
import type { ExportProgress, ExportResult, WorkerExportRequest } from './index';
import type { PrintableDocument } from './pdf';

/** One export as the worker gets it: the library's database file, the request and the day it is made. */
export interface ExportWorkerRequest {
  database: string;
  request: WorkerExportRequest;
  exportedOn: string;
}

/** A PDF's document and counts: the worker builds it, the main process prints it. */
export interface PrintableExport {
  document: PrintableDocument;
  articles: number;
  notes: number;
}

/** The export worker's methods, over the workers' RPC (workers/rpc.ts). */
export type ExportMethods = {
  /** Compiles and writes Markdown, DOCX, Anki or CSV. */
  write: { params: ExportWorkerRequest; result: ExportResult; progress: ExportProgress };
  /** Compiles and builds the HTML of a PDF. */
  printable: { params: ExportWorkerRequest; result: PrintableExport; progress: ExportProgress };
  /** Writes the notes in scope as one Markdown document (File → Export Notes as Markdown). */
  notesMarkdown: { params: NotesMarkdownRequest; result: { path: string; count: number } };
};

/** The notes of `filter` as a Markdown file at `out`, dated `exportedOn`. */
export interface NotesMarkdownRequest {
  database: string;
  filter: NoteFilter;
  exportedOn: string;
  out: string;
}

/**
 * The worker's heap limit. An export too large for it fails with a sentence instead of taking the app
 * down with it (the main process's heap is the app's).
 */
export const EXPORT_WORKER_HEAP_MB = 3072;

/** Starts the export worker; throws when this build has no worker entry to start. */
export function startExportWorker(): Worker {
  if (!existsSync(join(__dirname, 'export-worker.js')) && !existsSync(join(__dirname, 'export-worker.ts')))
    throw new Error(`no export worker beside ${__dirname}`);
  return startWorker('export-worker', __dirname, {
    resourceLimits: { maxOldGenerationSizeMb: EXPORT_WORKER_HEAP_MB },
  });
}

export interface WorkerExportOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ExportProgress) => void;
  start?: () => Worker;
}

/**
 * Calls `method` in a new export worker, stopped when it answers or when `signal` aborts. Throws
 * `NoExportWorker` when the worker cannot be started (the caller then exports in its own thread).
 */
export async function callExportWorker<K extends keyof ExportMethods>(
  method: K,
  params: ExportMethods[K]['params'],
  { signal, onProgress, start = startExportWorker }: WorkerExportOptions = {},
): Promise<ExportMethods[K]['result']> {
  let client: WorkerClient<ExportMethods>;
  try {
    client = new WorkerClient<ExportMethods>(start, { name: 'the export worker' });
  } catch (error) {
    throw new NoExportWorker((error as Error).message);
  }
  const stop = () => void client.close();
  signal?.addEventListener('abort', stop, { once: true });
  try {
    if (signal?.aborted) throw cancelled();
    return await client.call(method, params, {
      onProgress: onProgress as (progress: ProgressOf<ExportMethods, K>) => void,
    });
  } catch (error) {
    if (signal?.aborted) throw cancelled();
    if (error instanceof WorkerStopped && /memory/i.test(error.message))
      throw new LibraryError(
        'io',
        'The export ran out of memory and was stopped; nothing was written. Export a narrower scope (a date range, a tag, a colour or a selection).',
      );
    if (error instanceof WorkerStopped)
      throw new LibraryError('io', `The export stopped: ${error.message}. Nothing was written.`);
    // The worker's own refusal (a LibraryError's sentence there) comes as its message.
    throw new LibraryError('io', (error as Error).message);
  } finally {
    signal?.removeEventListener('abort', stop);
    await client.close();
  }
}

/** The export worker could not be started (a build without its entry). */
export class NoExportWorker extends Error {
  override readonly name = 'NoExportWorker';
}

function cancelled(): LibraryError {
  return new LibraryError('invalid-input', 'The export was cancelled; nothing was written.');
}
