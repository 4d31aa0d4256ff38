import { describe, expect, it } from 'vitest';
import { placeAnnotation, spanSelector, type AnchorTarget, type CandidateBlock } from './anchoring';
import { approximateMatches, wordSimilarity } from './fuzzy';

const blocksOf = (...texts: string[]): CandidateBlock[] =>
  texts.map((text, position) => ({ id: 100 + position, position, text }));

const BULLET = 'India became a party to the Ramsar Convention in 1982 and now has 75 sites.';

function span(blockText: string | null, text: string, words: string, position = 0): AnchorTarget {
  const start = text.indexOf(words);
  const selector = spanSelector(text, start, start + words.length);
  return { kind: 'span', blockText, position, quote: selector.exact, ...selector };
}

function blockNote(text: string, position: number, known = true): AnchorTarget {
  return {
    kind: 'block',
    blockText: known ? text : null,
    position,
    quote: text,
    prefix: '',
    suffix: '',
    start: null,
    end: null,
  };
}

describe('span selectors', () => {
  it('keep the words, 32 characters of context each side, and the offsets in the block', () => {
    const start = BULLET.indexOf('in 1982');
    expect(spanSelector(BULLET, start, start + 7)).toEqual({
      exact: 'in 1982',
      prefix: 'India became a party to the Ramsar Convention '.slice(-32),
      suffix: ' and now has 75 sites.',
      start,
      end: start + 7,
    });
  });
});

describe('placing a span highlight', () => {
  it('keeps its offsets when its block is unchanged, wherever the block moved', () => {
    const target = span(BULLET, BULLET, 'in 1982', 2);
    const placed = placeAnnotation(target, blocksOf('A new first bullet.', BULLET));
    expect(placed).toMatchObject({
      blockId: 101,
      method: 'exact-block',
      span: { start: target.start, end: target.end },
    });
  });

  it('follows its words into the half of a split bullet that has them', () => {
    const target = span(BULLET, BULLET, 'in 1982', 0);
    const placed = placeAnnotation(
      target,
      blocksOf('India became a party to the Ramsar Convention in 1982.', 'It now has 75 sites.'),
    );
    expect(placed).toMatchObject({
      blockId: 100,
      method: 'nearby-quote',
      span: { exact: 'in 1982', start: 46, end: 53 },
    });
  });

  it('chooses among repeated words by their context', () => {
    const text = 'The tax was cut in 2019; the cess was cut in 2021 for exporters.';
    const target = span(text, text, 'cut in 2021', 0);
    const edited = 'The tax was cut in 2019, and the cess was cut in 2021 for all exporters.';
    const placed = placeAnnotation(target, blocksOf(edited));
    expect(placed?.span?.start).toBe(edited.indexOf('cut in 2021'));
  });

  it('finds corrected words fuzzily, scored on quote, context and position', () => {
    const before = 'Chilika Lake in Odisha was the first Indian site, desginated in 1981 by the government.';
    const after = 'Chilika Lake in Odisha was the first Indian site, designated in 1981 by the government.';
    const placed = placeAnnotation(
      span(before, before, 'desginated in 1981', 3),
      blocksOf('Other text.', after),
    );
    expect(placed).toMatchObject({ blockId: 101, method: 'fuzzy', span: { exact: 'designated in 1981' } });
    expect(placed!.score).toBeGreaterThan(0.8);
  });

  it('is not put on the same short words far away once its block is gone', () => {
    const blocks = blocksOf('Intro.', 'A.', 'B.', 'C.', 'D.', 'E.', 'Trade with India rose in 2021.');
    expect(placeAnnotation(span(BULLET, BULLET, 'India', 0), blocks)).toBeNull();
  });

  it('can still be placed from its quote alone (an orphan tried again)', () => {
    const target = { ...span(BULLET, BULLET, 'in 1982 and now has 75 sites', 4), blockText: null };
    const placed = placeAnnotation(target, blocksOf('Intro.', BULLET));
    expect(placed).toMatchObject({ blockId: 101, method: 'nearby-quote' });
  });
});

describe('placing a note on a whole block', () => {
  it('follows the same text when bullets are reordered', () => {
    const placed = placeAnnotation(
      blockNote('Second bullet text here.', 1),
      blocksOf('Second bullet text here.', 'First.'),
    );
    expect(placed).toMatchObject({ blockId: 100, method: 'exact-block', span: null });
  });

  it('stays on an edited bullet and leaves an unrelated one alone', () => {
    const note = blockNote('The Ramsar Convention was signed in 1971 in the Iranian city of Ramsar.', 0);
    const placed = placeAnnotation(
      note,
      blocksOf(
        'The Ramsar Convention was signed on 2 February 1971 in the Iranian city of Ramsar.',
        'Odisha has Chilika.',
      ),
    );
    expect(placed).toMatchObject({ blockId: 100, method: 'fuzzy' });
    expect(placeAnnotation(note, blocksOf('Odisha has Chilika Lake, the largest lagoon.'))).toBeNull();
  });

  it('goes to the larger half of a split bullet', () => {
    const placed = placeAnnotation(
      blockNote(BULLET, 0),
      blocksOf('India became a party to the Ramsar Convention in 1982.', 'It now has 75 sites.'),
    );
    expect(placed?.blockId).toBe(100);
  });
});

describe('fuzzy helpers', () => {
  it('find approximate occurrences with their edit count', () => {
    expect(approximateMatches('the lake was desginated in 1981', 'designated', 2)[0]).toEqual({
      start: 13,
      end: 23,
      errors: 2,
    });
    expect(approximateMatches('nothing alike here', 'designated', 2)).toEqual([]);
  });

  it('measure word overlap', () => {
    expect(wordSimilarity('a b c d', 'a b c d')).toBe(1);
    expect(wordSimilarity('a b c d', 'a b')).toBeCloseTo(2 / 3);
    expect(wordSimilarity('a b', 'c d')).toBe(0);
  });
});
