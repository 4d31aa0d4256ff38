import type { Annotation, AnnotationKind, HighlightColor, NoteFilter } from '../../../shared/domain';
import { rowOfSpan } from '../../../shared/table-rows';
import { articleFilterSql } from './articles';
import type { Db } from './connection';
import { prepared } from './statements';

/**
 * The text of the table a span is on, only for a span whose selectors cover a whole line (a line
 * break or the text's edge on each side): `toAnnotation` works out from it which row the span is.
 * Cheap: other notes never reach the subquery.
 */
const TABLE_TEXT = `CASE WHEN n.kind = 'span' AND n.block_id IS NOT NULL AND instr(n.quote, char(10)) = 0
                      AND (n.prefix = '' OR substr(n.prefix, -1) = char(10))
                      AND (n.suffix = '' OR substr(n.suffix, 1, 1) IN (char(10), char(13)))
                 THEN (SELECT b.text FROM blocks b WHERE b.id = n.block_id AND b.kind = 'table') END AS tableText`;

/** The columns of an annotation, over `annotations n` or `annotation_trash n` (same names). */
export const ANNOTATION_COLUMNS = `n.id, n.article_id AS articleId, n.block_id AS blockId, n.color, n.note, n.quote,
                 n.created_at AS createdAt, n.updated_at AS updatedAt, n.kind, n.prefix, n.suffix,
                 n.start_offset AS start, n.end_offset AS end, ${TABLE_TEXT}`;

export type AnnotationRow = Omit<Annotation, 'orphaned' | 'row'> & { tableText?: string | null };

/**
 * A row as the API shows it: `orphaned` is derived from the missing block, `row` from the span's
 * offsets in its table's text (a span over exactly one line of a table is a note on that row).
 */
export function toAnnotation<T extends AnnotationRow>({
  tableText,
  ...row
}: T): Omit<T, 'tableText'> & { orphaned: boolean; row: number | null } {
  const onRow =
    tableText && row.start != null && row.end != null ? rowOfSpan(tableText, row.start, row.end) : null;
  return { ...row, orphaned: row.blockId === null, row: onRow };
}

/** Where an annotation sits: the block, the block's position, and its selectors within the block. */
export interface Anchor {
  blockId: number | null;
  blockPosition: number | null;
  quote: string;
  prefix: string;
  suffix: string;
  start: number | null;
  end: number | null;
}

export interface NewAnnotation {
  articleId: number;
  blockId: number;
  color: HighlightColor | null;
  note: string;
  quote: string;
  kind?: AnnotationKind;
  prefix?: string;
  suffix?: string;
  start?: number | null;
  end?: number | null;
  blockPosition?: number | null;
}

/** The block-level annotation of a block (the one a bullet's note and colour live in). */
export function findBlockAnnotation(db: Db, blockId: number): Annotation | undefined {
  const row = db
    .prepare(
      `SELECT ${ANNOTATION_COLUMNS} FROM annotations n WHERE n.block_id = ? AND n.kind = 'block' ORDER BY n.id LIMIT 1`,
    )
    .get(blockId) as AnnotationRow | undefined;
  return row && toAnnotation(row);
}

/** The span highlight of exactly these offsets in a block, if there is one. */
export function findSpanAnnotation(
  db: Db,
  blockId: number,
  start: number,
  end: number,
): Annotation | undefined {
  const row = db
    .prepare(
      `SELECT ${ANNOTATION_COLUMNS} FROM annotations n
        WHERE n.block_id = ? AND n.kind = 'span' AND n.start_offset = ? AND n.end_offset = ? ORDER BY n.id LIMIT 1`,
    )
    .get(blockId, start, end) as AnnotationRow | undefined;
  return row && toAnnotation(row);
}

export function getAnnotation(db: Db, id: number): Annotation | undefined {
  const row = db.prepare(`SELECT ${ANNOTATION_COLUMNS} FROM annotations n WHERE n.id = ?`).get(id) as
    AnnotationRow | undefined;
  return row && toAnnotation(row);
}

/**
 * Inserts an annotation and returns its id. Ids are never reused while a deleted note waits in the
 * trash (the table has no AUTOINCREMENT, so the next id is chosen past both tables).
 */
