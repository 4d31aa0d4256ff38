import { describe, expect, it } from 'vitest';
import { decodePostings, encodePostings, mergePostings, scanPostings, type Posting } from './postings';
import { Vocabulary } from './vocabulary';

const posting = (doc: number, ...fields: Array<[number, number[]]>): Posting => ({
  doc,
  fields: fields.map(([field, positions]) => ({ field, length: 10 + field, positions })),
});

describe('posting lists', () => {
  it('round-trip through their packed form', () => {
    const list = [posting(3, [0, [1, 5]], [3, [200]]), posting(70_000, [5, [0]])];
    expect(decodePostings(encodePostings(list))).toEqual(list);
    const seen: unknown[] = [];
    scanPostings(encodePostings(list), (doc, field, tf, length) => seen.push([doc, field, tf, length]));
    expect(seen).toEqual([
      [3, 0, 2, 10],
      [3, 3, 1, 13],
      [70_000, 5, 1, 15],
    ]);
  });

  it('appending new articles after a long list gives the same bytes as unpacking and packing it again', () => {
    // Big ids, long positions and fields out of order: every varint width and the sort.
    const old = Array.from({ length: 300 }, (_, k) =>
      posting(k * 997 + 1, [3, [k, k + 200]], [0, [k * 300]]),
    );
    const blob = encodePostings(old);
    const added = [posting(400_000, [5, [0]], [1, [2, 90_000]]), posting(400_001, [3, [7]])];
    const { blob: merged, pairDelta } = mergePostings(blob, new Set([400_000, 400_001]), added);
    expect(Buffer.compare(merged!, encodePostings([...old, ...added]))).toBe(0);
    expect(pairDelta).toBe(3);
    // An added article inside the list, or one of the list's replaced: the full merge, same answer.
    const inside = mergePostings(blob, new Set([5]), [posting(5, [3, [1]])]);
    expect(
      decodePostings(inside.blob!)
        .map((p) => p.doc)
        .slice(0, 3),
    ).toEqual([1, 5, 998]);
    const replaced = mergePostings(blob, new Set([1, 500_000]), [posting(500_000, [3, [1]])]);
    expect(
      decodePostings(replaced.blob!)
        .map((p) => p.doc)
        .slice(0, 2),
    ).toEqual([998, 1995]);
    expect(decodePostings(replaced.blob!).at(-1)!.doc).toBe(500_000);
    expect(replaced.pairDelta).toBe(-1);
  });

  it('merge replaces some articles and counts the change in (article, field) pairs', () => {
    const blob = encodePostings([posting(1, [0, [0]]), posting(2, [3, [4]], [4, [1]]), posting(9, [3, [2]])]);
    const { blob: merged, pairDelta } = mergePostings(blob, new Set([2, 5]), [
      posting(2, [3, [7]]),
      posting(5, [1, [0]]),
    ]);
    expect(decodePostings(merged!).map((p) => p.doc)).toEqual([1, 2, 5, 9]);
    expect(pairDelta).toBe(0); // article 2 lost a field, article 5 brought one
    expect(mergePostings(encodePostings([posting(4, [0, [0]])]), new Set([4]), []).blob).toBeNull();
  });

  it('reports a damaged blob as a RangeError, not as wrong results', () => {
    const blob = encodePostings([posting(1, [0, [0, 1, 2]])]);
    expect(() => decodePostings(blob.subarray(0, blob.length - 2))).toThrow(RangeError);
  });
});

describe('the vocabulary', () => {
  const vocabulary = new Vocabulary([
    'kazakhstan',
    'kyrgyzstan',
    'tajikistan',
    'kazakh',
    'monsoon',
    'moon',
    'mansoon',
  ]);

  it('finds terms within an edit distance, swaps of neighbours included, nearest first', () => {
    expect(vocabulary.fuzzy('kazakstan', 1).map((f) => f.term)).toEqual(['kazakhstan']);
    expect(vocabulary.fuzzy('kazkahstan', 1).map((f) => f.term)).toEqual(['kazakhstan']);
    expect(vocabulary.fuzzy('monson', 1).map((f) => f.term)).toEqual(['monsoon']);
    expect(vocabulary.fuzzy('monson', 2).map((f) => f.term)).toEqual(['monsoon', 'mansoon', 'moon']);
    expect(vocabulary.fuzzy('monsoon', 1, 50, 'k')).toEqual([]);
  });

  it('matches wildcards anywhere in a term and sees terms added later', () => {
    expect(vocabulary.matchWildcard('*stan', 10).sort()).toEqual(['kazakhstan', 'kyrgyzstan', 'tajikistan']);
    expect(vocabulary.matchWildcard('k*stan', 10)).toEqual(['kazakhstan', 'kyrgyzstan']);
    vocabulary.add('uzbekistan');
    expect(vocabulary.matchWildcard('*stan', 10)).toContain('uzbekistan');
  });
});
