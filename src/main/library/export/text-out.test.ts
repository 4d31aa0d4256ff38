import { describe, expect, it } from 'vitest';
import { collapsingBlankLines, gathered } from './text-out';

describe('collapsingBlankLines', () => {
  const through = (pieces: string[]): string =>
    gathered((out) => {
      const doc = collapsingBlankLines(out);
      for (const piece of pieces) doc.write(piece);
      doc.end();
    });

  it('makes runs of three or more line breaks two, as a replace of the whole text does', () => {
    const whole = 'a\n\n\n\nb\nc\n\n\nd\n\ne';
    expect(through([whole])).toBe(whole.replace(/\n{3,}/g, '\n\n'));
  });

  it('does the same when a run spans pieces, or a piece is only line breaks', () => {
    const pieces = ['# Title\n', '\n', '\n\n## One\n\n', '', '\n- a', '\n', 'b\n\n', '\n\n\n', 'c\n\n\n'];
    expect(through(pieces)).toBe(pieces.join('').replace(/\n{3,}/g, '\n\n'));
    // Every cut of one text into two pieces gives the same.
    const text = 'x\n\n\n\ny\n\nz\n\n\n';
    for (let cut = 0; cut <= text.length; cut++)
      expect(through([text.slice(0, cut), text.slice(cut)])).toBe(text.replace(/\n{3,}/g, '\n\n'));
  });
});
