import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import lunr from 'lunr';
import { analyseField, HINDI_STOP_WORDS, phraseTerms, splitWords, termsOfText } from './analyzer';

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

  it("analyses Hindi exactly as lunr-languages' lunr.hi does, without loading it", async () => {
    // lunr.hi (and the wordcut segmenter it initialises) loaded here only, to compare: its stop-word
    // filter and its stemmer against the copied list, word by word.
    type Step = (token: lunr.Token) => lunr.Token | undefined;
    const wordcut = (await import('lunr-languages/wordcut')) as unknown as { default?: unknown };
    const support = (await import('lunr-languages/lunr.stemmer.support')) as unknown as {
      default: (l: typeof lunr) => void;
    };
    const hindi = (await import('lunr-languages/lunr.hi')) as unknown as {
      default: (l: typeof lunr) => void;
    };
    const withHindi = lunr as unknown as { wordcut: unknown; hi: { stopWordFilter: Step; stemmer: Step } };
    withHindi.wordcut = wordcut.default ?? wordcut;
    support.default(lunr);
    hindi.default(lunr);
    const lunrHindi = (word: string): string | null => {
      let token: lunr.Token | undefined = new lunr.Token(word, {});
      token = withHindi.hi.stopWordFilter(token);
      if (token) token = withHindi.hi.stemmer(token);
      return token ? token.toString() : null;
    };
    // Their list, read from their source: the copy must be the same words.
    const source = readFileSync(createRequire(import.meta.url).resolve('lunr-languages/lunr.hi'), 'utf8');
    const theirList = /lunr\.hi\.stopWordFilter = lunr\.generateStopWordFilter\(\s*'([^']*)'/
      .exec(source)![1]!
      .split(' ');
    expect([...HINDI_STOP_WORDS].sort()).toEqual([...theirList].sort());
    const words = [
      ...theirList,
      ...'भारत सम्मेलन अध्यक्षता शिखर संसद न्यायालय संविधान आर्थिक सर्वेक्षण जलवायु परिवर्तन नीति आयोग'.split(' '),
    ];
    // Every Hindi stop word lunr.hi knows is in the copy (and nothing else is).
    expect(HINDI_STOP_WORDS.filter((w) => lunrHindi(w) !== null)).toEqual([]);
    for (const word of words) {
      const ours = termsOfText(word);
      // The analyser normalises a word (NFC) before its stop words, as it did with lunr.hi's filter.
      const theirs = lunrHindi(word.normalize('NFC'));
      expect(ours).toEqual(theirs === null ? [] : [theirs]);
    }
  });
});
