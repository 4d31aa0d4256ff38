import { describe, expect, it } from 'vitest';
import { isLineSelector, isRowNote, rowOfSpan, tableRows } from '../../../shared/table-rows';
import { main } from '../../cli';
import type { Library } from '../library';
import { tempDir, tempLibrary, writeFile } from '../../../../test/support/temp-library';
import { placeAnnotation, rowSimilarity, spanSelector, type AnchorTarget } from './anchoring';

const HEADER = ['State', 'Capital', 'Formed'];
const ROWS = [
  ['Kerala', 'Thiruvananthapuram', '1956'],
  ['Karnataka', 'Bengaluru', '1956'],
  ['Tamil Nadu', 'Chennai', '1950'],
  ['Telangana', 'Hyderabad', '2014'],
];

/** A Markdown article with one table (and a paragraph each side). */
function articleFile(dir: string, rows: readonly string[][], header = HEADER): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return writeFile(
    dir,
    'capitals.md',
    [
      '---',
      'title: Capitals of the southern states',
      'date: 2022-03-04',
      'tags: [Polity]',
      '---',
      '',
      'The southern states and their capitals.',
      '',
      line(header),
      `|${' --- |'.repeat(header.length)}`,
      ...rows.map(line),
      '',
      'Andhra Pradesh has named Amaravati its capital.',
      '',
    ].join('\n'),
  );
}

function table(library: Library) {
  return library.getArticle(1).blocks.find((b) => b.kind === 'table')!;
}

/** Each note as [note, the row of its table it is on (by its cells) or null, orphaned]. */
function rowsOfNotes(library: Library): Array<[string, string | null, boolean]> {
  const text = table(library).text;
  const rows = tableRows(text);
  return library
    .listNotes()
    .map((n): [string, string | null, boolean] => [
      n.note,
      n.row === null || n.row === undefined ? null : rows.find((r) => r.index === n.row)!.text,
      n.orphaned === true,
    ])
    .sort((a, b) => a[0].localeCompare(b[0]));
}

describe('the rows of a table block', () => {
  it('are its lines, with the offsets of the line and of each cell', () => {
    const text = 'State | Capital\nKerala | Thiruvananthapuram';
    const rows = tableRows(text);
    expect(rows.map((r) => [r.index, r.text, r.start, r.end])).toEqual([
      [0, 'State | Capital', 0, 15],
      [1, 'Kerala | Thiruvananthapuram', 16, 43],
    ]);
    expect(rows[1]!.cells.map((c) => [c.text, text.slice(c.start, c.end)])).toEqual([
      ['Kerala', 'Kerala'],
      ['Thiruvananthapuram', 'Thiruvananthapuram'],
    ]);
  });

  it('skip a Markdown rule and blank lines, keeping each row’s line number; use the importer’s cells', () => {
    const rows = tableRows('| Year | Event |\n|---|---|\n\n| 1994 | Treaty |');
    expect(rows.map((r) => [r.index, r.cells.map((c) => c.text)])).toEqual([
      [0, ['Year', 'Event']],
      [3, ['1994', 'Treaty']],
    ]);
    // A cell holding a pipe: the stored cells say where it ends.
    const withPipe = tableRows('Act | Note\nIPC | s. 124A | sedition', [
      ['Act', 'Note'],
      ['IPC | s. 124A', 'sedition'],
    ]);
    expect(withPipe[1]!.cells.map((c) => c.text)).toEqual(['IPC | s. 124A', 'sedition']);
  });

  it('a span is a row only when it covers exactly one whole line', () => {
    const text = 'State | Capital\nKerala | Thiruvananthapuram\nGoa | Panaji';
    expect(rowOfSpan(text, 0, 15)).toBe(0);
    expect(rowOfSpan(text, 16, 43)).toBe(1);
    expect(rowOfSpan(text, 44, text.length)).toBe(2);
    expect(rowOfSpan(text, 16, 22)).toBeNull(); // a word inside the row
    expect(rowOfSpan(text, 0, 43)).toBeNull(); // two rows
    const selector = spanSelector(text, 16, 43);
    expect(isLineSelector({ quote: selector.exact, ...selector })).toBe(true);
    const word = spanSelector(text, 16, 22);
    expect(isLineSelector({ quote: word.exact, ...word })).toBe(false);
    // An orphan keeps only its selectors: a whole line of cells was a row; a whole paragraph was not.
    expect(isRowNote({ kind: 'span', quote: selector.exact, ...selector })).toBe(true);
    expect(isRowNote({ kind: 'span', quote: 'A whole paragraph.', prefix: '', suffix: '' })).toBe(false);
  });
});

