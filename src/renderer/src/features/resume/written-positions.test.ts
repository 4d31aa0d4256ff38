import { describe, expect, it } from 'vitest';
import { WrittenPositions } from './written-positions';

describe('the reading positions a window wrote', () => {
  it('win over the position an article was fetched with, per article', () => {
    const positions = new WrittenPositions();
    const fetched = { id: 7, position: { blockId: 70, offset: 5 } };
    expect(positions.of(fetched)).toEqual({ blockId: 70, offset: 5 });
    expect(positions.of({ id: 8, position: null })).toBeNull();
    positions.remember(7, { blockId: 74, offset: 0 });
    positions.remember(7, { blockId: 75, offset: 12 });
    expect(positions.of(fetched)).toEqual({ blockId: 75, offset: 12 });
    expect(positions.of({ id: 8, position: { blockId: null, offset: 300 } })).toEqual({
      blockId: null,
      offset: 300,
    });
  });
});
