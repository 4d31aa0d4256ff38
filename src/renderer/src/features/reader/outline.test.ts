import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../shared/domain';
import { outlineOf } from './outline';
import { readingProgress } from './useReadingProgress';

const block = (id: number, kind: Block['kind'], text: string, level = 0): Block => ({
  id,
  kind,
  text,
  level,
});

describe('outline', () => {
  it('lists the headings in order, indented from the highest level', () => {
    const blocks = [
      block(1, 'paragraph', 'Intro'),
      block(2, 'heading', 'Polity', 2),
      block(3, 'heading', 'Fundamental rights', 3),
      block(4, 'bullet', 'Article 21'),
      block(5, 'heading', '  ', 3),
      block(6, 'heading', 'Economy', 2),
    ];
    expect(outlineOf(blocks)).toEqual([
      { id: 2, text: 'Polity', depth: 0 },
      { id: 3, text: 'Fundamental rights', depth: 1 },
      { id: 6, text: 'Economy', depth: 0 },
    ]);
    expect(outlineOf([block(1, 'paragraph', 'x')])).toEqual([]);
  });

  it('measures progress from 0 to 1', () => {
    expect(readingProgress(0, 2000, 500)).toBe(0);
    expect(readingProgress(750, 2000, 500)).toBe(0.5);
    expect(readingProgress(1500, 2000, 500)).toBe(1);
    expect(readingProgress(0, 500, 500)).toBe(1);
  });
});
