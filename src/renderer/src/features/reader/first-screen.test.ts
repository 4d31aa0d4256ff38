import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../shared/domain';
import {
  blockCards,
  drawWholeAtOnce,
  FIRST_CARDS,
  FIRST_MARKS,
  firstScreen,
  nextScreen,
} from './first-screen';

const base = { articleId: 1, color: null, quote: '', createdAt: '', updatedAt: '' };
const block = (id: number) => ({ id, kind: 'paragraph' as const, text: 'some text here', level: 0 });
const span = (id: number, blockId: number, note = 'a note'): Annotation => ({
  ...base,
  id,
  blockId,
  kind: 'span',
  start: 0,
  end: 4,
  note,
});

describe('firstScreen', () => {
  it('draws a short article whole in the first frame', () => {
    const blocks = [block(1), block(2)];
    const spans = new Map([[1, [span(1, 1), span(2, 1)]]]);
    expect(firstScreen(blocks, (id) => spans.get(id)?.length ?? 0, spans).size).toBe(0);
  });

  it('draws a screen of cards first, in reading order, and the highlights of the first blocks', () => {
    const blocks = [block(1), block(2), block(3), block(4)];
    // 100 noted highlights on each block: 400 cards, 400 highlights.
    const spans = new Map(
      blocks.map((b) => [b.id, Array.from({ length: 100 }, (_, i) => span(b.id * 1000 + i, b.id))]),
    );
    const previews = firstScreen(blocks, (id) => spans.get(id)!.length, spans);
    expect(previews.get(1)).toEqual({ cards: FIRST_CARDS, marks: true });
    expect(previews.get(2)).toEqual({ cards: 0, marks: FIRST_MARKS > 100 });
    expect(previews.get(4)).toEqual({ cards: 0, marks: false });
    const cards = [...previews.values()].reduce((sum, p) => sum + p.cards, 0);
    expect(cards).toBe(FIRST_CARDS);
  });
});

describe('nextScreen', () => {
  it('draws the block the first frame cut short whole, and the blocks after it as before', () => {
    const blocks = [block(1), block(2), block(3)];
    const spans = new Map([
      [1, [span(1, 1)]],
      [2, Array.from({ length: 50 }, (_, i) => span(100 + i, 2))],
      [3, Array.from({ length: 50 }, (_, i) => span(200 + i, 3))],
    ]);
    const first = firstScreen(blocks, (id) => spans.get(id)!.length, spans);
    expect([...first.keys()]).toEqual([2, 3]);
    const next = nextScreen(first);
    expect(next.has(2)).toBe(false);
    expect(next.get(3)).toEqual(first.get(3));
    expect(nextScreen(new Map()).size).toBe(0);
  });
});

describe('blockCards', () => {
  it('shows a noted block note, every further note and the noted highlights, not a colour alone', () => {
    const colourOnly: Annotation = { ...base, id: 1, blockId: 1, kind: 'block', note: '', color: 'fact' };
    const more: Annotation = { ...base, id: 2, blockId: 1, kind: 'block', note: 'second' };
    const cards = blockCards(colourOnly, [more], [span(3, 1), span(4, 1, '  ')]);
    expect(cards.map((c) => c.id)).toEqual([2, 3]);
  });
});

describe('drawWholeAtOnce', () => {
  const article = { blocks: [block(1), block(2)], position: null };
  const none = { focusBlockId: null, reattachId: null, hits: 0 };
  it('draws in two frames an article opened at its top', () => {
    expect(drawWholeAtOnce(article, none)).toBe(false);
    expect(drawWholeAtOnce({ ...article, position: { blockId: null, offset: 0 } }, none)).toBe(false);
  });
  it('draws whole an article opened at a place: a note, an orphan, search hits, a resume spot', () => {
    expect(drawWholeAtOnce(article, { ...none, focusBlockId: 2 })).toBe(true);
    expect(drawWholeAtOnce(article, { ...none, reattachId: 9 })).toBe(true);
    expect(drawWholeAtOnce(article, { ...none, hits: 3 })).toBe(true);
    expect(drawWholeAtOnce({ ...article, position: { blockId: 2, offset: 0 } }, none)).toBe(true);
    expect(drawWholeAtOnce({ ...article, position: { blockId: 1, offset: 40 } }, none)).toBe(true);
  });
});
