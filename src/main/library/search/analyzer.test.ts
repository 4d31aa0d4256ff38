import { describe, expect, it } from 'vitest';
import { analyseField, phraseTerms, splitWords, termsOfText } from './analyzer';

describe('text analysis', () => {
  it('stems English, drops stop words and possessives like lunr', () => {
    expect(termsOfText('The protests in Kazakhstan’s cities')).toEqual(['protest', 'kazakhstan', 'citi']);
    expect(termsOfText('elections ELECTED electing')).toEqual(['elect', 'elect', 'elect']);
  });

  it('keeps Hindi words that stock lunr trims to nothing, and drops Hindi stop words', () => {
    expect(termsOfText('जी20 शिखर सम्मेलन')).toEqual(['जी20', 'शिखर', 'सम्मेलन']);
    expect(termsOfText('भारत में सम्मेलन हुआ।')).toEqual(['भारत', 'सम्मेलन']);
    expect(termsOfText('भारत ने G20 summits की अध्यक्षता की')).toEqual(['भारत', 'g20', 'summit', 'अध्यक्षता']);
  });

  it('splits on dashes, slashes and the danda, and records character offsets', () => {
    expect(splitWords('India–Central Asia/Summit').map((w) => w.text)).toEqual([
      'india',
      'central',
      'asia',
      'summit',
    ]);
    const words = splitWords('  CSTO forces');
    expect(words[1]).toEqual({ text: 'forces', start: 7, end: 13 });
  });

  it('gives phrases offsets that keep stop words in place', () => {
    expect(phraseTerms('Ministry of External Affairs')).toEqual([
      { term: 'ministri', offset: 0 },
      { term: 'extern', offset: 2 },
      { term: 'affair', offset: 3 },
    ]);
  });

  it('indexes positions per field with a gap between blocks and stops at the word cap', () => {
    const field = analyseField(['collective security', 'treaty'], 100);
    expect(field.terms.get('collect')).toEqual([0]);
    expect(field.terms.get('secur')).toEqual([1]);
    expect(field.terms.get('treati')).toEqual([4]);
    expect(field.length).toBe(3);
    const capped = analyseField(['a b c d e f g h'], 3);
    expect(capped.truncated).toBe(true);
  });

  it('drops junk words longer than 64 characters', () => {
    expect(termsOfText('x'.repeat(10_000))).toEqual([]);
  });
});
