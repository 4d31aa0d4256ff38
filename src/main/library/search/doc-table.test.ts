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
    aligned.countTags(22, counts);
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
