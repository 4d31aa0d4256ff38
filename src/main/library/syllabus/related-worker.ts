/**
 * The related-articles worker thread: builds the term index of every article from the library's
 * database file (read-only), keeps it up to date with the articles the main thread sends, and answers
 * related-articles queries (related-client.ts). Built as `out/main/related-worker.js`.
 */
import Database from 'better-sqlite3';
import { serve } from '../workers/rpc';
import { yieldToInteractiveWork } from '../workers/priority';
import { RelatedIndex, relatedArticles } from './related';
import { readRelatedDocuments, RELATED_BATCH, type RelatedMethods } from './related-client';

let index = new RelatedIndex();

yieldToInteractiveWork();
serve<RelatedMethods>({
  build: ({ database }) => {
    const db = new Database(database, { readonly: true, fileMustExist: true });
    try {
      db.pragma('busy_timeout = 5000');
      const built = new RelatedIndex();
      for (let after = 0; ;) {
        const docs = readRelatedDocuments(db, after);
        for (const doc of docs) built.add(doc);
        if (docs.length < RELATED_BATCH) break;
        after = docs.at(-1)!.id;
      }
      index = built;
      return { documents: index.documentCount };
    } finally {
      db.close();
    }
  },
  add: ({ docs }) => {
    for (const doc of docs) index.add(doc);
    return null;
  },
  related: ({ articleId, options }) => relatedArticles(index, articleId, options),
});
