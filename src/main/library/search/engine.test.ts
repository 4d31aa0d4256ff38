import { afterEach, describe, expect, it } from 'vitest';
import { runQuery, type EngineContext, type EngineRequest, type EngineResult } from './engine';
import { parseQuery } from './query';
import { denseMatches } from './query-scratch';
import type { SearchIndex } from './search-index';
import { testLibrary, type TestLibrary } from '../../../../test/support/search-library';

const open: TestLibrary[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.close();
});

/** A library where phrases, their words and tags overlap across articles. */
function seeded(): TestLibrary {
  const t = testLibrary();
  open.push(t);
  const texts = [
    [
      'Collective security in Central Asia',
      'The collective security treaty binds six states. Security council meets.',
    ],
    [
      'Security council reform',
      'India seeks a permanent seat on the security council; collective security matters.',
    ],
    [
      'Monetary policy review',
      'The monetary policy committee kept the repo rate; collective action on inflation.',
    ],
    [
      'Treaty organisation',
      'The security treaty organisation held drills; the collective security of members.',
    ],
    ['Council of states', 'The council of states and the security of borders were discussed in council.'],
    ['Inflation and security', 'Food security and inflation: the monetary policy council reviewed prices.'],
  ];
  texts.forEach(([title, text], i) =>
    t.add({
      title: title!,
      date: `2022-0${(i % 3) + 1}-1${i}`,
      tags: i % 2 === 0 ? ['GS-2'] : ['GS-3'],
      blocks: [
        { text: text! },
        { text: i % 2 === 0 ? 'Section: collective security and the security council.' : 'Section: none.' },
      ],
    }),
  );
  // Run one search so that the index is built and attached.
  t.library.searchArticles('security');
  return t;
}

/** The engine's view of a test library's index (the engine is what is under test here). */
function contextOf(t: TestLibrary): EngineContext {
  const index = (t.library as unknown as { search: { index: SearchIndex } }).search.index;
  return (index as unknown as { engineContext(): EngineContext }).engineContext();
}

function request(text: string, extra: Partial<EngineRequest> = {}): EngineRequest {
  const parsed = parseQuery(text, '2024-01-01');
  if (!parsed.ok) throw new Error(parsed.message);
  return { query: parsed.query, tags: [], notTags: [], sort: 'relevance', limit: 20, offset: 0, ...extra };
}

const QUERIES: EngineRequest[] = [
  request('"collective security"'),
  request('"security council"'),
  request('+"security treaty" collective'),
  request('security -"security council"'),
  request('"monetary policy" inflation'),
  request('council', { tags: ['GS-2'] }),
  request('securty'), // a slip: corrected
  request('secur*', { from: '2022-02-01', to: '2022-03-31' }),
  request('-"collective security"', { tags: ['GS-3'] }),
];

/** What a result says, in a form `toEqual` compares in full. */
const plain = (r: EngineResult) => ({ ...r, terms: [...r.terms].sort() });

describe('the search engine', () => {
  it('gives the same answers when it walks many matches in id order and clears its arrays whole', () => {
    const t = seeded();
    const ctx = contextOf(t);
    const saved = { ...denseMatches };
    const answers = (collect: number, clear: number) => {
      Object.assign(denseMatches, { collect, clear });
      // Twice over, so that each query also runs on arrays the other queries cleared.
      return [...QUERIES, ...QUERIES].map((q) => plain(runQuery(ctx, q)));
    };
    try {
      const sparse = answers(0, 0); // always in the order met, entry by entry
      const dense = answers(1e9, 1e9); // always in id order, whole arrays
      expect(dense).toEqual(sparse);
      expect(sparse.some((a) => a.total > 1)).toBe(true);
    } finally {
      Object.assign(denseMatches, saved);
    }
  });

  it('gives each query the same answer when other queries run in the middle of it', () => {
    const t = seeded();
    const ctx = contextOf(t);
    const alone = QUERIES.map((q) => plain(runQuery(ctx, q)));
    expect(alone[0]!.total).toBe(5); // articles 1, 2 and 4 by their text, 1, 3 and 5 by their section
    expect(alone[1]!.total).toBeGreaterThan(0);

    // Every time the running query reads a posting list, every query of the list runs in full on
    // the same index: between two words of a phrase, between two clauses, and so on.
    let depth = 0;
    let interleaved = 0;
    const reads = ctx.statements.postingRange;
    const readsWithQueries = {
      all: (lo: number, hi: number) => {
        if (depth === 0) {
          depth += 1;
          QUERIES.forEach((q, i) => expect(plain(runQuery(busy, q))).toEqual(alone[i]));
          interleaved += QUERIES.length;
          depth -= 1;
        }
        return reads.all(lo, hi);
      },
    };
    const busy: EngineContext = {
      ...ctx,
      statements: Object.create(ctx.statements, { postingRange: { value: readsWithQueries } }),
    };
    const during = QUERIES.map((q) => plain(runQuery(busy, q)));
    expect(interleaved).toBeGreaterThan(QUERIES.length * QUERIES.length); // phrases read several lists
    expect(during).toEqual(alone);
  });

  it('gives the same answer when a query runs from inside the vocabulary and tag callbacks', () => {
    const t = seeded();
    const ctx = contextOf(t);
    const fuzzy = request('councel~1 "collective security"', { tags: ['GS-2'] });
    const inner = request('"security council" -monetary');
    const fuzzyAlone = plain(runQuery(ctx, fuzzy));
    const innerAlone = plain(runQuery(ctx, inner));
    expect(fuzzyAlone.total).toBeGreaterThan(0);
    const seen: unknown[] = [];
    const reentrant: EngineContext = {
      ...ctx,
      vocabulary: () => {
        seen.push(plain(runQuery(ctx, inner)));
        return ctx.vocabulary();
      },
      tagIdsOf: (names) => {
        seen.push(plain(runQuery(ctx, inner)));
        return ctx.tagIdsOf(names);
      },
    };
    expect(plain(runQuery(reentrant, fuzzy))).toEqual(fuzzyAlone);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    for (const result of seen) expect(result).toEqual(innerAlone);
  });

  it('answers correctly after a query that failed half-way through', () => {
    const t = seeded();
    const ctx = contextOf(t);
    const alone = QUERIES.map((q) => plain(runQuery(ctx, q)));
    let reads = 0;
    let failAt = 3;
    const failing: EngineContext = {
      ...ctx,
      statements: Object.create(ctx.statements, {
        postingRange: {
          value: {
            all: (lo: number, hi: number) => {
              if (++reads === failAt) throw new RangeError('search index blob ends early');
              return ctx.statements.postingRange.all(lo, hi);
            },
          },
        },
      }),
    };
    // A required clause and a phrase have marked articles when the third read fails.
    expect(() => runQuery(failing, request('+security "collective security"'))).toThrow(RangeError);
    failAt = -1;
    expect(QUERIES.map((q) => plain(runQuery(failing, q)))).toEqual(alone);
  });
});
