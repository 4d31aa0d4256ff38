import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_FIXTURES, tempDir, tempLibrary, writeFile } from '../../../../test/support/temp-library';
import { previewDump } from './dump-preview';

const fixture = (name: string) => readFileSync(join(IMPORT_FIXTURES, name));
const CSV_MAP = {
  title: 'Topic Name',
  body: 'Story',
  date: 'Published On',
  tags: 'Labels',
  url: 'Source Link',
};

describe('previewing a data dump', () => {
  it('lists the fields with a sample each, the recognised ones, and a suggested map', () => {
    const preview = previewDump('unmapped-news.csv', fixture('unmapped-news.csv'));
    expect(preview.fields.map((f) => f.name)).toEqual([
      'Topic Name',
      'Story',
      'Published On',
      'Labels',
      'Source Link',
    ]);
    expect(preview.fields[0]!.sample).toBe('Monsoon Session of Parliament');
    expect(preview.fields[2]!.sample).toBe('22 July 2024');
    expect(preview.fields[1]!.sample).toMatch(/^The Monsoon Session of Parliament began .*…$/);
    expect(preview.fields[1]!.sample.length).toBeLessThanOrEqual(120);
    expect(preview.recognised).toEqual({ tags: 'Labels' });
    expect(preview.map).toEqual(CSV_MAP);
    expect(preview.records).toBe(4);
    expect(preview.problem).toBeNull();
  });

  it('shows the first 3 records as they would import with the map given', () => {
    const preview = previewDump('unmapped-news.csv', fixture('unmapped-news.csv'), CSV_MAP);
    expect(preview.articles.map((a) => [a.label, a.title, a.date, a.tags, a.firstLine, a.skipped])).toEqual([
      [
        'row 2',
        'Monsoon Session of Parliament',
        '2024-07-22',
        ['Polity', 'GS-2'],
        'The Monsoon Session of Parliament began with a discussion on the new criminal laws.',
        null,
      ],
      [
        'row 3',
        'Green Hydrogen Mission',
        '2024-07-23',
        ['Economy', 'Environment'],
        'The National Green Hydrogen Mission aims at 5 million tonnes of production a year by 2030.',
        null,
      ],
      [
        'row 4',
        'Ramsar Sites Added',
        '2024-07-24',
        ['Environment'],
        'India added three wetlands to the list of Ramsar sites, taking the total to 85.',
        null,
      ],
    ]);
  });

  it('follows the map: another title field, no date, a record left out', () => {
    const preview = previewDump('unmapped-news.csv', fixture('unmapped-news.csv'), {
      title: 'Labels',
      body: 'Topic Name',
      date: '',
    });
    expect(preview.articles.map((a) => [a.title, a.date, a.firstLine])).toEqual([
      ['Polity; GS Paper 2', null, 'Monsoon Session of Parliament'],
      ['Economy, Environment', null, 'Green Hydrogen Mission'],
      ['Environment', null, 'Ramsar Sites Added'],
    ]);
    const body = previewDump('unmapped-news.jsonl', fixture('unmapped-news.jsonl'), { body: 'area' });
    expect(body.articles.map((a) => a.title)).toEqual(['Economy', 'Internal Security']);
  });

  it('says so when no body field is chosen, and shows no records', () => {
    const preview = previewDump('unmapped-news.json', fixture('unmapped-news.json'), {
      title: 'caption',
      body: '',
    });
    expect(preview.problem).toMatch(/Body/);
    expect(preview.articles).toEqual([]);
    expect(preview.fields.find((f) => f.name === 'labels')?.sample).toBe('Polity, GS Paper 2');
  });

  it('refuses a file that is not a dump, and one that is not readable', () => {
    expect(() => previewDump('notes.txt', Buffer.from('Title\n\ntext'))).toThrow(/not a data dump/);
    expect(() => previewDump('broken.json', Buffer.from('{"a": ['))).toThrow(/not valid JSON/);
  });
});

describe('mapping a dump in the library', () => {
  it('reports the fields of an unmapped dump, imports it with a map and remembers the map for the same fields', () => {
    const library = tempLibrary();
    const dir = tempDir();
    const first = writeFile(dir, 'news.csv', fixture('unmapped-news.csv'));
    const report = library.importFiles([first]);
    expect(report.imported).toEqual([]);
    expect(report.failed).toEqual([
      {
        path: first,
        kind: 'unmapped-fields',
        fields: ['Topic Name', 'Story', 'Published On', 'Labels', 'Source Link'],
        error: expect.stringMatching(
          /^news\.csv: no title or body field recognised; fields are: Topic Name, /,
        ),
      },
    ]);

    expect(library.previewDump(first).map).toEqual(CSV_MAP);
    const mapped = library.importDumpWithMap(first, CSV_MAP);
    expect(mapped.imported.map((a) => a.title)).toEqual([
      'Monsoon Session of Parliament',
      'Green Hydrogen Mission',
      'Ramsar Sites Added',
    ]);
    expect(mapped.failed).toEqual([]);
    expect(mapped.skipped).toEqual([{ path: first, title: 'row 5', reason: 'row 5 has no article text' }]);
    const listed = library.listArticles({ from: '2024-07-01', to: '2024-07-31' });
    expect(listed.map((a) => [a.title, a.date]).sort()).toEqual([
      ['Green Hydrogen Mission', '2024-07-23'],
      ['Monsoon Session of Parliament', '2024-07-22'],
      ['Ramsar Sites Added', '2024-07-24'],
    ]);

    // The next dump with the same fields (in another order) imports without asking.
    const next = writeFile(
      dir,
      'more-news.csv',
      'Labels,Source Link,Topic Name,Published On,Story\nEconomy,,Repo Rate Unchanged,8 August 2024,The Monetary Policy Committee kept the repo rate at 6.5 per cent.\n',
    );
    const again = library.importFiles([next]);
    expect(again.failed).toEqual([]);
    expect(again.imported.map((a) => a.title)).toEqual(['Repo Rate Unchanged']);
    // A dump with other fields still asks.
    const other = writeFile(dir, 'other.jsonl', fixture('unmapped-news.jsonl'));
    expect(library.importTree([other]).failed[0]).toMatchObject({ kind: 'unmapped-fields' });
    // An explicit map (the CLI's --map) is used as given, never the remembered one.
    expect(library.importFiles([next], { map: { body: 'nope' } }).failed[0]).toMatchObject({
      kind: 'unmapped-fields',
      error: expect.stringContaining('the body field “nope” is not in the file'),
    });
    library.close();
  });

  it('does not remember a map that imported nothing, and refuses to preview what it cannot read', () => {
    const library = tempLibrary();
    const dir = tempDir();
    const path = writeFile(dir, 'news.json', fixture('unmapped-news.json'));
    const report = library.importDumpWithMap(path, { body: 'nothing-here' });
    expect(report.failed[0]).toMatchObject({
      kind: 'unmapped-fields',
      fields: ['caption', 'writeup', 'on', 'labels', 'ref'],
    });
    expect(library.importFiles([path]).failed[0]).toMatchObject({ kind: 'unmapped-fields' });
    expect(() => library.previewDump(join(dir, 'gone.json'))).toThrow(/could not be found/);
    library.close();
  });
});
