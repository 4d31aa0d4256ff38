import type { Migration } from './index';

/**
 * Keeping the library clean (issue 12): deleted articles, the user's edits, and the bundled samples.
 *
 * - `article_trash`: a deleted article waits here 30 days with everything that hung on it (blocks,
 *   tags, links, notes, deleted notes, article note and star, review cards and their history, edits),
 *   kept as one JSON snapshot. Like `annotation_trash`, the live tables lose the rows instead of
 *   carrying a flag, so every list, count, search, notebook, review and export query stays as it was.
 *   The id is the article's own, so a restore gives the same article back (a new id only when a later
 *   import took it). `content_hash` and `url` let an import of the same article restore it in place.
 * - `article_edits`: what the user changed by hand (title, date, source), which a re-import keeps; the
 *   source's own values are kept beside them, so a re-import still recognises the article.
 * - `sample_articles`: the first-run samples, labelled so they can be shown as samples and removed.
 */
export const articleTrash: Migration = {
  version: 8,
  name: 'article-trash',
  up: (db) => {
    db.exec(`
      CREATE TABLE article_trash (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        date TEXT,
        source TEXT,
        url TEXT,
        content_hash TEXT NOT NULL,
        deleted_at TEXT NOT NULL,
        -- {"article": {...}, "blocks": [...], "tags": [...], ...}: the rows as they were.
        snapshot TEXT NOT NULL CHECK (json_valid(snapshot))
      );
      CREATE INDEX article_trash_by_time ON article_trash(deleted_at);
      CREATE INDEX article_trash_by_hash ON article_trash(content_hash);
      -- Deleting an article cascades into the notes' trash: without this, each delete scans it whole.
      CREATE INDEX annotation_trash_by_article ON annotation_trash(article_id);

      CREATE TABLE article_edits (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        -- Each edited field is set with its flag; a flag of 0 leaves the field to the source.
        title TEXT CHECK (title IS NULL OR length(trim(title)) BETWEEN 1 AND 1000),
        title_edited INTEGER NOT NULL DEFAULT 0 CHECK (title_edited IN (0, 1)),
        date TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        date_edited INTEGER NOT NULL DEFAULT 0 CHECK (date_edited IN (0, 1)),
        source TEXT,
        source_edited INTEGER NOT NULL DEFAULT 0 CHECK (source_edited IN (0, 1)),
        -- The source's title and day when the user first edited: how a re-import finds the article.
        original_title TEXT NOT NULL,
        original_date TEXT,
        edited_at TEXT NOT NULL
      );

      CREATE TABLE sample_articles (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE
      );
    `);
  },
};
