import { describe, expect, it } from 'vitest';
import { matchRanges, matchWords } from './notebook-matches';

describe('what the notebook search matched', () => {
  it('finds every occurrence of every word, ignoring case, inside words too (as LIKE does)', () => {
    expect(matchRanges('Lokpal: the LOKPAL and lokayuktas', ['lok'])).toEqual([
      [0, 3],
      [12, 15],
      [23, 26],
    ]);
    expect(matchRanges('Ramsar wetlands', ['wet', 'ramsar'])).toEqual([
      [7, 10],
      [0, 6],
    ]);
    expect(matchRanges('nothing here', ['csto'])).toEqual([]);
  });

  it('reads the query as the core does: words split on spaces, at most 20', () => {
    expect(matchWords('  federal   finance ')).toEqual(['federal', 'finance']);
    expect(matchWords(Array.from({ length: 25 }, (_, i) => `w${i}`).join(' '))).toHaveLength(20);
  });
});
