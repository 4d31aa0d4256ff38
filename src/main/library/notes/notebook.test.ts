import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../library';
import { listNoteIds, noteIdsInParts } from './notebook';
import { SAMPLES, tempDir, tempLibrary, writeFile } from '../../../../test/support/temp-library';

/** The four sample articles with notes written over three days. */
function notebookLibrary() {
  const clock = { now: new Date('2026-03-01T09:00:00Z') };
  const library = tempLibrary({ now: () => clock.now });
  library.seedSamples(SAMPLES);
  const db = new Database(join(library.dir, DATABASE_FILE));
  db.prepare(`UPDATE articles SET source = 'PIB' WHERE title LIKE 'Capital%'`).run();
  db.close();
  const id = (title: string) => library.listArticles().find((a) => a.title.startsWith(title))!.id;
  const bullets = (title: string) => library.getArticle(id(title)).blocks.filter((b) => b.kind === 'bullet');
  library.saveAnnotation(bullets('Lokpal')[0]!.id, {
    note: '2013 Act; see [[Ramsar Sites in India]]',
    color: 'important',
  });
  library.notes.saveHighlight({
    blockId: bullets('Lokpal')[2]!.id,
    quote: 'Prime Minister',
    note: 'PM covered',
    color: 'doubt',
  });
  clock.now = new Date('2026-03-02T09:00:00Z');
  library.saveAnnotation(bullets('Ramsar')[1]!.id, { note: 'Party since 1982', color: 'fact' });
  library.saveAnnotation(bullets('Capital')[1]!.id, { note: '50-year interest-free loans', color: 'revise' });
  clock.now = new Date('2026-03-04T09:00:00Z');
  library.saveAnnotation(bullets('Capital')[4]!.id, { note: 'Mains: capacity', color: 'important' });
  library.setRead(id('Lokpal'), true);
  return { library, clock, id };
}

