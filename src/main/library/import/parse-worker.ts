/**
 * The parse worker's entry (a worker thread, started by `ParseWorker` in parse-worker-client.ts): lists
 * folders, reads files and parses them into articles, off the main process's event loop. It answers
 * each request in the order it came; it never touches the database.
 *
 * The app's bundle holds this file as `out/main/parse-worker.js` (see electron.vite.config.ts).
 */
import { basename } from 'node:path';
import { setPriority } from 'node:os';
import { isMainThread, parentPort } from 'node:worker_threads';
import { failureDetail } from '../errors';
import { parseFile } from './index';
import type { ParseReply, ParseRequest } from './parse-worker-client';
import { describeImportFailure, expandPaths, readImportFile } from './source-files';

/** The worker thread's niceness on Linux (0 normal, 19 lowest). */
const WORKER_NICENESS = 10;

/** Answers one request; a file that cannot be imported is a `failure` sentence, never an exception. */
export function answer(request: ParseRequest): ParseReply {
  if (request.kind === 'expand') {
    try {
      return { id: request.id, kind: 'expanded', expanded: expandPaths(request.paths, request.folders) };
    } catch (error) {
      return { id: request.id, kind: 'failure', failure: (error as Error).message };
    }
  }
  const { id, path, name, limits, map } = request;
  try {
    const outcome = parseFile(name ?? basename(path), readImportFile(path, limits), { limits, map });
    return { id, kind: 'parsed', outcome };
  } catch (error) {
    return { id, kind: 'failure', failure: describeImportFailure(path, error), detail: failureDetail(error) };
  }
}

// Parsing is background work: on Linux, where a thread has its own priority, the worker yields the CPU
// to the main thread (and the rest of the desktop) when cores are busy. Elsewhere the call would
// lower the whole app's priority, so it is not made.
if (!isMainThread && process.platform === 'linux') {
  try {
    setPriority(WORKER_NICENESS);
  } catch {
    // not allowed: parse at normal priority
  }
}

const port = parentPort;
port?.on('message', (request: ParseRequest) => {
  const reply = answer(request);
  try {
    port.postMessage(reply);
  } catch (error) {
    // An outcome that cannot be copied to the main thread (DataCloneError) fails its file alone.
    const path = request.kind === 'parse' ? request.path : (request.paths[0] ?? '');
    port.postMessage({ id: request.id, kind: 'failure', failure: describeImportFailure(path, error) });
  }
});