export function insertAnnotation(db: Db, a: NewAnnotation, now: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO annotations (id, article_id, block_id, color, note, quote, kind, prefix, suffix,
                                  start_offset, end_offset, block_position, created_at, updated_at)
         VALUES (max(coalesce((SELECT max(id) FROM annotations), 0), coalesce((SELECT max(id) FROM annotation_trash), 0)) + 1,
                 @articleId, @blockId, @color, @note, @quote, @kind, @prefix, @suffix,
                 @start, @end, coalesce(@blockPosition, (SELECT position FROM blocks WHERE id = @blockId)), @now, @now)`,
      )
      .run({
        articleId: a.articleId,
        blockId: a.blockId,
        color: a.color,
        note: a.note,
        quote: a.quote,
        kind: a.kind ?? 'block',
        prefix: a.prefix ?? '',
        suffix: a.suffix ?? '',
        start: a.start ?? null,
        end: a.end ?? null,
        blockPosition: a.blockPosition ?? null,
        now,
      }).lastInsertRowid,
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

/** Moves an annotation to its new place (or, with a null block, marks it orphaned). Not a user edit. */
export function updateAnchor(db: Db, id: number, anchor: Anchor): void {
  db.prepare(
    `UPDATE annotations SET block_id = @blockId, block_position = @blockPosition, quote = @quote, prefix = @prefix,
            suffix = @suffix, start_offset = @start, end_offset = @end
      WHERE id = @id`,
  ).run({ ...anchor, id });
}

/** Moves an annotation to the trash (restorable for 30 days); false when there is no such live note. */
export function deleteAnnotation(db: Db, id: number, now: string): boolean {
  const moved = db
    .prepare(
      `INSERT INTO annotation_trash (id, article_id, block_id, kind, color, note, quote, prefix, suffix,
                                     start_offset, end_offset, block_position, created_at, updated_at, deleted_at)
       SELECT id, article_id, block_id, kind, color, note, quote, prefix, suffix,
              start_offset, end_offset, block_position, created_at, updated_at, ?
         FROM annotations WHERE id = ?`,
    )
    .run(now, id).changes;
  if (moved === 0) return false;
  db.prepare('DELETE FROM annotations WHERE id = ?').run(id);
  return true;
}

export function listArticleAnnotations(db: Db, articleId: number): Annotation[] {
  return (
    prepared(db, `SELECT ${ANNOTATION_COLUMNS} FROM annotations n WHERE n.article_id = ? ORDER BY n.id`).all(
      articleId,
    ) as AnnotationRow[]
  ).map(toAnnotation);
}

/** The annotations of an article with the block each sits on, for re-anchoring. */
export function listArticleAnchors(
  db: Db,
  articleId: number,
): Array<AnnotationRow & { blockPosition: number | null }> {
  return db
    .prepare(
      `SELECT ${ANNOTATION_COLUMNS}, n.block_position AS blockPosition
         FROM annotations n WHERE n.article_id = ? ORDER BY n.id`,
    )
    .all(articleId) as Array<AnnotationRow & { blockPosition: number | null }>;
}

/**
 * SQL conditions and parameters for a note filter, over `annotations n JOIN articles a` (or the
 * trash in place of `annotations`).
 */
export function noteFilterSql(filter: NoteFilter): { clauses: string[]; params: Record<string, unknown> } {
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
  if (filter.source) {
    clauses.push('a.source = @source');
    params.source = filter.source;
  }
  if (filter.orphaned !== undefined)
    clauses.push(filter.orphaned ? 'n.block_id IS NULL' : 'n.block_id IS NOT NULL');
  if (filter.writtenFrom) {
    clauses.push(`date(n.created_at, 'localtime') >= @writtenFrom`);
    params.writtenFrom = filter.writtenFrom;
  }
  if (filter.writtenTo) {
    clauses.push(`date(n.created_at, 'localtime') <= @writtenTo`);
    params.writtenTo = filter.writtenTo;
  }
  const words = (filter.query ?? '').split(/\s+/).filter(Boolean).slice(0, 20);
  words.forEach((word, i) => {
    clauses.push(`(n.note LIKE @q${i} ESCAPE '\\' OR n.quote LIKE @q${i} ESCAPE '\\')`);
    params[`q${i}`] = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  });
  return { clauses, params };
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
