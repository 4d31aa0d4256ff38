import { describe, expect, it } from 'vitest';
import { STORY_THREADS } from './related-fixtures';
import { distinctiveTerms, namedEntities, RelatedIndex, relatedArticles } from './related';

/** The written threads, plus unrelated articles that share common words with them. */
function library() {
  const index = new RelatedIndex();
  const thread = new Map<number, string>();
  let id = 1;
  for (const t of STORY_THREADS) {
    for (const a of t.articles) {
      thread.set(id, t.name);
      index.add({ id: id++, ...a });
    }
  }
  const others = [
    [
      '2021-07-01',
      'Police reforms in the states',
      'The Home Ministry asked the states to fill police vacancies.',
    ],
    [
      '2022-02-01',
      'Union Budget: capital expenditure up',
      'The Union Cabinet approved a budget with higher capital expenditure.',
    ],
    [
      '2023-05-10',
      'Monsoon forecast for the south',
      'The weather office expects a normal monsoon over the south.',
    ],
    [
      '2024-03-03',
      'A new tiger reserve in the Western Ghats',
      'The state notified a tiger reserve after years of talks.',
    ],
  ];
  for (const [date, title, text] of others) index.add({ id: id++, date: date!, title: title!, text: text! });
  return { index, thread };
}

describe('named entities', () => {
  it('are runs of capitalised words and acronyms, not sentence starts', () => {
    expect(
      namedEntities('The Union Home Ministry asked ISRO and the Election Commission. Police said so.'),
    ).toEqual(['union home ministry', 'isro', 'election commission']);
  });

  it('include a single capitalised word inside a sentence, not one that starts a sentence or a line', () => {
    expect(
      namedEntities('Lawmakers met in the Knesset on Monday.\nWater was short. Aid then reached Haiti.'),
    ).toEqual(['knesset', 'haiti']);
    // Written in lower case elsewhere in the text, a capitalised word is an everyday word.
    expect(namedEntities('A note of the Ministry reached the ministry staff.')).toEqual([]);
    // Written with an en dash or a hyphen, a name is the same name.
    expect(namedEntities('Talks on the Assam–Mizoram border')).toEqual(['assam-mizoram']);
    expect(namedEntities('Talks on the Assam-Mizoram border')).toEqual(['assam-mizoram']);
    // A word of a longer title-case name is not a name alone.
    expect(namedEntities('Officials of the Ministry of Health and Family Welfare met.')).toEqual([
      'family welfare',
    ]);
  });
});

describe('related articles', () => {
  it('finds the rest of each thread, in date order, and nothing unrelated above it', () => {
    const { index, thread } = library();
    for (const [id, name] of thread) {
      const size = [...thread.values()].filter((n) => n === name).length;
      const related = relatedArticles(index, id);
      const best = [...related].sort((a, b) => b.score - a.score).slice(0, size - 1);
      expect(
        best.map((r) => thread.get(r.id)),
        `${index.describe(id)!.title}`,
      ).toEqual(Array(size - 1).fill(name));
      expect(related.map((r) => r.date)).toEqual([...related.map((r) => r.date)].sort());
      expect(related.every((r) => r.id !== id && r.score > 0 && r.score <= 1)).toBe(true);
    }
  });

  it('gives at most 8, and nothing for an article with no distinctive term in common', () => {
    const index = new RelatedIndex();
    for (let i = 1; i <= 12; i++) {
      index.add({
        id: i,
        date: `2026-01-${String(i).padStart(2, '0')}`,
        title: `Kuno cheetah update ${i}`,
        text: 'Cheetahs at Kuno National Park.',
      });
    }
    for (let i = 13; i <= 200; i++)
      index.add({ id: i, date: null, title: `Filler ${i}`, text: `Unrelated words number w${i}.` });
    index.add({ id: 201, date: null, title: 'A lone article', text: 'Quasar spectroscopy.' });
    expect(relatedArticles(index, 1)).toHaveLength(8);
    expect(relatedArticles(index, 201)).toEqual([]);
    expect(relatedArticles(index, 999)).toEqual([]);
  });

  it('leaves out an article that shares a single distinctive term, however often it repeats it', () => {
    const index = new RelatedIndex();
    index.add({
      id: 1,
      date: '2026-01-01',
      title: 'Cheetahs released at Kuno',
      text: 'Cheetahs from Namibia were released at Kuno National Park in Sheopur.',
    });
    index.add({
      id: 2,
      date: '2026-02-01',
      title: 'More cheetahs reach Kuno',
      text: 'A second batch of cheetahs reached Kuno National Park from Namibia.',
    });
    index.add({
      id: 3,
      date: '2026-01-15',
      title: 'Namibia trade fair',
      text: 'Namibia, Namibia, Namibia: a trade fair on copper and uranium exports.',
    });
    for (let i = 4; i <= 40; i++)
      index.add({ id: i, date: null, title: `Filler ${i}`, text: `Unrelated words number w${i} uranium.` });
    expect(relatedArticles(index, 1).map((r) => r.id)).toEqual([2]);
  });

  it('prefers rare names to common words when choosing the query', () => {
    const { index } = library();
    const terms = distinctiveTerms(index, index.docOf(1)!).map((t) => t.term);
    expect(terms.slice(0, 8)).toEqual(expect.arrayContaining(['assam', 'mizoram']));
    // A word of several unrelated articles may still be in the query, but after the names.
    expect(terms.slice(0, 5)).not.toContain('state');
  });

  it('forgets a removed article', () => {
    const { index } = library();
    const before = relatedArticles(index, 1).map((r) => r.id);
    expect(before).toContain(2);
    index.remove(2);
    expect(relatedArticles(index, 1).map((r) => r.id)).not.toContain(2);
    expect(index.describe(2)).toBeUndefined();
  });
});

/** A library of filler articles, so that document frequencies mean something. */
function withFiller(index: RelatedIndex, from: number, count: number, words: (i: number) => string) {
  for (let i = 0; i < count; i++) {
    index.add({ id: from + i, date: null, title: `Filler ${i}`, text: `Notes number n${i}: ${words(i)}.` });
  }
}

describe('what relates two articles', () => {
  it('a name inside a sentence outweighs an everyday word of the same rarity', () => {
    const index = new RelatedIndex();
    index.add({
      id: 1,
      date: '2026-02-25',
      title: 'An address to lawmakers',
      text: 'The speech in the Knesset covered the harbour and the orchards.',
    });
    index.add({
      id: 2,
      date: '2026-02-26',
      title: 'A visit to a museum',
      text: 'After the Knesset, the delegation saw the orchards.',
    });
    index.add({
      id: 3,
      date: '2026-02-26',
      title: 'A report on farms',
      text: 'The harbour and the orchards were in the report.',
    });
    // "knesset" and "harbour" are each in 2 of 43 articles: only the capital tells the name apart.
    withFiller(index, 4, 40, (i) => `entry e${i}`);
    const related = relatedArticles(index, 1).sort((a, b) => b.score - a.score);
    expect(related.map((r) => r.id)).toEqual([2, 3]);
  });
});
