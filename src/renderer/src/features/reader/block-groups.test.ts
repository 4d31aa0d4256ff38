import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../shared/domain';
import { groupBlocks } from './block-groups';

const block = (id: number, kind: Block['kind'], level = 0): Block => ({ id, kind, text: `b${id}`, level });

describe('groupBlocks', () => {
  it('puts runs of bullets, at any level, in one list', () => {
    const groups = groupBlocks([
      block(1, 'paragraph'),
      block(2, 'bullet'),
      block(3, 'bullet', 1),
      block(4, 'heading', 2),
      block(5, 'bullet'),
    ]);
    expect(groups.map((g) => (g.kind === 'list' ? g.blocks.map((b) => b.id) : g.block.id))).toEqual([
      1,
      [2, 3],
      4,
      [5],
    ]);
  });
  it('returns nothing for no blocks', () => {
    expect(groupBlocks([])).toEqual([]);
  });
});
