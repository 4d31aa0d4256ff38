import { describe, expect, it } from 'vitest';
import { PostingCursor } from './posting-cursor';
import { decodePostings, encodePostings, type Posting } from './postings';

const posting = (
  doc: number,
  ...fields: Array<[field: number, length: number, positions: number[]]>
): Posting => ({
  doc,
  fields: fields.map(([field, length, positions]) => ({ field, length, positions })),
});

/** A list with numbers of one, two and three varint bytes everywhere a number is stored. */
const LIST: Posting[] = [
  posting(0, [0, 3, [0, 1, 2]]),
  posting(5, [1, 200, [7, 130, 131]], [3, 20_000, [16_384, 16_385]], [5, 1, [0]]),
  posting(300, [2, 9, Array.from({ length: 140 }, (_, i) => i * 3)]),
  posting(70_000, [4, 1, [0]]),
];

/** Everything the cursor reports, read in full. */
function readAll(blob: Uint8Array): Posting[] {
  const cursor = new PostingCursor();
  const out: Posting[] = [];
  cursor.open(blob);
  while (cursor.nextDoc()) {
    const fields = [];
    while (cursor.nextField()) {
      const positions = [];
      for (let k = 0; k < cursor.tf; k++) positions.push(cursor.nextPosition());
      fields.push({ field: cursor.field, length: cursor.length, positions });
    }
    out.push({ doc: cursor.doc, fields });
  }
  return out;
}

describe('the posting-list cursor', () => {
  it('reads back what encodePostings packed, long numbers included', () => {
    const blob = encodePostings(LIST);
    expect(new PostingCursor().open(blob)).toBe(4);
    expect(readAll(blob)).toEqual(LIST);
    expect(decodePostings(blob)).toEqual(LIST);
  });

  it('gives each article’s field mask before its fields are read', () => {
    const cursor = new PostingCursor();
    cursor.open(encodePostings(LIST));
    const masks: Array<[number, number]> = [];
    while (cursor.nextDoc()) masks.push([cursor.doc, cursor.mask]);
    expect(masks).toEqual([
      [0, 0b1],
      [5, 0b101010],
      [300, 0b100],
      [70_000, 0b10000],
    ]);
  });

  it('skips what a step leaves unread: positions, fields and whole articles', () => {
    const cursor = new PostingCursor();
    cursor.open(encodePostings(LIST));
    const seen: unknown[] = [];
    while (cursor.nextDoc()) {
      if (cursor.doc === 0) continue; // the article left unread
      // The first position of the first field only; the other fields of article 5 are skipped.
      cursor.nextField();
      seen.push([cursor.doc, cursor.field, cursor.tf, cursor.length, cursor.nextPosition()]);
    }
    expect(seen).toEqual([
      [5, 1, 3, 200, 7],
      [300, 2, 140, 9, 0],
      [70_000, 4, 1, 1, 0],
    ]);
  });

  it('can be reopened on another list, starting afresh', () => {
    const cursor = new PostingCursor();
    cursor.open(encodePostings(LIST));
    cursor.nextDoc();
    cursor.nextField();
    cursor.open(encodePostings([posting(2, [3, 4, [1]])]));
    expect(cursor.nextDoc()).toBe(true);
    expect(cursor.doc).toBe(2);
    expect(cursor.nextField()).toBe(true);
    expect([cursor.field, cursor.length, cursor.nextPosition()]).toEqual([3, 4, 1]);
    expect(cursor.nextField()).toBe(false);
    expect(cursor.nextDoc()).toBe(false);
  });

  it('reports a list cut short anywhere as a RangeError, whether it reads or skips the positions', () => {
    const blob = encodePostings(LIST);
    const skipAll = (b: Uint8Array) => {
      const cursor = new PostingCursor();
      cursor.open(b);
      while (cursor.nextDoc()) while (cursor.nextField());
    };
    for (let end = 0; end < blob.length; end++) {
      const cut = blob.subarray(0, end);
      expect(() => readAll(cut), `cut at ${end} of ${blob.length}`).toThrow(RangeError);
      expect(() => skipAll(cut), `cut at ${end} of ${blob.length}`).toThrow(RangeError);
    }
  });

  it('reports a count of articles the list cannot hold before reading any', () => {
    const blob = Buffer.concat([Buffer.from([0x80 | 5, 1]), encodePostings(LIST).subarray(1)]); // 133 articles
    expect(() => new PostingCursor().open(blob)).toThrow(RangeError);
  });
});
