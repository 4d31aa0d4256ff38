import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE, Library } from '../library';
import { tempDir, writeFile } from '../../../../test/support/temp-library';
import { compile } from './compilation';
import { compilationToHtml } from './html';

const ARTICLE = `---
title: Capitals of the southern states
date: 2022-03-04
tags: [Polity]
---

The southern states and their capitals.

| State | Capital | Formed |
| --- | --- | --- |
| Kerala | Thiruvananthapuram | 1956 |
| Karnataka | Bengaluru | 1956 |
| Tamil Nadu | Chennai | 1950 |
`;

let library: Library;
const out = tempDir('bulletin-rows-out-');

beforeAll(() => {
  library = Library.open(tempDir('bulletin-rows-'));
  library.importFiles([writeFile(tempDir(), 'capitals.md', ARTICLE)]);
  const table = library.getArticle(1).blocks.find((b) => b.kind === 'table')!;
  library.notes.saveHighlight({ blockId: table.id, row: 2, note: 'Silicon valley of India', color: 'fact' });
  library.notes.saveHighlight({ blockId: table.id, row: 3, color: 'revise' });
});
afterAll(() => library.close());

describe('exporting notes on table rows', () => {
  it('compiles each noted row as an item of its own, under the table’s header', () => {
    const db = new Database(join(library.dir, DATABASE_FILE), { readonly: true });
    const notesOnly = compile(db, {}, { content: 'notes', exportedOn: '2024-05-01' });
    const items = notesOnly.articles[0]!.items;
    expect(items.map((i) => [i.text, i.row?.index, i.row?.header, i.color])).toEqual([
      ['Karnataka | Bengaluru | 1956', 2, ['State', 'Capital', 'Formed'], 'fact'],
      ['Tamil Nadu | Chennai | 1950', 3, ['State', 'Capital', 'Formed'], 'revise'],
    ]);
    // A whole-article export keeps the table too, then the noted rows.
    const articles = compile(db, {}, { content: 'articles', exportedOn: '2024-05-01' });
    expect(articles.articles[0]!.items.map((i) => (i.row ? `row ${i.row.index}` : i.block!.kind))).toEqual([
      'paragraph',
      'table',
      'row 2',
      'row 3',
    ]);
    const html = compilationToHtml(notesOnly);
    expect(html).toContain(
      '<table class="row-note"><thead><tr><th>State</th><th>Capital</th><th>Formed</th></tr></thead><tbody><tr><td><mark class="fact">Karnataka</mark></td>',
    );
    expect(html).not.toContain('Kerala');
    db.close();
  });

  it('writes the row (not the whole table) to Markdown, CSV and Anki', async () => {
    const md = await library.exportTo({ format: 'md', content: 'notes', out: join(out, 'notes.md') });
    const text = readFileSync(md.path, 'utf8');
    expect(text).toContain(
      [
        '| State | Capital | Formed |',
        '| --- | --- | --- |',
        '| ==Karnataka== | ==Bengaluru== | ==1956== |',
        '> 🟩 **Fact / figure** · Silicon valley of India',
      ].join('\n'),
    );
    expect(text).not.toContain('Kerala');

    const csv = await library.exportTo({ format: 'csv', out: join(out, 'notes.csv') });
    const rows = Papa.parse<Record<string, string>>(readFileSync(csv.path, 'utf8').replace(/^\ufeff/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((r) => [r.text, r.colour, r.note])).toEqual([
      ['Karnataka | Bengaluru | 1956', 'fact', 'Silicon valley of India'],
      ['Tamil Nadu | Chennai | 1950', 'revise', ''],
    ]);

    const anki = await library.exportTo({ format: 'anki', out: join(out, 'cards.txt') });
    const cards = readFileSync(anki.path, 'utf8').trimEnd().split('\n').slice(7);
    expect(cards.map((c) => c.split('\t').slice(1, 3))).toEqual([
      ['Basic', '<small>State | Capital | Formed</small><br>Karnataka | Bengaluru | 1956'],
      ['Basic', '<small>State | Capital | Formed</small><br>Tamil Nadu | Chennai | 1950'],
    ]);
  });
});