describe('placing a row note', () => {
  const before = 'Year | Growth\n2019 | 5.2\n2020 | -6.6\n2021 | 8.7';
  const target = (row: number): AnchorTarget => {
    const line = tableRows(before).find((r) => r.index === row)!;
    const selector = spanSelector(before, line.start, line.end);
    return {
      kind: 'span',
      blockText: before,
      blockKind: 'table',
      position: 0,
      quote: selector.exact,
      ...selector,
    };
  };
  const place = (t: AnchorTarget, text: string) =>
    placeAnnotation(t, [{ id: 7, position: 0, text, kind: 'table' }]);

  it('finds the same row after the rows were reordered, as a whole row', () => {
    const after = 'Year | Growth\n2021 | 8.7\n2020 | -6.6\n2019 | 5.2';
    const placed = place(target(1), after)!;
    expect(placed.method).toBe('nearby-quote');
    expect(after.slice(placed.span!.start, placed.span!.end)).toBe('2019 | 5.2');
  });

  it('follows an edited cell, but never to a different row whose numbers look alike', () => {
    const edited = place(target(1), 'Year | Growth\n2019 | 5.3\n2020 | -6.6\n2021 | 8.7')!;
    expect(edited.method).toBe('fuzzy');
    expect(edited.span!.exact).toBe('2019 | 5.3');
    // 2019 dropped: 2020's and 2021's rows are not it.
    expect(place(target(1), 'Year | Growth\n2020 | -6.6\n2021 | 8.7')).toBeNull();
    expect(rowSimilarity('2019 | 5.2', '2020 | 5.4').key).toBeLessThan(0.6);
  });

  it('does not take words inside a longer row for the row', () => {
    const after = 'Year | Growth\n2019 | 5.2 (revised)\n2019 | 5.2';
    const placed = place(target(1), after)!;
    expect(placed.span).toMatchObject({ exact: '2019 | 5.2', start: after.lastIndexOf('2019 | 5.2') });
  });
});

