/**
 * What the index's worker thread (index-worker.ts) and the main thread's search index
 * (search-index.ts) tell each other. Articles travel as a few typed arrays, not as objects.
 */
import type { BatchDoc } from './documents';
import type { ReadBatch } from './rebuild';
import type { IndexStats } from './store';

/** What the worker is asked to rebuild. */
export interface IndexWorkerData {
  libraryFile: string;
  indexFile: string;
  /** The last month already rebuilt when resuming (`YYYY-MM` or `undated`); null from the start. */
  after: string | null;
  /** The index was emptied for this rebuild: no posting row exists but those it writes. */
  fresh?: boolean;
  /** Int32 flags: [STOP] set by the main thread, [STOPPED] set by the worker when it has let go. */
  control: SharedArrayBuffer;
}

export const STOP = 0;
export const STOPPED = 1;

/** Articles as the main thread's article table needs them: id, day, month slot, tag ids. */
export interface PackedDocs {
  ids: Int32Array;
  days: Int32Array;
  slots: Int32Array;
  /** Article `i`'s tags are `tags[tagStart[i] .. tagStart[i + 1])`. */
  tagStart: Int32Array;
  tags: Int32Array;
}

/** A batch of articles is in the index (committed): the main thread may search them. */
export interface IndexBatch {
  docs: PackedDocs;
  stats: IndexStats;
  done: number;
  total: number;
  warnings: string[];
}

/** CPU time of the rebuild's threads, in milliseconds: the one that wrote, and the one that read (if any). */
export interface RebuildCpu {
  writeMs: number;
  readMs: number | null;
}

/** How a rebuild ended: complete, or stopped when asked (what is committed is whole, and resumes). */
export interface RebuildEnd {
  complete: boolean;
  done: number;
  total: number;
  cpu: RebuildCpu;
}

/**
 * What the rebuilding worker asks of a second one (the same entry), which reads and analyses the
 * library's articles while the first writes: the batches of a fresh rebuild's fast path.
 */
export interface ReadRequest {
  libraryFile: string;
  /** The months to read, newest first, as the rebuild listed them, and the articles in them. */
  months: Array<string | null>;
  total: number;
  /** The main thread's flags (`IndexWorkerData.control`): the reader too stops at [STOP]. */
  control: SharedArrayBuffer;
  /** Int32 [TAKEN]: batches the writer has taken; the reader keeps at most `AHEAD` more in flight. */
  flow: SharedArrayBuffer;
}

export const TAKEN = 0;
/** Batches read and not yet taken by the writer, at most: one waits while one is written. */
export const AHEAD = 2;

/** How the reading ended: every month read, or stopped when asked; its thread's CPU time. */
export interface ReadEnd {
  complete: boolean;
  cpuMs: number;
}

/**
 * What the index worker answers, over the workers' RPC (workers/rpc.ts): one rebuild, batch by
 * batch; and, in a second instance, the reading of a rebuild's batches (transferred, not copied).
 */
export type IndexMethods = {
  rebuild: { params: IndexWorkerData; result: RebuildEnd; progress: IndexBatch };
  read: { params: ReadRequest; result: ReadEnd; progress: ReadBatch };
};

/** What the search index hears of a rebuild in the worker: each batch, then its end. */
export type WorkerMessage =
  ({ type: 'batch' } & IndexBatch) | { type: 'done'; done: number; total: number; cpu: RebuildCpu };

export function packDocs(docs: readonly BatchDoc[]): PackedDocs {
  const n = docs.length;
  const packed: PackedDocs = {
    ids: new Int32Array(n),
    days: new Int32Array(n),
    slots: new Int32Array(n),
    tagStart: new Int32Array(n + 1),
    tags: new Int32Array(docs.reduce((sum, d) => sum + d.tagIds.length, 0)),
  };
  let t = 0;
  docs.forEach((doc, i) => {
    packed.ids[i] = doc.id;
    packed.days[i] = doc.day;
    packed.slots[i] = doc.slot;
    packed.tagStart[i] = t;
    for (const tag of doc.tagIds) packed.tags[t++] = tag;
  });
  packed.tagStart[n] = t;
  return packed;
}

/** The typed arrays' buffers, to transfer rather than copy. */
export function transferList(docs: PackedDocs): ArrayBuffer[] {
  return [docs.ids, docs.days, docs.slots, docs.tagStart, docs.tags].map((a) => a.buffer as ArrayBuffer);
}
