import { describe, expect, it } from 'vitest';
import { DocTable, PAGE_SIZE } from './doc-table';

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
