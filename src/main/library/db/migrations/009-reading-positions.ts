import type { Migration } from './index';

/**
 * Where the user left each article: the passage (block) at the top of the reader and how far into
 * it, in pixels. The most recent row is the article a reload reopens. A position goes with its
 * article; a re-import that replaces the blocks leaves the position without its block (the reader
 * then starts at the top).
 */
export const readingPositions: Migration = {
  version: 9,
  name: 'reading-positions',
  up: (db) => {
    db.exec(`
      CREATE TABLE reading_positions (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        block_id INTEGER REFERENCES blocks(id) ON DELETE SET NULL,
        offset INTEGER NOT NULL DEFAULT 0 CHECK (offset BETWEEN 0 AND 10000000),
        updated_at TEXT NOT NULL
      );
      CREATE INDEX reading_positions_by_time ON reading_positions (updated_at);
    `);
  },
};