describe('notes on table rows', () => {
  it('a row note is a span over the row’s line, one per row, listed with its row', () => {
    const library = tempLibrary();
    library.importFiles([articleFile(tempDir(), ROWS)]);
    const block = table(library);
    expect(block.text.split('\n')[2]).toBe('Karnataka | Bengaluru | 1956');

    const saved = library.notes.saveHighlight({
      blockId: block.id,
      row: 2,
      note: 'IT capital',
      color: 'fact',
    });
    expect(saved).toMatchObject({
      kind: 'span',
      row: 2,
      quote: 'Karnataka | Bengaluru | 1956',
      note: 'IT capital',
      color: 'fact',
    });
    // The same row again updates that note; so does the row's text given as the words (the CLI's --quote).
    expect(library.notes.saveHighlight({ blockId: block.id, row: 2, color: 'revise' }).id).toBe(saved.id);
    expect(
      library.notes.saveHighlight({
        blockId: block.id,
        quote: 'Karnataka | Bengaluru | 1956',
        note: 'edited',
      }).id,
    ).toBe(saved.id);
    // Words inside a cell are an ordinary highlight, not the row.
    const words = library.notes.saveHighlight({ blockId: block.id, quote: 'Chennai', color: 'important' });
    expect(words).toMatchObject({ kind: 'span', row: null, quote: 'Chennai' });
    // A note on the whole table stays one.
    expect(library.saveAnnotation(block.id, { note: 'whole table' })).toMatchObject({
      kind: 'block',
      row: null,
    });

    const listed = library.listNotes().find((n) => n.id === saved.id)!;
    expect(listed).toMatchObject({
      row: 2,
      quote: 'Karnataka | Bengaluru | 1956',
      color: 'revise',
      note: 'edited',
    });
    expect(library.notes.queryNotebook().entries.find((e) => e.id === saved.id)).toMatchObject({ row: 2 });
    expect(() => library.notes.saveHighlight({ blockId: block.id, row: 9 })).toThrow(/no row 9/);
    const paragraph = library.getArticle(1).blocks[0]!;
    expect(() => library.notes.saveHighlight({ blockId: paragraph.id, row: 1 })).toThrow(/not a table/);
  });

  it('re-import: reordered, edited and deleted rows take their notes to the right row or the orphans', () => {
    const library = tempLibrary();
    const dir = tempDir();
    library.importFiles([articleFile(dir, ROWS)]);
    const id = table(library).id;
    const note = (row: number, text: string) =>
      library.notes.saveHighlight({ blockId: id, row, note: text, color: 'important' });
    note(0, 'a: header');
    note(1, 'b: kerala');
    note(2, 'c: karnataka');
    note(3, 'd: tamil nadu');
    note(4, 'e: telangana');
    library.notes.saveHighlight({ blockId: id, quote: 'Hyderabad', note: 'f: words in a cell' });

    // Rows reordered (alphabetical), Telangana's year corrected, Tamil Nadu dropped, a new row added.
    const revised = [
      ['Andhra Pradesh', 'Amaravati', '1953'],
      ['Karnataka', 'Bengaluru', '1956'],
      ['Kerala', 'Thiruvananthapuram', '1956'],
      ['Telangana', 'Hyderabad', '2 June 2014'],
    ];
    library.importFiles([articleFile(dir, revised)]);
    expect(rowsOfNotes(library)).toEqual([
      ['a: header', 'State | Capital | Formed', false],
      ['b: kerala', 'Kerala | Thiruvananthapuram | 1956', false],
      ['c: karnataka', 'Karnataka | Bengaluru | 1956', false],
      ['d: tamil nadu', null, true],
      ['e: telangana', 'Telangana | Hyderabad | 2 June 2014', false],
      ['f: words in a cell', null, false],
    ]);
    const orphan = library.listNotes({ orphaned: true })[0]!;
    expect(orphan).toMatchObject({ quote: 'Tamil Nadu | Chennai | 1950', blockId: null, row: null });
    expect(library.listNotes().find((n) => n.note.startsWith('f:'))).toMatchObject({ quote: 'Hyderabad' });

    // The row comes back in a later correction: the orphan finds it again, as a row.
    library.importFiles([articleFile(dir, [...revised, ROWS[2]!])]);
    expect(library.listNotes().find((n) => n.id === orphan.id)).toMatchObject({
      orphaned: false,
      row: 5,
      quote: 'Tamil Nadu | Chennai | 1950',
    });
  });

  it('a correction that changes the header and a cell keeps each note on its row', () => {
    const library = tempLibrary();
    library.importFiles([articleFile(tempDir(), ROWS)]);
    const block = table(library);
    library.notes.saveHighlight({ blockId: block.id, row: 1, note: 'kerala' });
    library.notes.saveHighlight({ blockId: block.id, row: 4, note: 'telangana' });
    const report = library.notes.replaceArticleText(1, [
      {
        kind: 'table',
        level: 0,
        text: 'State | Capital city | Formed\nTelangana | Hyderabad | 2014\nKerala | Trivandrum | 1956',
      },
    ]);
    expect(report.orphaned).toEqual([]);
    expect(rowsOfNotes(library)).toEqual([
      ['kerala', 'Kerala | Trivandrum | 1956', false],
      ['telangana', 'Telangana | Hyderabad | 2014', false],
    ]);
  });

  it('an orphaned row note can be re-attached to a row the user chooses', () => {
    const library = tempLibrary();
    const dir = tempDir();
    library.importFiles([articleFile(dir, ROWS)]);
    const saved = library.notes.saveHighlight({ blockId: table(library).id, row: 3, note: 'tn' });
    library.importFiles([
      articleFile(
        dir,
        ROWS.filter((r) => r[0] !== 'Tamil Nadu'),
      ),
    ]);
    expect(library.notes.listNotes({ orphaned: true }).map((n) => n.id)).toEqual([saved.id]);
    const placed = library.notes.reattachNote(saved.id, table(library).id, 2);
    expect(placed).toMatchObject({
      kind: 'span',
      row: 2,
      quote: 'Karnataka | Bengaluru | 1956',
      orphaned: false,
    });
  });

  it('a review card of a row note asks about the row, not the whole table', () => {
    const library = tempLibrary({ now: () => new Date('2026-03-01T09:00:00Z') });
    library.importFiles([articleFile(tempDir(), ROWS)]);
    const saved = library.notes.saveHighlight({ blockId: table(library).id, row: 1, note: 'Oldest?' });
    const [card] = library.notes.addReviewCards({ annotationIds: [saved.id] });
    expect(card).toMatchObject({
      prompt: 'Kerala | Thiruvananthapuram | 1956',
      cloze: null,
      note: 'Oldest?',
    });
  });
});

