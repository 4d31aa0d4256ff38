import type { Migration } from './index';

/**
 * Syllabus topics (issue 16).
 *
 * - `article_topics`: an article's topics with confidence, origin and the reason shown on hover.
 *   Rows with origin 'user' are the student's corrections: an accepted or added topic, or a removed
 *   one (`removed = 1`, kept so that no re-run suggests it again). Re-imports and re-runs write with
 *   `INSERT … ON CONFLICT DO UPDATE`, delete with `WHERE origin <> 'user'`, and a trigger drops any
 *   update that would turn a user row back into a machine row.
 * - `syllabi`: syllabi loaded from a file (a state PSC's), stored whole as the parsed topics.
 * - `syllabus_edits`: the student's changes to a syllabus: a renamed topic, an added sub-topic, a
 *   hidden topic. The built-in syllabus stays in the code; edits are laid over it when it is read.
 */
export const syllabus: Migration = {
  version: 7,
  name: 'syllabus',
  up: (db) => {
    db.exec(`
      CREATE TABLE article_topics (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        syllabus_id TEXT NOT NULL DEFAULT 'upsc',
        topic_id TEXT NOT NULL CHECK (topic_id <> ''),
        confidence REAL NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
        origin TEXT NOT NULL CHECK (origin IN ('source','keywords','learned','user')),
        reason TEXT NOT NULL DEFAULT '',
        removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1) AND (removed = 0 OR origin = 'user')),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (article_id, syllabus_id, topic_id)
      ) WITHOUT ROWID;
      CREATE INDEX article_topics_by_topic ON article_topics(syllabus_id, topic_id, article_id) WHERE removed = 0;

      -- A machine re-run never rewrites the student's correction.
      CREATE TRIGGER article_topics_keep_corrections BEFORE UPDATE ON article_topics
        WHEN OLD.origin = 'user' AND NEW.origin <> 'user'
        BEGIN SELECT RAISE(IGNORE); END;

      CREATE TABLE syllabi (
        id TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id <> 'upsc'),
        name TEXT NOT NULL CHECK (name <> ''),
        file_name TEXT,
        topics_json TEXT NOT NULL CHECK (json_valid(topics_json)),
        loaded_at TEXT NOT NULL
      );

      CREATE TABLE syllabus_edits (
        syllabus_id TEXT NOT NULL,
        topic_id TEXT NOT NULL CHECK (topic_id <> ''),
        -- 1: a sub-topic the student added (it needs a parent and a name).
        added INTEGER NOT NULL DEFAULT 0 CHECK (added IN (0, 1)),
        parent_id TEXT,
        name TEXT CHECK (name IS NULL OR name <> ''),
        description TEXT,
        keywords_json TEXT CHECK (keywords_json IS NULL OR json_valid(keywords_json)),
        hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (syllabus_id, topic_id),
        CHECK (added = 0 OR (parent_id IS NOT NULL AND name IS NOT NULL))
      ) WITHOUT ROWID;
    `);
  },
};
