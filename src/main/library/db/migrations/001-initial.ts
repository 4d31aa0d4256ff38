import type { Migration } from './index';

/** Articles, their blocks, tags and block annotations. */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  up: (db) => {
    db.exec(`
      CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        date TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        date_text TEXT,
        source TEXT,
        url TEXT,
        origin_name TEXT,
        content_hash TEXT NOT NULL UNIQUE,
        imported_at TEXT NOT NULL,
        read_at TEXT
      );
      CREATE INDEX articles_by_date ON articles(date);

      CREATE TABLE blocks (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('heading','paragraph','bullet','table','quote','caption')),
        level INTEGER NOT NULL DEFAULT 0,
        text TEXT NOT NULL,
        UNIQUE (article_id, position)
      );

      CREATE TABLE tags (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE
      );

      CREATE TABLE article_tags (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags(id),
        origin TEXT NOT NULL CHECK (origin IN ('source','user')),
        PRIMARY KEY (article_id, tag_id, origin)
      );
      CREATE INDEX article_tags_by_tag ON article_tags(tag_id);

      -- A note keeps its article and a copy of its block's text, so losing a block never loses the note.
      CREATE TABLE annotations (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        block_id INTEGER REFERENCES blocks(id) ON DELETE SET NULL,
        color TEXT CHECK (color IS NULL OR color IN ('important','revise','doubt','fact')),
        note TEXT NOT NULL DEFAULT '',
        quote TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX annotations_by_block ON annotations(block_id);
      CREATE INDEX annotations_by_article ON annotations(article_id);

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `);
  },
};
