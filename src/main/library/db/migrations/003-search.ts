import type { Migration } from './index';

/**
 * The search index's claim counter at the time of a change. An indexing job bumps it when it
 * starts; when the job ends it clears only rows older than its claim, so a change made while it
 * ran stays queued.
 */
const GENERATION = `coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'search_seq'), 0)`;

const pending = (articleId: string) =>
  `INSERT OR REPLACE INTO search_pending (article_id, seq) VALUES (${articleId}, ${GENERATION});`;

/**
 * Search: saved searches, and a queue of articles whose searchable text changed. Triggers fill the
 * queue in the same transaction as the change, whichever code made it, so the search index (a
 * separate, derived file) can catch up incrementally and never misses an edit.
 */
export const search: Migration = {
  version: 3,
  name: 'search',
  up: (db) => {
    db.exec(`
      CREATE TABLE saved_searches (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) BETWEEN 1 AND 100),
        query TEXT NOT NULL CHECK (length(query) <= 2000),
        -- {"from","to","tag","undated","sort"}: the filter controls saved with the query.
        options TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(options)),
        position INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE search_pending (
        article_id INTEGER PRIMARY KEY,
        seq INTEGER NOT NULL
      );

      CREATE TRIGGER search_article_insert AFTER INSERT ON articles BEGIN ${pending('NEW.id')} END;
      CREATE TRIGGER search_article_update AFTER UPDATE OF title, date, source ON articles BEGIN ${pending('NEW.id')} END;
      CREATE TRIGGER search_article_delete AFTER DELETE ON articles BEGIN ${pending('OLD.id')} END;

      CREATE TRIGGER search_block_insert AFTER INSERT ON blocks BEGIN ${pending('NEW.article_id')} END;
      CREATE TRIGGER search_block_update AFTER UPDATE OF text, kind, article_id ON blocks BEGIN
        ${pending('OLD.article_id')} ${pending('NEW.article_id')}
      END;
      CREATE TRIGGER search_block_delete AFTER DELETE ON blocks BEGIN ${pending('OLD.article_id')} END;

      CREATE TRIGGER search_article_tag_insert AFTER INSERT ON article_tags BEGIN ${pending('NEW.article_id')} END;
      CREATE TRIGGER search_article_tag_update AFTER UPDATE ON article_tags BEGIN
        ${pending('OLD.article_id')} ${pending('NEW.article_id')}
      END;
      CREATE TRIGGER search_article_tag_delete AFTER DELETE ON article_tags BEGIN ${pending('OLD.article_id')} END;
      CREATE TRIGGER search_tag_rename AFTER UPDATE OF name ON tags BEGIN
        INSERT OR REPLACE INTO search_pending (article_id, seq)
          SELECT article_id, ${GENERATION} FROM article_tags WHERE tag_id = NEW.id;
      END;

      CREATE TRIGGER search_annotation_insert AFTER INSERT ON annotations BEGIN ${pending('NEW.article_id')} END;
      CREATE TRIGGER search_annotation_update AFTER UPDATE OF note, article_id ON annotations BEGIN
        ${pending('OLD.article_id')} ${pending('NEW.article_id')}
      END;
      CREATE TRIGGER search_annotation_delete AFTER DELETE ON annotations BEGIN ${pending('OLD.article_id')} END;
    `);
  },
};
