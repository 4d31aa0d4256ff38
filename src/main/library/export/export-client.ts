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
import { KeptWorker } from '../workers/kept-worker';
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
  /** Starts a worker of the call's own, ended when it answers (tests: a failing or fake worker). */
  start?: () => Worker;
}

/**
 * The export worker, kept between exports (`KeptWorker`), as the check worker is: a worker ended after
 * each export hands its heap pages to the main isolate to unmap, and bench:main-thread saw 80–165 ms runs
 * of native code on the main thread after the CSV exports. Ended after a minute without an export, at a
 * quiet moment; never keeps the process alive. It opens the library for each export and closes it after.
 */
export const keptExportWorker = new KeptWorker<ExportMethods>(
  () => {
    try {
      return startExportWorker();
    } catch (error) {
      throw new NoExportWorker((error as Error).message);
    }
  },
  { name: 'the export worker' },
);

/** Exports running in the kept worker. A second export meanwhile gets a worker of its own: a cancel ends the kept one. */
let inKeptWorker = 0;

/**
 * Calls `method` in the kept export worker (or, with `start`, or while another export runs in it, in a
 * worker of the call's own, ended when it answers). A cancel ends the worker the call runs in. Throws
 * `NoExportWorker` when the worker cannot be started (the caller then exports in its own thread).
 */
export async function callExportWorker<K extends keyof ExportMethods>(
  method: K,
  params: ExportMethods[K]['params'],
  { signal, onProgress, start }: WorkerExportOptions = {},
): Promise<ExportMethods[K]['result']> {
  const progress = { onProgress: onProgress as (progress: ProgressOf<ExportMethods, K>) => void };
  if (!start && inKeptWorker === 0) {
    inKeptWorker++;
    const stop = () => void keptExportWorker.end();
    signal?.addEventListener('abort', stop, { once: true });
    try {
      if (signal?.aborted) throw cancelled();
      return await keptExportWorker.use((client) => client.call(method, params, progress));
    } catch (error) {
      throw exportFailure(error, signal);
    } finally {
      signal?.removeEventListener('abort', stop);
      inKeptWorker--;
    }
  }
  let client: WorkerClient<ExportMethods>;
  try {
    client = new WorkerClient<ExportMethods>(start ?? startExportWorker, { name: 'the export worker' });
  } catch (error) {
    throw new NoExportWorker((error as Error).message);
  }
  const stop = () => void client.close();
  signal?.addEventListener('abort', stop, { once: true });
  try {
    if (signal?.aborted) throw cancelled();
    return await client.call(method, params, progress);
  } catch (error) {
    throw exportFailure(error, signal);
  } finally {
    signal?.removeEventListener('abort', stop);
    await client.close();
  }
}

/** The sentence for an export that failed in the worker (or `NoExportWorker` as it is). */
function exportFailure(error: unknown, signal: AbortSignal | undefined): Error {
  if (error instanceof NoExportWorker) return error;
  if (signal?.aborted) return cancelled();
  if (error instanceof WorkerStopped && /memory/i.test(error.message))
    return new LibraryError(
      'io',
      'The export ran out of memory and was stopped; nothing was written. Export a narrower scope (a date range, a tag, a colour or a selection).',
    );
  if (error instanceof WorkerStopped)
    return new LibraryError('io', `The export stopped: ${error.message}. Nothing was written.`);
  // The worker's own refusal (a LibraryError's sentence there) comes as its message.
  return new LibraryError('io', (error as Error).message);
}

/** The export worker could not be started (a build without its entry). */
export class NoExportWorker extends Error {
  override readonly name = 'NoExportWorker';
}

function cancelled(): LibraryError {
  return new LibraryError('invalid-input', 'The export was cancelled; nothing was written.');
}
