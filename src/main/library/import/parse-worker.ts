/**
 * The parse worker's entry (a worker thread, started by `ParseWorker` in parse-worker-client.ts): lists
 * folders, reads files and parses them into articles, off the main process's event loop. It answers
 * each request in the order it came; it never touches the database.
 *
 * The app's bundle holds this file as `out/main/parse-worker.js` (see electron.vite.config.ts).
 */
import { basename } from 'node:path';
import { failureDetail } from '../errors';
import { articleTerms, joinDistinctTerms } from '../syllabus/text';
import { yieldToInteractiveWork } from '../workers/priority';
import { serve } from '../workers/rpc';
import { contentHash } from './content-hash';
import { parseFile } from './index';
import { WorkerPlacer } from './placement';
import type { ExpandRequest, ParseMethods, ParseReply, ParseRequest } from './parse-worker-client';
import { describeImportFailure, expandPaths, readImportFile } from './source-files';

/** This worker's placer: the syllabus and the learned model the main thread last sent. */
const placer = new WorkerPlacer();

/**
 * Reads and parses one file; a file that cannot be imported is a `failure` sentence, never an
 * exception. With a placement (sent with the request, or with an earlier one), each article is also
 * placed on the syllabus here, and only a source-labelled article's terms go back (to teach the model).
 */
export function parseOne(request: ParseRequest, into: WorkerPlacer = placer): ParseReply {
  const { path, name, bytes, limits, map } = request;
  try {
    if (request.placement) into.use(request.placement);
    const outcome = parseFile(name ?? basename(path), bytes ?? readImportFile(path, limits), { limits, map });
    // The syllabus's analysis of each article, here rather than on the main thread that stores it.
    for (const article of outcome.articles) {
      article.contentHash = contentHash(article);
      const terms = articleTerms({ title: article.title, blocks: article.blocks.map((b) => b.text) });
      if (!into.ready) {
        article.syllabusTerms = terms;
        continue;
      }
      article.placed = into.place(article, terms);
      // What the model learns from: the article's distinct terms, in the order it reads them (title
      // first), joined in one string: a fraction of the text's terms, and one copy to send.
      if (article.placed.suggestions.some((s) => s.origin === 'source'))
        article.learnedTerms = joinDistinctTerms(terms);
    }
    return { kind: 'parsed', outcome };
  } catch (error) {
    return { kind: 'failure', failure: describeImportFailure(path, error), detail: failureDetail(error) };
  }
}

/** Lists folders; a folder that cannot be read is a `failure` sentence. */
export function expandOne(request: ExpandRequest): ParseReply {
  try {
    return { kind: 'expanded', expanded: expandPaths(request.paths, request.folders) };
  } catch (error) {
    return { kind: 'failure', failure: (error as Error).message };
  }
}

// Parsing is background work: on Linux the worker yields the CPU to the main thread (and the desktop).
yieldToInteractiveWork();
serve<ParseMethods>({ parse: (request) => parseOne(request), expand: expandOne });
