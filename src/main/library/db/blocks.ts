import type { Block, BlockKind } from '../../../shared/domain';
import type { Db } from './connection';
import { prepared } from './statements';

export interface NewBlock {
  kind: BlockKind;
  text: string;
  level: number;
}

export function insertBlocks(db: Db, articleId: number, blocks: readonly NewBlock[]): void {
  const insert = prepared(
    db,
    'INSERT INTO blocks (article_id, position, kind, level, text) VALUES (?, ?, ?, ?, ?)',
  );
  blocks.forEach((block, position) => insert.run(articleId, position, block.kind, block.level, block.text));
}

export function listBlocks(db: Db, articleId: number): Block[] {
  const rows = prepared(
    db,
    'SELECT id, kind, text, level, list_style AS listStyle, data FROM blocks WHERE article_id = ? ORDER BY position',
  ).all(articleId) as BlockRow[];
  return rows.map(toBlock);
}

/** The ids of an article's blocks in reading order. */
export function listBlockIds(db: Db, articleId: number): number[] {
  const rows = prepared(db, 'SELECT id FROM blocks WHERE article_id = ? ORDER BY position').all(
    articleId,
  ) as Array<{ id: number }>;
  return rows.map((row) => row.id);
}

type BlockRow = Block & { listStyle: Block['listStyle'] | null; data: string | null };

/** Adds the optional structure (list style, table rows) only where a block has it. */
function toBlock({ listStyle, data, ...block }: BlockRow): Block {
  const result: Block = { ...block };
  if (listStyle) result.listStyle = listStyle;
  if (data) {
    const rows = (JSON.parse(data) as { rows?: string[][] }).rows;
    if (rows) result.rows = rows;
  }
  return result;
}

export function getBlock(db: Db, blockId: number): (Block & { articleId: number }) | undefined {
  return db
    .prepare('SELECT id, article_id AS articleId, kind, text, level FROM blocks WHERE id = ?')
    .get(blockId) as (Block & { articleId: number }) | undefined;
}
