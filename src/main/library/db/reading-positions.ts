import type { Db } from './connection';
import { prepared } from './statements';

/** Where the user left an article: a block (null: the top) and the pixels scrolled into it. */
export interface ReadingPositionRow {
  articleId: number;
  blockId: number | null;
  offset: number;
}

/**
 * Keeps the position in `articleId`; a block that is not the article's is stored as no block. False
 * when there is no such article.
 */
export function saveReadingPosition(db: Db, position: ReadingPositionRow, now: string): boolean {
  const exists = prepared(db, 'SELECT 1 FROM articles WHERE id = ?').get(position.articleId);
  if (!exists) return false;
  prepared(
    db,
    `INSERT INTO reading_positions (article_id, block_id, offset, updated_at)
     VALUES (@articleId, (SELECT id FROM blocks WHERE id = @blockId AND article_id = @articleId), @offset, @now)
     ON CONFLICT (article_id) DO UPDATE
       SET block_id = excluded.block_id, offset = excluded.offset, updated_at = excluded.updated_at`,
  ).run({ ...position, now });
  return true;
}

/** The position kept for an article, or undefined. */
export function getReadingPosition(db: Db, articleId: number): ReadingPositionRow | undefined {
  return prepared(
    db,
    `SELECT article_id AS articleId, block_id AS blockId, offset FROM reading_positions WHERE article_id = ?`,
  ).get(articleId) as ReadingPositionRow | undefined;
}

/** The position saved last (the article the user was reading), or undefined. */
export function lastReadingPosition(db: Db): ReadingPositionRow | undefined {
  return prepared(
    db,
    `SELECT article_id AS articleId, block_id AS blockId, offset FROM reading_positions
      ORDER BY updated_at DESC, rowid DESC LIMIT 1`,
  ).get() as ReadingPositionRow | undefined;
}
