/**
 * Re-anchoring in the database: after an article's blocks were replaced (a re-import that updates
 * in place, a correction), every live note of the article is placed again, or orphaned.
 *
 * Use it around the change, inside the same transaction:
 *   const { report } = withReanchoring(db, articleId, () => { deleteBlocks(); insertBlocks(); });
 * The snapshot must be taken before the blocks are deleted: deleting a block sets its notes'
 * `block_id` to NULL, and block ids may be reused by the new rows.
 */
import type { BlockKind } from '../../../shared/domain';
import * as annotations from '../db/annotations';
import type { Db } from '../db/connection';
import { placeAnnotation, type AnchorMethod, type CandidateBlock } from './anchoring';

/** Each live note of an article with the block it was on, taken before a change. */
export interface AnchorSnapshot {
  articleId: number;
  notes: Map<number, { blockId: number; position: number; text: string; kind: BlockKind }>;
}

/** What happened to the notes of an article. */
export interface ReanchorReport {
  /** Notes whose block did not change. */
  kept: number;
  /** Notes placed again, by how. */
  moved: Record<AnchorMethod, number>;
  /** Notes left without a block (listed as orphaned, with their quote). */
  orphaned: number[];
}

export function snapshotAnchors(db: Db, articleId: number): AnchorSnapshot {
  const rows = db
    .prepare(
      `SELECT n.id, b.id AS blockId, b.position, b.text, b.kind
         FROM annotations n JOIN blocks b ON b.id = n.block_id
        WHERE n.article_id = ?`,
    )
    .all(articleId) as Array<{
    id: number;
    blockId: number;
    position: number;
    text: string;
    kind: BlockKind;
  }>;
  return { articleId, notes: new Map(rows.map(({ id, ...block }) => [id, block])) };
}

function currentBlocks(db: Db, articleId: number): CandidateBlock[] {
  return (
    db
      .prepare('SELECT id, text, kind FROM blocks WHERE article_id = ? ORDER BY position')
      .all(articleId) as Array<{ id: number; text: string; kind: BlockKind }>
  ).map((b, position) => ({ ...b, position }));
}

/**
 * Places every live note of the article against its current blocks: notes on unchanged blocks stay,
 * the others are re-anchored (exact block, nearby quote, fuzzy) or orphaned. Orphaned notes are
 * tried again too, so a correction that brings their text back re-attaches them.
 */
export function reanchorArticle(db: Db, before: AnchorSnapshot): ReanchorReport {
  const report: ReanchorReport = {
    kept: 0,
    moved: { 'exact-block': 0, 'nearby-quote': 0, fuzzy: 0 },
    orphaned: [],
  };
  const blocks = currentBlocks(db, before.articleId);
  const byId = new Map(blocks.map((b) => [b.id, b]));
  for (const note of annotations.listArticleAnchors(db, before.articleId)) {
    const old = before.notes.get(note.id);
    const now = note.blockId === null ? undefined : byId.get(note.blockId);
    if (old && now && note.blockId === old.blockId && now.text === old.text) {
      if (note.blockPosition !== now.position) {
        annotations.updateAnchor(db, note.id, { ...anchorOf(note), blockPosition: now.position });
      }
      report.kept++;
      continue;
    }
    const placement = placeAnnotation(
      {
        kind: note.kind ?? 'block',
        blockText: old?.text ?? null,
        position: old?.position ?? note.blockPosition,
        blockId: now?.id ?? null,
        blockKind: old?.kind ?? null,
        quote: note.quote,
        prefix: note.prefix ?? '',
        suffix: note.suffix ?? '',
        start: note.start ?? null,
        end: note.end ?? null,
      },
      blocks,
    );
    if (!placement) {
      annotations.updateAnchor(db, note.id, {
        ...anchorOf(note),
        blockId: null,
        blockPosition: old?.position ?? note.blockPosition,
      });
      report.orphaned.push(note.id);
      continue;
    }
    const block = byId.get(placement.blockId)!;
    annotations.updateAnchor(db, note.id, {
      blockId: block.id,
      blockPosition: block.position,
      quote: placement.span ? placement.span.exact : block.text,
      prefix: placement.span?.prefix ?? '',
      suffix: placement.span?.suffix ?? '',
      start: placement.span?.start ?? null,
      end: placement.span?.end ?? null,
    });
    report.moved[placement.method]++;
  }
  return report;
}

function anchorOf(note: ReturnType<typeof annotations.listArticleAnchors>[number]): annotations.Anchor {
  return {
    blockId: note.blockId,
    blockPosition: note.blockPosition,
    quote: note.quote,
    prefix: note.prefix ?? '',
    suffix: note.suffix ?? '',
    start: note.start ?? null,
    end: note.end ?? null,
  };
}

/** Runs `change` (which replaces the article's blocks) and re-anchors the article's notes after it. */
export function withReanchoring<T>(
  db: Db,
  articleId: number,
  change: () => T,
): { result: T; report: ReanchorReport } {
  const before = snapshotAnchors(db, articleId);
  const result = change();
  return { result, report: reanchorArticle(db, before) };
}
