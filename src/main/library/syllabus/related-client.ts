/**
 * Related articles off the main thread: the term index of every article (tens of megabytes and tens
 * of seconds to build at 50,000 articles, and a first query that scores posting lists of thousands of
 * articles) lives in the related worker (related-worker.ts), which reads the library on a read-only
 * connection of its own. The main thread sends it the articles placed since, and asks it for an
 * article's related list. Its first call at 50,000 articles held the main thread 136 ms; now it waits.
 */
import type { Worker } from 'node:worker_threads';
import type { Db } from '../db/connection';
import { WorkerClient } from '../workers/rpc';
import { startWorker } from '../workers/start-worker';
import type { RelatedArticle, RelatedDocument, RelatedOptions } from './related';

/** The related worker's methods, over the workers' RPC (workers/rpc.ts). */
export type RelatedMethods = {
  /** Builds the index from the library's database file. */
  build: { params: { database: string }; result: { documents: number } };
  /** Indexes articles placed since (an id already indexed is replaced). */
  add: { params: { docs: RelatedDocument[] }; result: null };
  /** Up to `options.limit` articles of the same story. */
  related: { params: { articleId: number; options: RelatedOptions }; result: RelatedArticle[] };
};

/** Articles read per query while building the index. */
export const RELATED_BATCH = 100;

/** A page of articles as the related index reads them: id above `after`, in id order. */
export function readRelatedDocuments(db: Db, after: number, limit = RELATED_BATCH): RelatedDocument[] {
  const rows = db
    .prepare(
      `SELECT a.id, a.title, a.date,
              (SELECT group_concat(b.text, char(10) ORDER BY b.position) FROM blocks b WHERE b.article_id = a.id) AS text
         FROM articles a WHERE a.id > ? ORDER BY a.id LIMIT ?`,
    )
    .all(after, limit) as Array<{ id: number; title: string; date: string | null; text: string | null }>;
  return rows.map((row) => ({ ...row, text: row.text ?? '' }));
}

/** The main thread's side of the related worker: started with the build, answers in order. */
export class RelatedWorker {
  private readonly client: WorkerClient<RelatedMethods>;
  private readonly built: Promise<unknown>;

  constructor(database: string, start: () => Worker = () => startWorker('related-worker', __dirname)) {
    // Unref'd: the index is rebuilt at the next start, so it never keeps a process (the CLI) alive.
    this.client = new WorkerClient<RelatedMethods>(start, {
      name: 'the related-articles worker',
      unref: true,
    });
    this.built = this.client.call('build', { database });
    // A failed build is reported by the query that waits for it.
    this.built.catch(() => undefined);
  }

  /** Indexes an article placed since the build started (after the build, in the worker's order). */
  add(doc: RelatedDocument): void {
    this.client.call('add', { docs: [doc] }).catch(() => undefined);
  }

  /** The related articles of `articleId`, once the index is built. */
  async related(articleId: number, options: RelatedOptions): Promise<RelatedArticle[]> {
    await this.built;
    return this.client.call('related', { articleId, options });
  }

  /** Stops the worker (the library is closing). */
  close(): Promise<void> {
    return this.client.close();
  }
}
