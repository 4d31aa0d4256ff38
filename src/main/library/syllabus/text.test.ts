import { describe, expect, it } from 'vitest';
import { splitWords, termOf } from '../search/analyzer';
import { articleTerms, joinDistinctTerms, splitJoinedTerms, surfaceOf, termsOf } from './text';

const MIXED =
  'India–Central Asia Summit: “Conservation” of wetlands/forests, Russia’s role | नई दिल्ली में जी20 शिखर सम्मेलन। ÉLAN, 2022-23';

describe('article terms', () => {
  it('reads the same words as the search index, one slice of the lower-cased text each', () => {
    const expected = splitWords(MIXED)
      .map((w) => termOf(w.text))
      .filter((t): t is string => t !== null);
    expect(termsOf(MIXED)).toEqual(expected);
    expect(termsOf(MIXED)).toContain('conserv');
    expect(termsOf(MIXED)).toContain('सम्मेलन');
    expect(termsOf(MIXED)).not.toContain('में'); // a Hindi stop word
  });

  it('shows a term as the article wrote it first, trimmed of punctuation', () => {
    const terms = articleTerms({ title: 'Wetland “Conservation”', blocks: ['Conserving wetlands.'] });
    expect(surfaceOf(terms, 'conserv')).toBe('conservation');
    expect(surfaceOf(terms, 'wetland')).toBe('wetland');
    expect(surfaceOf(terms, 'absent')).toBe('absent');
  });

  it('joins an article’s distinct terms, title first, in one string and splits them back', () => {
    // “for”, “every” and “and” are stop words.
    const terms = articleTerms({ title: 'Wetland rules', blocks: ['Rules for every wetland and lake.'] });
    const joined = joinDistinctTerms(terms);
    expect(splitJoinedTerms(joined)).toEqual({ title: [], body: ['wetland', 'rule', 'lake'] });
    expect(splitJoinedTerms('')).toEqual({ title: [], body: [] });
  });
});
