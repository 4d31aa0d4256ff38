import type { Annotation, HighlightColor, NoteEntry, NoteFilter } from '../../../shared/domain';
import { articleFilterSql } from './articles';
import type { Db } from './connection';

const COLUMNS = `n.id, n.article_id AS articleId, n.block_id AS blockId, n.color, n.note, n.quote,
                 n.created_at AS createdAt, n.updated_at AS updatedAt`;

/** The block-level annotation of a block (the one a bullet's note and colour live in). */
export function findBlockAnnotation(db: Db, blockId: number): Annotation | undefined {
  return db
    .prepare(`SELECT ${COLUMNS} FROM annotations n WHERE n.block_id = ? ORDER BY n.id LIMIT 1`)
    .get(blockId) as Annotation | undefined;
}

export function getAnnotation(db: Db, id: number): Annotation | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM annotations n WHERE n.id = ?`).get(id) as Annotation | undefined;
}

export function insertAnnotation(
  db: Db,
  a: { articleId: number; blockId: number; color: HighlightColor | null; note: string; quote: string },
  now: string,
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO annotations (article_id, block_id, color, note, quote, created_at, updated_at)
         VALUES (@articleId, @blockId, @color, @note, @quote, @now, @now)`,
      )
      .run({ ...a, now }).lastInsertRowid,
  );
}

export function updateAnnotation(
  db: Db,
  id: number,
  change: { color: HighlightColor | null; note: string },
  now: string,
): void {
  db.prepare('UPDATE annotations SET color = @color, note = @note, updated_at = @now WHERE id = @id').run({
    ...change,
    id,
    now,
  });
}

export function deleteAnnotation(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM annotations WHERE id = ?').run(id).changes > 0;
}

export function listArticleAnnotations(db: Db, articleId: number): Annotation[] {
  return db
    .prepare(`SELECT ${COLUMNS} FROM annotations n WHERE n.article_id = ? ORDER BY n.id`)
    .all(articleId) as Annotation[];
}

/** Every annotation matching the filter, grouped by article (newest article first), in reading order. */
export function listNoteEntries(db: Db, filter: NoteFilter = {}): NoteEntry[] {
  const { where, params } = articleFilterSql(filter);
  const clauses = where ? [where.replace(/^WHERE /, '')] : [];
  if (filter.color) {
    clauses.push('n.color = @color');
    params.color = filter.color;
  }
  if (filter.articleId) {
    clauses.push('n.article_id = @articleId');
    params.articleId = filter.articleId;
  }
  const rows = db
    .prepare(
      `SELECT ${COLUMNS}, a.title AS articleTitle, a.date AS articleDate,
              (SELECT json_group_array(t.name) FROM article_tags at JOIN tags t ON t.id = at.tag_id
                WHERE at.article_id = a.id) AS articleTags
         FROM annotations n
         JOIN articles a ON a.id = n.article_id
         LEFT JOIN blocks b ON b.id = n.block_id
        ${clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''}
        ORDER BY a.date IS NULL, a.date DESC, a.id DESC, b.position IS NULL, b.position, n.id`,
    )
    .all(params) as Array<Omit<NoteEntry, 'articleTags'> & { articleTags: string }>;
  return rows.map((r) => ({ ...r, articleTags: [...new Set(JSON.parse(r.articleTags) as string[])] }));
}

/** The notes of each article, joined as one text, for the search index. */
export function notesTextByArticle(db: Db): Map<number, string> {
  const rows = db
    .prepare(
      `SELECT article_id AS articleId, group_concat(note, ' ') AS text FROM annotations GROUP BY article_id`,
    )
    .all() as Array<{ articleId: number; text: string | null }>;
  return new Map(rows.map((r) => [r.articleId, r.text ?? '']));
}