describe('the CLI on table rows', () => {
  async function cli(library: string, ...args: string[]) {
    let stdout = '';
    let stderr = '';
    const out = { write: (s: string) => ((stdout += s), true) } as unknown as typeof process.stdout;
    const err = { write: (s: string) => ((stderr += s), true) } as unknown as typeof process.stderr;
    const code = await main(['--library', library, ...args], out, err);
    return { code, stdout, stderr, json: () => JSON.parse(stdout) as Record<string, unknown> };
  }

  it('annotates a row by --row or by its whole text, and lists it as that row', async () => {
    const lib = tempDir();
    await cli(lib, 'import', articleFile(tempDir(), ROWS), '--json');
    const show = await cli(lib, 'show', '1');
    expect(show.stdout).toContain('  row 2: Karnataka | Bengaluru | 1956');
    const id = /table \[(\d+)\]/.exec(show.stdout)![1]!;

    const byRow = await cli(lib, 'annotate', id, '--row', '2', '--note', 'IT', '--color', 'fact', '--json');
    expect(byRow.json()).toMatchObject({ kind: 'span', row: 2, quote: 'Karnataka | Bengaluru | 1956' });
    const byQuote = await cli(lib, 'annotate', id, '--quote', 'Tamil Nadu | Chennai | 1950', '--note', 'TN');
    expect(byQuote.code).toBe(0);

    const notes = (await cli(lib, 'notes', '--json')).json() as unknown as Array<Record<string, unknown>>;
    expect(notes.map((n) => [n.note, n.blockId, n.quote, n.row, n.orphaned])).toEqual([
      ['IT', Number(id), 'Karnataka | Bengaluru | 1956', 2, false],
      ['TN', Number(id), 'Tamil Nadu | Chennai | 1950', 3, false],
    ]);
    expect(await cli(lib, 'annotate', id, '--row', 'two')).toMatchObject({ code: 2 });
    expect(await cli(lib, 'annotate', id, '--row', '9')).toMatchObject({
      code: 2,
      stderr: `bulletin: Table ${id} has no row 9 (its rows: 0, 1, 2, 3, 4).\n`,
    });
  });
});
