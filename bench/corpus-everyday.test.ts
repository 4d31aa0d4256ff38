import { describe, expect, it } from 'vitest';
import { termOf } from '../src/main/library/search/analyzer';
import { generateArticles } from './corpus';
import { EVERYDAY_WORDS } from './corpus-everyday';

const corpus = (vocabulary?: 'compact' | 'everyday') => [
  ...generateArticles({ seed: 16, articles: 1_000, annotations: 0, vocabulary }),
];

/** Share of the articles whose text holds the term of `word`. */
function share(articles: ReturnType<typeof corpus>, word: string): number {
  const term = termOf(word);
  const holding = articles.filter((a) =>
    a.blocks.some((b) => b.text.split(/[\s.,]+/).some((w) => termOf(w.toLowerCase()) === term)),
  );
  return holding.length / articles.length;
}

describe('the everyday vocabulary of the synthetic corpus', () => {
  it('keeps the compact articles (titles, dates, tags) and only adds sentences', () => {
    const compact = corpus();
    const everyday = corpus('everyday');
    expect(everyday.map((a) => [a.title, a.date, a.tags])).toEqual(
      compact.map((a) => [a.title, a.date, a.tags]),
    );
    expect(everyday[0]!.blocks[0]!.text.startsWith(compact[0]!.blocks[0]!.text)).toBe(true);
    expect(everyday[0]!.blocks[0]!.text.length).toBeGreaterThan(compact[0]!.blocks[0]!.text.length);
    // The same seed gives the same library.
    expect(corpus('everyday')).toEqual(everyday);
  });

  it('gives everyday words the document frequencies of a real library', () => {
    const compact = corpus();
    const everyday = corpus('everyday');
    expect(EVERYDAY_WORDS.length).toBeGreaterThan(2_000);
    // Words the topic vocabulary never uses: in almost no compact article, in many everyday ones.
    for (const word of ['dispute', 'police', 'excellency']) {
      expect(share(compact, word), word).toBeLessThan(0.01);
      expect(share(everyday, word), word).toBeGreaterThan(0.02);
    }
    // Zipf's law: a word high in the list is in more articles than one far down.
    expect(share(everyday, EVERYDAY_WORDS[5]!)).toBeGreaterThan(share(everyday, EVERYDAY_WORDS[1_500]!));
  });
});
