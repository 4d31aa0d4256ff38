/**
 * Recently deleted notes: a deleted annotation waits in `annotation_trash` for 30 days, restorable
 * with its id (so its review card and history come back with it), then is purged for good.
 */
import type { DeletedNote, NoteFilter } from '../../../shared/domain';
import { ANNOTATION_COLUMNS, noteFilterSql, toAnnotation, type AnnotationRow } from '../db/annotations';
import type { Db } from '../db/connection';
import { placeAnnotation, type CandidateBlock } from './anchoring';

export const TRASH_DAYS = 30;
const DAY_MS = 86_400_000;

function cutoff(now: Date): string {
  return new Date(now.getTime() - TRASH_DAYS * DAY_MS).toISOString();
}

/** Deleted notes still restorable, most recently deleted first. */
export function listTrash(db: Db, now: Date, filter: NoteFilter = {}): DeletedNote[] {
  const { clauses, params } = noteFilterSql(filter);
  clauses.push('n.deleted_at > @cutoff');
  params.cutoff = cutoff(now);
  const rows = db
    .prepare(
      `SELECT ${ANNOTATION_COLUMNS}, n.deleted_at AS deletedAt, a.title AS articleTitle, a.date AS articleDate,
              (SELECT json_group_array(t.name) FROM article_tags at JOIN tags t ON t.id = at.tag_id
                WHERE at.article_id = a.id) AS articleTags
         FROM annotation_trash n JOIN articles a ON a.id = n.article_id
        WHERE ${clauses.join(' AND ')}
        ORDER BY n.deleted_at DESC, n.id DESC`,
    )
    .all(params) as Array<
    AnnotationRow & {
      deletedAt: string;
      articleTitle: string;
      articleDate: string | null;
      articleTags: string;
    }
  >;
  return rows.map((r) => ({
    ...toAnnotation(r),
    // A trashed note's block may be gone; whether it still fits is settled on restore.
    orphaned: r.blockId === null,
    articleTags: [...new Set(JSON.parse(r.articleTags) as string[])],
    expiresAt: new Date(Date.parse(r.deletedAt) + TRASH_DAYS * DAY_MS).toISOString(),
  }));
}

/**
 * Puts a deleted note back. If its block is gone meanwhile (the article was re-imported), it is
 * re-anchored against the article's blocks now, or comes back orphaned. False when not in the trash.
 */
export function restoreFromTrash(db: Db, id: number, now: Date): boolean {
  const row = db
    .prepare(
      `SELECT n.id, n.article_id AS articleId, n.block_id AS blockId, n.kind, n.quote, n.prefix, n.suffix,
              n.start_offset AS start, n.end_offset AS end, n.block_position AS blockPosition
         FROM annotation_trash n WHERE n.id = ? AND n.deleted_at > ?`,
    )
    .get(id, cutoff(now)) as
    | {
        id: number;
        articleId: number;
        blockId: number | null;
        kind: 'block' | 'span';
        quote: string;
        prefix: string;
        suffix: string;
        start: number | null;
        end: number | null;
        blockPosition: number | null;
      }
    | undefined;
  if (!row) return false;
  db.prepare(
    `INSERT INTO annotations (id, article_id, block_id, kind, color, note, quote, prefix, suffix,
                              start_offset, end_offset, block_position, created_at, updated_at)
     SELECT id, article_id, NULL, kind, color, note, quote, prefix, suffix,
            start_offset, end_offset, block_position, created_at, updated_at
       FROM annotation_trash WHERE id = ?`,
  ).run(id);
  db.prepare('DELETE FROM annotation_trash WHERE id = ?').run(id);

  const blocks = (
    db
      .prepare('SELECT id, text, kind FROM blocks WHERE article_id = ? ORDER BY position')
      .all(row.articleId) as Array<{
      id: number;
      text: string;
      kind: CandidateBlock['kind'];
    }>
  ).map((b, position): CandidateBlock => ({ ...b, position }));
  const own = row.blockId === null ? undefined : blocks.find((b) => b.id === row.blockId);
  const unchanged =
    own &&
    (row.kind === 'block'
      ? own.text === row.quote
      : own.text.slice(row.start ?? 0, row.end ?? 0) === row.quote);
  const placement = unchanged
    ? { blockId: own.id, position: own.position, span: null }
    : placeAnnotation({ ...row, blockText: null, position: row.blockPosition }, blocks);
  if (placement) {
    db.prepare(
      `UPDATE annotations SET block_id = @blockId, block_position = @position,
              quote = coalesce(@exact, quote), prefix = coalesce(@prefix, prefix), suffix = coalesce(@suffix, suffix),
              start_offset = coalesce(@start, start_offset), end_offset = coalesce(@end, end_offset)
        WHERE id = @id`,
    ).run({
      id,
      blockId: placement.blockId,
      position: placement.position,
      // A block note's quote follows its block's text; a span's, the words it now covers.
      exact:
        placement.span?.exact ??
        (row.kind === 'block' ? blocks.find((b) => b.id === placement.blockId)!.text : null),
      prefix: placement.span?.prefix ?? null,
      suffix: placement.span?.suffix ?? null,
      start: placement.span?.start ?? null,
      end: placement.span?.end ?? null,
    });
  }
  return true;
}

/** Deletes one note from the trash for good (with its review card). False when not there. */
export function purgeFromTrash(db: Db, id: number): boolean {
  const gone = db.prepare('DELETE FROM annotation_trash WHERE id = ?').run(id).changes > 0;
  if (gone) db.prepare('DELETE FROM review_cards WHERE annotation_id = ?').run(id);
  return gone;
}

/** Purges notes deleted more than 30 days ago, with their review cards; returns how many. */
export function purgeExpired(db: Db, now: Date): number {
  const limit = cutoff(now);
  db.prepare(
    'DELETE FROM review_cards WHERE annotation_id IN (SELECT id FROM annotation_trash WHERE deleted_at <= ?)',
  ).run(limit);
  return db.prepare('DELETE FROM annotation_trash WHERE deleted_at <= ?').run(limit).changes;
}
