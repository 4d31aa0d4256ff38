import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../shared/domain';
import { articleAnnotations } from './article-annotations';

const base = { articleId: 1, color: null, note: '', quote: '', createdAt: '', updatedAt: '' };
const block = (id: number) => ({ id, kind: 'bullet' as const, text: 'text', level: 0 });

describe('articleAnnotations', () => {
  it('keeps spans apart from the block note, in text order, and collects orphans', () => {
    const annotations: Annotation[] = [
      { ...base, id: 1, blockId: 10, kind: 'span', start: 5, end: 8 },
      { ...base, id: 2, blockId: 10, kind: 'block', note: 'whole block' },
      { ...base, id: 3, blockId: 10, kind: 'span', start: 0, end: 3 },
      { ...base, id: 4, blockId: null, kind: 'span', orphaned: true },
      { ...base, id: 5, blockId: 99 },
    ];
    const sorted = articleAnnotations({ blocks: [block(10)], annotations });
    expect(sorted.notes.get(10)?.id).toBe(2);
    expect(sorted.spans.get(10)?.map((a) => a.id)).toEqual([3, 1]);
    expect(sorted.orphans.map((a) => a.id)).toEqual([4, 5]);
  });

  it('puts notes on whole table rows under their row, apart from words highlighted in cells', () => {
    const table = { id: 20, kind: 'table' as const, text: 'A | B\nC | D', level: 0 };
    const annotations: Annotation[] = [
      { ...base, id: 1, blockId: 20, kind: 'span', start: 6, end: 11, row: 1 },
      { ...base, id: 2, blockId: 20, kind: 'span', start: 6, end: 7, row: null },
      { ...base, id: 3, blockId: 20, kind: 'block' },
    ];
    const sorted = articleAnnotations({ blocks: [table], annotations });
    expect(
      sorted.rows
        .get(20)
        ?.get(1)
        ?.map((a) => a.id),
    ).toEqual([1]);
    expect(sorted.spans.get(20)?.map((a) => a.id)).toEqual([2]);
    expect(sorted.notes.get(20)?.id).toBe(3);
  });

  it('keeps every whole-block note of a block, the oldest first, none hidden (issue 17)', () => {
    const annotations: Annotation[] = [
      { ...base, id: 7, blockId: 10, kind: 'block', note: 'third' },
      { ...base, id: 2, blockId: 10, kind: 'block', note: 'first' },
      { ...base, id: 5, blockId: 10, kind: 'block', note: 'second' },
      { ...base, id: 9, blockId: 11, kind: 'block', note: 'alone' },
    ];
    const sorted = articleAnnotations({ blocks: [block(10), block(11)], annotations });
    expect(sorted.notes.get(10)?.id).toBe(2);
    expect(sorted.moreNotes.get(10)?.map((a) => a.note)).toEqual(['second', 'third']);
    expect(sorted.notes.get(11)?.id).toBe(9);
    expect(sorted.moreNotes.has(11)).toBe(false);
    const shown = [...sorted.notes.values()].length + [...sorted.moreNotes.values()].flat().length;
    expect(shown).toBe(annotations.length);
  });
});
