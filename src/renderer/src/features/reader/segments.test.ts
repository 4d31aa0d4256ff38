import { describe, expect, it } from 'vitest';
import { segmentText, trimSpan } from './segments';

const text = 'The Lokpal consists of a chairperson and up to eight members.';

describe('segmentText', () => {
  it('keeps plain text whole', () => {
    expect(segmentText(text, [])).toEqual([{ text, start: 0, end: text.length, marks: [] }]);
  });

  it('cuts around one span', () => {
    const segments = segmentText(text, [{ id: 1, start: 4, end: 10, color: 'important' }]);
    expect(segments.map((s) => [s.text, s.marks.map((m) => m.id)])).toEqual([
      ['The ', []],
      ['Lokpal', [1]],
      [' consists of a chairperson and up to eight members.', []],
    ]);
  });

  it('nests overlapping spans, the innermost last', () => {
    const segments = segmentText('abcdefgh', [
      { id: 1, start: 0, end: 6, color: 'revise' },
      { id: 2, start: 2, end: 4, color: 'doubt' },
    ]);
    expect(segments.map((s) => [s.text, s.marks.map((m) => m.id)])).toEqual([
      ['ab', [1]],
      ['cd', [1, 2]],
      ['ef', [1]],
      ['gh', []],
    ]);
  });

  it('clamps spans that run past the text and drops empty ones', () => {
    const segments = segmentText('abc', [
      { id: 1, start: 1, end: 99, color: null },
      { id: 2, start: 2, end: 2, color: null },
    ]);
    expect(segments.map((s) => s.text)).toEqual(['a', 'bc']);
  });
});

describe('trimSpan', () => {
  it('drops spaces at the edges and orders the ends', () => {
    expect(trimSpan('  word  ', 8, 0)).toEqual({ start: 2, end: 6 });
  });
  it('refuses a selection of spaces only', () => {
    expect(trimSpan('a   b', 1, 4)).toBeNull();
  });
});
