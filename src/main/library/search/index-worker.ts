/**
 * The search index's worker thread: rebuilds the whole index from the library, so the reading,
 * the analysis and the writing of 50,000 articles never pause the main process. A fresh rebuild
 * starts a second instance of this entry, which reads and analyses the articles while this one
 * writes (rebuild-pipe.ts); without it, this thread does both. It reads the library on a read-only connection and writes the index file on its own;
 * the main thread keeps searching the same file meanwhile (SQLite's WAL lets readers and one
 * writer work at once), and learns from a message after each committed batch which articles it
 * may now find (the request's progress, see workers/rpc.ts). Started by `RebuildWorker`
 * (rebuild-worker.ts); built as `out/main/index-worker.js`.
 */
import Database from 'better-sqlite3';
import { yieldToInteractiveWork } from '../workers/priority';
import { serve, type ReportProgress } from '../workers/rpc';
import { DocTable } from './doc-table';
import { ArticleAnalyser, FIELDS } from './documents';
import { Rebuild } from './rebuild';
import { PipedReader, readBatches } from './rebuild-pipe';
import { closeIndex, emptyStats, getMeta, openIndex, SCHEMA, setMeta, type IndexStats } from './store';
import {
  packDocs,
  STOP,
  STOPPED,
  transferList,
  type IndexBatch,
  type IndexMethods,
  type IndexWorkerData,
  type RebuildEnd,
} from './worker-messages';
import { saveDocPages, type IndexState } from './writer';

/** Work between two looks at the stop flag; a write under way is finished first. */
const STEP_MS = 50;
/** Store the sorted vocabulary again after this many new terms (see `RebuildOptions`). */
const VOCABULARY_EVERY = 20_000;
/**
 * A pause after each batch, in milliseconds, for end-to-end tests and demonstrations that need to
 * watch a build under way whatever the machine's speed; none by default.
 */
const PAUSE_MS = Number(process.env.BULLETIN_INDEX_PAUSE_MS ?? '0') || 0;

/** Rebuilds the index from `data.after` on, batch by batch, until it is complete or asked to stop. */
async function run(data: IndexWorkerData, progress: ReportProgress<IndexBatch>): Promise<RebuildEnd> {
  const started = process.threadCpuUsage();
  const control = new Int32Array(data.control);
  const library = new Database(data.libraryFile, { readonly: true, fileMustExist: true });
  let index: Database.Database | null = null;
  let reader: PipedReader | null = null;
  const end = (rebuild: Rebuild, complete: boolean): RebuildEnd => {
    const used = process.threadCpuUsage(started);
    const cpu = { writeMs: (used.user + used.system) / 1000, readMs: reader?.cpuMs ?? null };
    return { complete, done: rebuild.done, total: rebuild.total, cpu };
  };
  try {
    library.pragma('busy_timeout = 5000');
    index = openIndex(data.indexFile);
    const state: IndexState = { docs: new DocTable(), stats: emptyStats(FIELDS.length), vocabulary: null };
    if (data.after !== null) loadState(index, state);
    const analyser = new ArticleAnalyser(library);
    const rebuild: Rebuild = new Rebuild(library, index, state, analyser, {
      after: data.after,
      fresh: data.fresh,
      pageLimit: Number.POSITIVE_INFINITY,
      wholeWrites: true,
      vocabularyEvery: VOCABULARY_EVERY,
      stopRequested: () => Atomics.load(control, STOP) === 1,
      onBatch: (docs, warnings) => {
        const packed = packDocs(docs);
        progress(
          {
            docs: packed,
            stats: state.stats,
            done: rebuild.done,
            total: rebuild.total,
            warnings: [...warnings],
          },
          transferList(packed),
        );
        if (PAUSE_MS > 0) Atomics.wait(control, STOP, 0, PAUSE_MS); // woken early by a stop
      },
    });
    reader = startReader(data, rebuild);
    for (;;) {
      if (Atomics.load(control, STOP) === 1 && !rebuild.writing) {
        // Asked to stop: what is committed is whole; save the article table for a resume.
        const db = index;
        db.transaction(() => {
          saveDocPages(db, state.docs);
          setMeta(db, 'stats', JSON.stringify(state.stats));
        })();
        return end(rebuild, false);
      }
      if (reader && rebuild.waiting) {
        // Nothing to write until the reading thread sends the next batch (or stops at the flag).
        const next = await reader.next();
        if (next !== 'stopped') rebuild.receive(next);
        else if (Atomics.load(control, STOP) !== 1) throw new Error('the search index reader stopped early');
        continue;
      }
      if (rebuild.step(performance.now() + STEP_MS)) return end(rebuild, true);
    }
  } finally {
    closeIndex(index);
    library.close();
    Atomics.store(control, STOPPED, 1);
    Atomics.notify(control, STOPPED);
    void reader?.close();
  }
}

/**
 * A fresh rebuild's batches are read and analysed in a second worker thread while this one writes;
 * where none can start (or the rebuild is a resume), this thread reads them itself.
 */
function startReader(data: IndexWorkerData, rebuild: Rebuild): PipedReader | null {
  if (!rebuild.fastPath || process.env.BULLETIN_REBUILD_READER === 'off') return null;
  let reader: PipedReader;
  try {
    reader = new PipedReader({
      libraryFile: data.libraryFile,
      months: rebuild.months,
      total: rebuild.total,
      control: data.control,
    });
  } catch {
    return null;
  }
  rebuild.pipe();
  return reader;
}

/** A resumed rebuild starts from what the index holds: its article table and statistics. */
function loadState(index: Database.Database, state: IndexState): void {
  const stats = getMeta(index, 'stats');
  if (stats) state.stats = JSON.parse(stats) as IndexStats;
  const pages = index.prepare(`SELECT page, data FROM ${SCHEMA}.doc_pages ORDER BY page`).all() as Array<{
    page: number;
    data: Buffer;
  }>;
  for (const { page, data } of pages) state.docs.loadPage(page, data);
}

// Lowered, the rebuild yields a shared core to the main process (and the window) whenever they have work.
yieldToInteractiveWork();
serve<IndexMethods>({ rebuild: run, read: readBatches });
