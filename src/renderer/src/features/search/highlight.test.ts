import { describe, expect, it } from 'vitest';
import { splitHighlights } from './highlight';

const join = (segments: Array<{ text: string }>) => segments.map((s) => s.text).join('');

describe('splitHighlights', () => {
  it('returns the text alone when nothing matched', () => {
    expect(splitHighlights('CSTO troops', [])).toEqual([{ text: 'CSTO troops', marked: false }]);
  });
  it('marks the ranges and keeps the text around them', () => {
    const text = 'The CSTO sent troops to Kazakhstan';
    expect(
      splitHighlights(text, [
        [4, 8],
        [24, 34],
      ]),
    ).toEqual([
      { text: 'The ', marked: false },
      { text: 'CSTO', marked: true },
      { text: ' sent troops to ', marked: false },
      { text: 'Kazakhstan', marked: true },
    ]);
  });
  it('sorts, merges and clamps ranges', () => {
    const text = 'abcdefghij';
    const segments = splitHighlights(text, [
      [6, 20],
      [0, 2],
      [1, 3],
      [3, 4],
      [-5, 0],
    ]);
    expect(segments).toEqual([
      { text: 'abcd', marked: true },
      { text: 'ef', marked: false },
      { text: 'ghij', marked: true },
    ]);
    expect(join(segments)).toBe(text);
  });
  it('handles an empty string', () => {
    expect(splitHighlights('', [[0, 3]])).toEqual([]);
  });
});
