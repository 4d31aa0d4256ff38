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
});
