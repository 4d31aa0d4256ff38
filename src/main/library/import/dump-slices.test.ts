import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../shared/domain';
import { Library } from '../library';
import { tempDir, tempLibrary, writeFile } from '../../../../test/support/temp-library';

/** A dump is one file of many independent records: stored a slice at a time, each record on its own. */

const RECORDS = 1_000;

interface Row {
  title: string;
  date: string;
  url: string;
  body: string;
}

function rows(edition = 'first'): Row[] {
  return Array.from({ length: RECORDS }, (_, k) => ({
    title: `Record ${k + 1}`,
    date: `2024-0${(k % 9) + 1}-1${k % 10}`,
    // Records 1 and 900 share a link: still two articles, neither updating the other.
    url: `https://example.org/news/${k === 899 ? 0 : k}`,
    body: `The ${edition} text of record ${k + 1}. It has a sentence about the monsoon.\n\nAnd a second paragraph on ${k} reservoirs.`,
  }));
}

const jsonl = (list: readonly Row[]) => `${list.map((r) => JSON.stringify(r)).join('\n')}\n`;
const csv = (list: readonly Row[]) =>
  ['title,date,url,body', ...list.map((r) => [r.title, r.date, r.url, `"${r.body}"`].join(','))].join('\n');

const expectedTitles = () => Array.from({ length: RECORDS }, (_, k) => `Record ${k + 1}`).sort();
const sorted = (items: ReadonlyArray<{ title: string }>) => items.map((a) => a.title).sort();

/** Records the largest gap between runs of a 5 ms timer, and what the import had stored at each run. */
function gapMonitor(stored: () => number) {
  let last = performance.now();
  const seen: number[] = [];
  let largestGapMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    largestGapMs = Math.max(largestGapMs, now - last);
    last = now;
    seen.push(stored());
  }, 5);
  return {
    stop: () => {
      clearInterval(timer);
      return { seen, largestGapMs };
    },
  };
}

const open: Library[] = [];
afterEach(() => {
  for (const library of open.splice(0)) library.close();
});
const newLibrary = (make: () => Library = () => tempLibrary()) => {
  const library = make();
  open.push(library);
  return library;
};

describe('a data dump of 1,000 records', () => {
  it('is stored in slices that let the event loop run, every record imported once', async () => {
    const library = newLibrary();
    const path = writeFile(tempDir(), 'news.jsonl', jsonl(rows()));
    let progress: ImportProgress | undefined;
    const monitor = gapMonitor(() => progress?.imported ?? 0);
    const report = await library.importPaths([path], { onProgress: (p) => (progress = p) });
    const { seen, largestGapMs } = monitor.stop();

    expect(report.failed).toEqual([]);
    expect(report.updated ?? []).toEqual([]);
    expect(sorted(report.imported)).toEqual(expectedTitles());
    expect(sorted(library.listArticles())).toEqual(expectedTitles());
    // The timer ran while the dump was part stored: storing yielded between slices.
    expect(seen.filter((n) => n > 0 && n < RECORDS).length).toBeGreaterThan(1);
    expect(largestGapMs).toBeGreaterThan(0);

    // Again, changed: every record updates its own article in place (records 1 and 900 share a link).
    const again = writeFile(tempDir(), 'news.jsonl', jsonl(rows('second')));
    const second = await library.importPaths([again]);
    expect(second.imported).toEqual([]);
    expect(sorted(second.updated!)).toEqual(expectedTitles());
    expect(library.listArticles()).toHaveLength(RECORDS);
    const first = library.getArticle(second.updated!.find((a) => a.title === 'Record 1')!.id);
    expect(first.blocks[0]!.text).toBe('The second text of record 1. It has a sentence about the monsoon.');
    // And the same once more: nothing changes.
    const third = await library.importPaths([again]);
    expect(third.duplicates).toHaveLength(RECORDS);
    expect(library.listArticles()).toHaveLength(RECORDS);
  });

  it('fails a record the database refuses alone, naming it, and stores the others', async () => {
    const dir = newLibrary().dir;
    open.pop()!.close();
    const library = newLibrary(() =>
      Library.open(dir, {
        configure: (db) =>
          db.exec(`CREATE TEMP TRIGGER refuse_record BEFORE INSERT ON articles WHEN NEW.title = 'Record 500'
                   BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`),
      }),
    );
    const path = writeFile(tempDir(), 'news.csv', csv(rows()));
    const report = await library.importPaths([path]);
    expect(report.failed).toEqual([
      { path, error: 'news.csv, row 501 (“Record 500”) could not be imported: refused by the test' },
    ]);
    expect(sorted(report.imported)).toEqual(expectedTitles().filter((t) => t !== 'Record 500'));
    expect(library.listArticles()).toHaveLength(RECORDS - 1);
  });

  it('stops at a full disk with one line saying how many records were stored', async () => {
    const dir = newLibrary().dir;
    open.pop()!.close();
    const library = newLibrary(() =>
      Library.open(dir, {
        configure: (db) =>
          db.pragma(`max_page_count = ${(db.pragma('page_count', { simple: true }) as number) + 40}`),
      }),
    );
    const path = writeFile(tempDir(), 'news.jsonl', jsonl(rows()));
    const report = await library.importPaths([path]);
    expect(report.failed).toEqual([
      { path, error: expect.stringMatching(/full \(after \d+ of its 1,000 records were stored\)\.$/) },
    ]);
    expect(report.imported.length).toBeGreaterThan(0);
    expect(library.listArticles()).toHaveLength(report.imported.length);
    expect(library.checkIntegrity()).toEqual({ ok: true, problems: [] });
  });

  it('leaves no rows when it cannot be parsed', async () => {
    const library = newLibrary();
    const path = writeFile(tempDir(), 'broken.json', `[${jsonl(rows()).replace(/\n/g, ',')}`);
    const report = await library.importPaths([path]);
    expect(report.failed).toEqual([
      { path, error: expect.stringMatching(/^broken\.json is not valid JSON/) },
    ]);
    expect(library.listArticles()).toEqual([]);
  });

  it('keeps what was stored when cancelled between slices, and says how much', async () => {
    const library = newLibrary();
    const path = writeFile(tempDir(), 'news.jsonl', jsonl(rows()));
    const controller = new AbortController();
    const report = await library.importPaths([path], {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.imported >= 100) controller.abort();
      },
    });
    const stored = report.imported.length;
    expect(report.cancelled).toBe(true);
    expect(stored).toBeGreaterThanOrEqual(100);
    expect(stored).toBeLessThan(RECORDS);
    expect(library.listArticles()).toHaveLength(stored);
    expect(report.warnings).toEqual([
      {
        path,
        warning: expect.stringMatching(
          new RegExp(`^Cancelled after ${stored} records of 1,000 were stored; the rest were not imported`),
        ),
      },
    ]);
    // The rest come with the next import, and the stored ones are not duplicated.
    const rest = await library.importPaths([join(path)]);
    expect(rest.imported).toHaveLength(RECORDS - stored);
    expect(rest.duplicates).toHaveLength(stored);
    expect(library.listArticles()).toHaveLength(RECORDS);
  });
});
