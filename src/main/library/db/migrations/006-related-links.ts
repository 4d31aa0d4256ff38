import type { Migration } from './index';

/**
 * Related links of an article: the `Read more: <another article>` lines a source puts inside its text,
 * kept apart from the text (in order, with the address when the source gave one). Deleting an article
 * deletes its links.
 */
export const relatedLinks: Migration = {
  version: 6,
  name: 'related-links',
  up: (db) => {
    db.exec(`
      CREATE TABLE article_links (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 1000),
        url TEXT CHECK (url IS NULL OR url GLOB 'http://?*' OR url GLOB 'https://?*'),
        PRIMARY KEY (article_id, position)
      ) WITHOUT ROWID;
    `);
  },
};
