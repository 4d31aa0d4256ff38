/**
 * The peer's index: SQLite FTS5 over the same fields as ours (title, tags, headings, body, notes,
 * source), built the same way by every bench that compares against it.
 */
import type { Database } from 'better-sqlite3';

export const FTS_COLUMNS = 'title, tags, headings, body, notes, source';

/** Builds `fts` (and its `fts_vocab`) from a Bulletin library's tables in one statement batch. */
export function buildFts5(db: Database): void {
  db.exec(`
    CREATE VIRTUAL TABLE fts USING fts5(${FTS_COLUMNS}, tokenize = 'porter unicode61', prefix = '2 3');
    INSERT INTO fts (rowid, ${FTS_COLUMNS})
      SELECT a.id, a.title,
        (SELECT group_concat(t.name, ' ') FROM article_tags x JOIN tags t ON t.id = x.tag_id WHERE x.article_id = a.id),
        (SELECT group_concat(text, ' ') FROM blocks WHERE article_id = a.id AND kind = 'heading'),
        (SELECT group_concat(text, ' ') FROM blocks WHERE article_id = a.id AND kind <> 'heading'),
        (SELECT group_concat(note, ' ') FROM annotations WHERE article_id = a.id),
        a.source
      FROM articles a;
    CREATE VIRTUAL TABLE fts_vocab USING fts5vocab(fts, 'row');
  `);
}
