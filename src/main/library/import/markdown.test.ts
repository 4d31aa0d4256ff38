import { describe, expect, it } from 'vitest';
import { parseFile } from './index';

const md = (text: string, name = 'note.md') => parseFile(name, Buffer.from(text, 'utf8'));

describe('Markdown', () => {
  it('reads front matter and CommonMark structure: headings, nested and numbered lists, quotes, tables', () => {
    const { articles } = md(`---
title: "Monsoon Notes"
date: 2024-06-12
tags: [GS Paper 1, Geography]
source: My notes
url: https://example.org/2024/06/12/monsoon
---

# Monsoon Notes

The monsoon reached Kerala **early** this year.

## Key points

- Onset: 30 May
  - Two days early
    1. IMD declared it
- Rainfall: normal

> A quote from the report.

| Region | Rain |
|---|---|
| South | Normal |

**Government Schemes:**

* Scheme one
`);
    const [a] = articles;
    expect([a!.title, a!.date, a!.dateText, a!.tags, a!.source, a!.url]).toEqual([
      'Monsoon Notes',
      '2024-06-12',
      '2024-06-12',
      ['GS-1', 'Geography'],
      'My notes',
      'https://example.org/2024/06/12/monsoon',
    ]);
    expect(a!.blocks.map((b) => [b.kind, b.level, b.text, b.listStyle ?? ''])).toEqual([
      ['paragraph', 0, 'The monsoon reached Kerala early this year.', ''],
      ['heading', 2, 'Key points', ''],
      ['bullet', 0, 'Onset: 30 May', 'bulleted'],
      ['bullet', 1, 'Two days early', 'bulleted'],
      ['bullet', 2, '1. IMD declared it', 'numbered'],
      ['bullet', 0, 'Rainfall: normal', 'bulleted'],
      ['quote', 0, 'A quote from the report.', ''],
      ['table', 0, 'Region | Rain\nSouth | Normal', ''],
      ['heading', 3, 'Government Schemes', ''],
      ['bullet', 0, 'Scheme one', 'bulleted'],
    ]);
    expect(a!.blocks.find((b) => b.kind === 'table')!.rows).toEqual([
      ['Region', 'Rain'],
      ['South', 'Normal'],
    ]);
  });

  it('works without front matter: the first heading is the title, the date comes from the file name', () => {
    const [a] = md('# Budget Basics\n\nCapital spending rose.\n', 'budget-2022-02-02.md').articles;
    expect([a!.title, a!.date, a!.blocks.map((b) => b.text)]).toEqual([
      'Budget Basics',
      '2022-02-02',
      ['Capital spending rose.'],
    ]);
  });

  it('reads machine-written summaries: bold first lines head their paragraph, narrow NBSP normalised', () => {
    const [a] = md(
      '**1. CONTEXT**  \nThe ministry met\u202fon Monday.\n\n**2. POINTS**\n\n* First\n* Second\n',
      'summary.md',
    ).articles;
    expect(a!.title).toBe('summary');
    expect(a!.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', '1. CONTEXT'],
      ['paragraph', 'The ministry met on Monday.'],
      ['heading', '2. POINTS'],
      ['bullet', 'First'],
      ['bullet', 'Second'],
    ]);
  });

  it('B-69: YAML aliases past the limit and custom tags do not expand or run', () => {
    const laughs = `---
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]
title: Laughs
---

Body stays.
`;
    const started = Date.now();
    const outcome = md(laughs);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(outcome.articles[0]!.blocks.map((b) => b.text)).toEqual(['Body stays.']);
    expect(outcome.warnings.join(' ')).toMatch(/front matter could not be read/);

    const tagged = md('---\ntitle: !!js/function "function () { return 1 }"\nrun: !custom x\n---\n\nText.\n')
      .articles[0]!;
    expect(typeof tagged.title).toBe('string');
    expect(tagged.blocks.map((b) => b.text)).toEqual(['Text.']);
  });

  it('B-53: a single 2 MB line is read in bounded time', () => {
    const started = Date.now();
    const [a] = md(`# Long\n\n${'word '.repeat(400_000)}\n`).articles;
    expect(Date.now() - started).toBeLessThan(5000);
    expect(a!.blocks[0]!.text.length).toBeGreaterThan(1_900_000);
  });
});
