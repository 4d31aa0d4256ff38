import { describe, expect, it } from 'vitest';
import { DocTable, PAGE_SIZE, UNDATED } from './doc-table';

/** A table of `n` articles with ids spread over three pages, some undated, some without tags. */
function sampleTable(): DocTable {
  const docs = new DocTable();
  for (let id = 1; id < PAGE_SIZE * 2 + 500; id += 7) {
    const tags = id % 5 === 0 ? [] : [id % 13, 20 + (id % 3)];
    docs.set(id, id % 11 === 0 ? UNDATED : 19_000 + (id % 400), 1 + (id % 90), tags);
  }
  docs.delete(8); // a gap inside a page
  return docs;
}

function snapshot(docs: DocTable) {
  const rows: Array<[number, number, number, number[]]> = [];
  docs.forEach((id) => rows.push([id, docs.day(id), docs.slot(id), Array.from(docs.tags(id))]));
  return { size: docs.size, maxTag: docs.maxTag, rows };
}

describe('the article table', () => {
  it('reads its stored pages back the same, from aligned and from unaligned bytes', () => {
    const docs = sampleTable();
    const pages = [0, 1, 2].map((page) => docs.encodePage(page));
    const aligned = new DocTable();
    pages.forEach((data, page) => aligned.loadPage(page, data));
    expect(snapshot(aligned)).toEqual(snapshot(docs));
    // The same bytes one byte into a buffer: copied before they are read.
    const unaligned = new DocTable();
    pages.forEach((data, page) => {
      const shifted = new Uint8Array(data.length + 1);
      shifted.set(data, 1);
      unaligned.loadPage(page, shifted.subarray(1));
    });
    expect(snapshot(unaligned)).toEqual(snapshot(docs));
    const counts = new Uint32Array(docs.maxTag + 1);
    aligned.countTagsOf(Int32Array.of(22), 1, counts);
    expect(Array.from(counts.entries()).filter(([, n]) => n > 0)).toEqual([
      [9, 1],
      [21, 1],
    ]);
  });

  it('lets a loaded page win over tags set before it, and keeps tags set after it', () => {
    const docs = sampleTable();
    const page = docs.encodePage(0);
    const table = new DocTable();
    table.set(1, 19_001, 2, [99]);
    table.loadPage(0, page);
    expect(Array.from(table.tags(1))).toEqual(Array.from(docs.tags(1)));
    table.set(1, 19_001, 2, [7]);
    expect(Array.from(table.tags(1))).toEqual([7]);
    expect(table.size).toBe(snapshot(docs).rows.filter(([id]) => id < PAGE_SIZE).length);
  });

  it('refuses a page of the wrong size', () => {
    expect(() => new DocTable().loadPage(0, new Uint8Array(100))).toThrow(/bad size/);
  });
});

/** The facet counts of `ids`, one id at a time through `tags()`: what `countTagsOf` must agree with. */
function countedOneByOne(table: DocTable, ids: readonly number[]): number[] {
  const counts = new Array<number>(table.maxTag + 1).fill(0);
  for (const id of ids) for (const tag of table.tags(id)) counts[tag]! += 1;
  return counts;
}

describe('the facet count of the doc table', () => {
  it('counts the tags of loaded pages and of articles changed since, in any order of ids', () => {
    const written = new DocTable();
    // Three pages of articles; article i carries tags (i % 7) and, for every third, 10 + (i % 5).
    const ids: number[] = [];
    for (let id = 1; id < PAGE_SIZE * 2 + 500; id += 3) {
      written.set(id, 19_000 + (id % 300), 1 + (id % 24), id % 3 === 0 ? [id % 7, 10 + (id % 5)] : [id % 7]);
      ids.push(id);
    }
    const table = new DocTable();
    for (const page of [0, 1, 2]) table.loadPage(page, written.encodePage(page));
    // Changed after the load: retagged, untagged, and a new article on a page of its own.
    table.set(4, 19_001, 2, [3, 3, 14]);
    table.set(PAGE_SIZE + 2, 19_002, 2, []);
    table.set(PAGE_SIZE * 5 + 1, 19_003, 3, [20]);
    const query = [
      ...ids.filter((id) => id % 2 === 0).reverse(),
      PAGE_SIZE * 5 + 1,
      ...ids.filter((id) => id % 2 === 1),
    ];
    const matched = Int32Array.from([...query, 999_999]); // past `length`: not counted
    const counts = new Uint32Array(table.maxTag + 1);
    table.countTagsOf(matched, query.length, counts);
    expect([...counts]).toEqual(countedOneByOne(table, query));
    expect(counts[20]).toBe(1);
    expect(counts[3]).toBeGreaterThan(2);
  });
});