describe('the notebook', () => {
  it('groups by article (newest first, reading order inside), with total and paging', () => {
    const { library } = notebookLibrary();
    const first = library.notes.queryNotebook({ limit: 3 });
    expect(first.entries.map((e) => [e.groupLabel, e.note])).toEqual([
      ['Lokpal and Lokayuktas', '2013 Act; see [[Ramsar Sites in India]]'],
      ['Lokpal and Lokayuktas', 'PM covered'],
      ['Ramsar Sites in India', 'Party since 1982'],
    ]);
    expect(first.nextOffset).toBe(3);
    const second = library.notes.queryNotebook({ limit: 3, offset: 3 });
    expect(second.entries.map((e) => e.note)).toEqual(['50-year interest-free loans', 'Mains: capacity']);
    expect(second.nextOffset).toBeNull();
    expect(library.notes.queryNotebook({ limit: 5 }).nextOffset).toBeNull();
    expect(library.notes.countNotebook({})).toEqual({ rows: 5, notes: 5 });
    expect(second.entries[0]).toMatchObject({
      articleSource: 'PIB',
      articleTags: ['Economy', 'GS-3'],
      orphaned: false,
    });
  });

  it('groups by tag (a note under each tag of its article) and by the day it was written', () => {
    const { library } = notebookLibrary();
    const byTag = library.notes.queryNotebook({ groupBy: 'tag' }).entries.map((e) => `${e.group}: ${e.note}`);
    expect(byTag).toEqual([
      'Economy: 50-year interest-free loans',
      'Economy: Mains: capacity',
      'Environment: Party since 1982',
      'GS-2: 2013 Act; see [[Ramsar Sites in India]]',
      'GS-2: PM covered',
      'GS-3: Party since 1982',
      'GS-3: 50-year interest-free loans',
      'GS-3: Mains: capacity',
      'Polity: 2013 Act; see [[Ramsar Sites in India]]',
      'Polity: PM covered',
    ]);
    expect(library.notes.countNotebook({ groupBy: 'tag' })).toEqual({ rows: 10, notes: 5 });
    // Paging crosses from one tag to the next.
    const pages = [0, 4, 8].map((offset) =>
      library.notes.queryNotebook({ groupBy: 'tag', limit: 4, offset }),
    );
    expect(pages.flatMap((p) => p.entries.map((e) => `${e.group}: ${e.note}`))).toEqual(byTag);
    expect(pages.map((p) => p.nextOffset)).toEqual([4, 8, null]);
    const byDay = library.notes.queryNotebook({ groupBy: 'day' }).entries;
    expect(byDay.map((e) => [e.group, e.note])).toEqual([
      ['2026-03-04', 'Mains: capacity'],
      ['2026-03-02', '50-year interest-free loans'],
      ['2026-03-02', 'Party since 1982'],
      ['2026-03-01', 'PM covered'],
      ['2026-03-01', '2013 Act; see [[Ramsar Sites in India]]'],
    ]);
  });

  it('lists the notes of untagged articles last under “No tag”, across pages', () => {
    const { library } = notebookLibrary();
    library.importFiles([
      writeFile(tempDir(), 'plain.txt', 'Plain Notes\n\nNothing here is tagged at all.\n'),
    ]);
    const plain = library.listArticles({ undated: true })[0]!;
    library.saveAnnotation(library.getArticle(plain.id).blocks[0]!.id, { note: 'untagged note' });
    const last = library.notes.queryNotebook({ groupBy: 'tag', limit: 4, offset: 8 });
    expect(last.entries.map((e) => [e.group, e.groupLabel, e.note])).toEqual([
      ['Polity', 'Polity', '2013 Act; see [[Ramsar Sites in India]]'],
      ['Polity', 'Polity', 'PM covered'],
      ['', 'No tag', 'untagged note'],
    ]);
    expect(
      library.notes.queryNotebook({ groupBy: 'tag', limit: 4, offset: 10 }).entries.map((e) => e.note),
    ).toEqual(['untagged note']);
    expect(library.notes.countNotebook({ groupBy: 'tag' })).toEqual({ rows: 11, notes: 6 });
    expect(library.notes.queryNotebook({}).entries.at(-1)).toMatchObject({
      note: 'untagged note',
      articleTags: [],
    });
  });

  it('filters by colour, tag, source, article date, day written, article, free text and orphaned', () => {
    const { library, id } = notebookLibrary();
    const notes = (filter: Parameters<typeof library.notes.queryNotebook>[0]) =>
      library.notes.queryNotebook(filter).entries.map((e) => e.note);
    expect(notes({ color: 'important' })).toEqual([
      '2013 Act; see [[Ramsar Sites in India]]',
      'Mains: capacity',
    ]);
    expect(notes({ tag: 'environment' })).toEqual(['Party since 1982']);
    expect(notes({ source: 'PIB' })).toEqual(['50-year interest-free loans', 'Mains: capacity']);
    expect(notes({ from: '2022-02-10', to: '2022-02-28' })).toEqual(['Party since 1982']);
    expect(notes({ writtenFrom: '2026-03-02', writtenTo: '2026-03-03' })).toEqual([
      'Party since 1982',
      '50-year interest-free loans',
    ]);
    expect(notes({ articleId: id('Lokpal'), color: 'doubt' })).toEqual(['PM covered']);
    // Words of the note or of the highlighted text, all of them, any case; LIKE wildcards are literal.
    expect(notes({ query: 'prime pm' })).toEqual(['PM covered']);
    expect(notes({ query: 'INTEREST-free' })).toEqual(['50-year interest-free loans']);
    expect(notes({ query: '100%' })).toEqual([]);
    expect(notes({ orphaned: true })).toEqual([]);
    expect(library.listNotes({ query: 'mains' }).map((n) => n.note)).toEqual(['Mains: capacity']);
  });

  it('counts articles read and notes written per local day for the heat map', () => {
    const { library } = notebookLibrary();
    expect(library.notes.heatMap({ from: '2026-03-01', to: '2026-03-31' })).toEqual([
      { day: '2026-03-01', articlesRead: 0, notesWritten: 2 },
      { day: '2026-03-02', articlesRead: 0, notesWritten: 2 },
      { day: '2026-03-04', articlesRead: 1, notesWritten: 1 },
    ]);
    expect(library.notes.heatMap({ from: '2026-03-02', to: '2026-03-02' })).toHaveLength(1);
    expect(() => library.notes.heatMap({ from: '2026-03-02', to: '2026-03-01' })).toThrow(
      /first day is after/,
    );
  });

  it('finds the notes of a filter a few articles at a time, in the order of the whole listing', () => {
    const { library, id } = notebookLibrary();
    const db = new Database(join(library.dir, DATABASE_FILE));
    // An undated article (listed last) and two articles of one day (by id then).
    db.prepare('UPDATE articles SET date = NULL WHERE id = ?').run(id('Ramsar'));
    db.prepare(`UPDATE articles SET date = (SELECT date FROM articles WHERE id = ?) WHERE id = ?`).run(
      id('Lokpal'),
      id('Capital'),
    );
    const filters = [
      {},
      { color: 'important' as const },
      { tag: 'GS-3' },
      { query: 'capacity' },
      { undated: true },
      { articleId: id('Lokpal') },
      { color: 'doubt' as const, tag: 'Environment' }, // nothing
    ];
    for (const filter of filters) {
      const whole = listNoteIds(db, filter);
      for (const size of [1, 2, 3, 2000]) {
        const parts = [...noteIdsInParts(db, filter, size)];
        expect(parts.flat(), `${JSON.stringify(filter)} in parts of ${size}`).toEqual(whole);
        if (filter.articleId === undefined) expect(parts.length).toBeGreaterThanOrEqual(Math.ceil(4 / size));
      }
    }
    expect(listNoteIds(db, {})).toHaveLength(5);
    expect(listNoteIds(db, { color: 'important' })).toHaveLength(2);
    db.close();
  });
});
