import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { Library } from './library';
import {
  IMPORT_FIXTURES,
  SAMPLES,
  tempDir,
  tempLibrary,
  writeFile,
} from '../../../test/support/temp-library';

const QUAD = join(IMPORT_FIXTURES, 'studyiq-quad-2022-03-04.txt');

function rowCounts(dir: string): Record<string, number> {
  const db = new Database(join(dir, 'library.sqlite'), { readonly: true });
  const count = (table: string) =>
    (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const counts = {
    articles: count('articles'),
    blocks: count('blocks'),
    article_tags: count('article_tags'),
  };
  db.close();
  return counts;
}

describe('importing', () => {
  it('stores an article with its blocks and source tags, and never twice', () => {
    const library = tempLibrary();
    const first = library.importFiles([QUAD]);
    expect(first.imported).toEqual([{ id: 1, title: 'The Quad Leaders’ Summit', path: QUAD }]);
    const second = library.importFiles([QUAD]);
    expect(second).toEqual({ imported: [], duplicates: [{ path: QUAD, id: 1 }], failed: [] });
    const article = library.getArticle(1);
    expect(article.date).toBe('2022-03-04');
    expect(article.tags).toEqual(['International Relations']);
    expect(article.blocks.filter((b) => b.kind === 'bullet')).toHaveLength(10);
    expect(new Set(article.blocks.map((b) => b.id)).size).toBe(article.blocks.length);
    expect(library.listArticles()).toHaveLength(1);
  });

  it('reports each bad file by name and reason, and still imports the good ones', () => {
    const library = tempLibrary();
    const dir = tempDir();
    const files = [
      writeFile(dir, 'empty.txt', ''),
      writeFile(dir, 'blank.txt', '  \n\n \n'),
      writeFile(dir, 'photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
      writeFile(dir, 'report.txt', Buffer.from('%PDF-1.7\n...')),
      writeFile(dir, 'noise.txt', Buffer.from(Array.from({ length: 400 }, (_, i) => (i * 7) % 32))),
      writeFile(dir, 'huge.txt', `Huge\n\n${'word '.repeat(4_200_000)}`),
      writeFile(dir, 'article.pdf', 'Title\n\nBody.'),
      join(dir, 'missing.txt'),
      dir,
      QUAD,
    ];
    const report = library.importFiles(files);
    expect(report.imported.map((a) => a.title)).toEqual(['The Quad Leaders’ Summit']);
    const errors: Record<string, string> = Object.fromEntries(
      report.failed.map((f) => [f.path.split('/').pop() ?? f.path, f.error]),
    );
    expect(errors['empty.txt']).toBe('empty.txt is empty.');
    expect(errors['blank.txt']).toBe('blank.txt holds only blank space.');
    expect(errors['photo.txt']).toBe('photo.txt is not a text document: it looks like a PNG image.');
    expect(errors['report.txt']).toBe('report.txt is not a text document: it looks like a PDF document.');
    expect(errors['noise.txt']).toBe('noise.txt is not a text document: it contains binary data.');
    expect(errors['huge.txt']).toMatch(/^huge\.txt is too long for one article \(21,000,\d{3} characters/);
    expect(errors['article.pdf']).toMatch(/^article\.pdf: Bulletin cannot import \.pdf files/);
    expect(errors['missing.txt']).toMatch(/^missing\.txt could not be found/);
    expect(Object.values(errors).some((e) => / is a folder, not a file\.$/.test(e))).toBe(true);
    expect(report.failed).toHaveLength(9);
  });

  it('imports an article without a date as undated, shown by the undated filter', () => {
    const library = tempLibrary();
    const path = writeFile(tempDir(), 'plain.txt', 'Plain Notes\n\nNothing here says when it was written.\n');
    library.importFiles([path]);
    expect(library.listArticles({ undated: true }).map((a) => [a.title, a.date])).toEqual([
      ['Plain Notes', null],
    ]);
    expect(library.listArticles({ from: '2000-01-01' })).toHaveLength(0);
  });

  it('leaves no partial rows when a file fails while being stored', () => {
    const library = tempLibrary();
    library.importFiles([QUAD]);
    const before = rowCounts(library.dir);
    // A file whose parse succeeds but whose row breaks a constraint half way through.
    const bad = writeFile(tempDir(), 'bad-date-2022-13-45.txt', 'Broken\n\nBody.\n');
    type Store = (...args: unknown[]) => number;
    const internals = (library as unknown as { imports: { storeArticle: Store } }).imports;
    const original = internals.storeArticle.bind(internals);
    internals.storeArticle = (...args: unknown[]) => {
      original(...args);
      throw new Error('disk went away');
    };
    const report = library.importFiles([bad]);
    internals.storeArticle = original;
    expect(report.failed[0]?.error).toBe('bad-date-2022-13-45.txt could not be imported: disk went away');
    expect(rowCounts(library.dir)).toEqual(before);
  });

  it('puts the bundled samples into a new library once', () => {
    const library = tempLibrary();
    expect(library.seedSamples(SAMPLES)?.imported).toHaveLength(4);
    expect(library.seedSamples(SAMPLES)).toBeNull();
    expect(library.listArticles().map((a) => a.date)).toEqual([
      '2022-03-08',
      '2022-02-15',
      '2022-02-02',
      '2022-01-28',
    ]);
  });
});

describe('browsing', () => {
  const library = tempLibrary();
  library.seedSamples(SAMPLES);

  it('lists newest first and filters by day, month, range and tag', () => {
    expect(library.listArticles({ from: '2022-02-01', to: '2022-02-28' }).map((a) => a.title)).toEqual([
      'Ramsar Sites in India',
      'Capital Expenditure in the Union Budget',
    ]);
    expect(library.listArticles({ from: '2022-03-08', to: '2022-03-08' })).toHaveLength(1);
    expect(library.listArticles({ tag: 'GS-2' }).map((a) => a.title)).toEqual([
      'Lokpal and Lokayuktas',
      'India–Central Asia Summit',
    ]);
  });

  it('counts tags, with GS Paper spellings normalised', () => {
    const tags = Object.fromEntries(library.listTags().map((t) => [t.name, t.count]));
    expect(tags).toMatchObject({ 'GS-2': 2, 'GS-3': 2, Polity: 1, Environment: 1 });
    expect(Object.keys(tags)).not.toContain('GS Paper - 2');
  });

  it('keeps user tags apart from source tags', () => {
    const id = library.listArticles({ tag: 'Polity' })[0]!.id;
    expect(library.addUserTag(id, 'Prelims')).toEqual(['Prelims']);
    expect(library.addUserTag(id, 'GS-2')).toEqual(['GS-2', 'Prelims']);
    const article = library.getArticle(id);
    expect(article.tags).toEqual(['GS-2', 'Polity']);
    expect(article.userTags).toEqual(['GS-2', 'Prelims']);
    expect(library.listArticles({ tag: 'Prelims' })).toHaveLength(1);
    expect(library.listTags().find((t) => t.name === 'GS-2')?.count).toBe(2);
    expect(library.removeUserTag(id, 'Prelims')).toEqual(['GS-2']);
    expect(library.getArticle(id).tags).toEqual(['GS-2', 'Polity']);
  });

  it('tracks read and unread', () => {
    const id = library.listArticles()[0]!.id;
    expect(library.getArticle(id).read).toBe(false);
    library.setRead(id, true);
    expect(library.getArticle(id).read).toBe(true);
    library.setRead(id, false);
    expect(library.listArticles()[0]!.read).toBe(false);
    expect(() => library.setRead(9999, true)).toThrow('There is no article with id 9999.');
  });
});

describe('notes', () => {
  it('keeps one note and colour per block, editable and deletable, across a reopen', () => {
    const library = tempLibrary();
    library.importFiles([QUAD]);
    const bullet = library.getArticle(1).blocks.find((b) => b.kind === 'bullet')!;
    const created = library.saveAnnotation(bullet.id, {
      note: 'Members: 4\nRevived 2017',
      color: 'important',
    });
    expect(created).toMatchObject({
      articleId: 1,
      blockId: bullet.id,
      color: 'important',
      quote: bullet.text,
    });
    const edited = library.saveAnnotation(bullet.id, { note: 'Members: Australia, India, Japan, US' });
    expect(edited).toMatchObject({
      id: created.id,
      color: 'important',
      note: 'Members: Australia, India, Japan, US',
    });
    library.close();

    const reopened = Library.open(library.dir);
    expect(reopened.getArticle(1).annotations).toEqual([edited]);
    reopened.deleteAnnotation(created.id);
    expect(reopened.listNotes()).toEqual([]);
    expect(() => reopened.deleteAnnotation(created.id)).toThrow(/no note/);
    expect(() => reopened.saveAnnotation(424242, { note: 'x' })).toThrow('There is no block with id 424242.');
  });

  it('lists notes grouped by article and filtered by date, tag and colour', () => {
    const library = tempLibrary();
    library.seedSamples(SAMPLES);
    const [lokpal, ramsar] = [
      library.listArticles({ tag: 'Polity' })[0]!,
      library.listArticles({ tag: 'Environment' })[0]!,
    ];
    const bullets = (id: number) => library.getArticle(id).blocks.filter((b) => b.kind === 'bullet');
    library.saveAnnotation(bullets(ramsar.id)[1]!.id, { note: 'since 1982', color: 'fact' });
    library.saveAnnotation(bullets(lokpal.id)[2]!.id, { note: 'PM covered', color: 'revise' });
    library.saveAnnotation(bullets(lokpal.id)[0]!.id, { note: '2013 Act', color: 'important' });

    const all = library.listNotes();
    expect(all.map((n) => [n.articleTitle, n.note])).toEqual([
      ['Lokpal and Lokayuktas', '2013 Act'],
      ['Lokpal and Lokayuktas', 'PM covered'],
      ['Ramsar Sites in India', 'since 1982'],
    ]);
    expect(library.listNotes({ color: 'fact' }).map((n) => n.note)).toEqual(['since 1982']);
    expect(library.listNotes({ tag: 'Polity' })).toHaveLength(2);
    expect(library.listNotes({ from: '2022-02-01', to: '2022-02-28' }).map((n) => n.note)).toEqual([
      'since 1982',
    ]);
    expect(all[0]!.articleTags).toEqual(expect.arrayContaining(['GS-2', 'Polity']));
  });

  it('exports notes to Markdown with title, date, tags, the quoted bullet and the note under it', () => {
    const library = tempLibrary({ now: () => new Date('2026-11-27T10:00:00Z') });
    library.importFiles([QUAD]);
    const bullet = library.getArticle(1).blocks.find((b) => b.text.startsWith('India abstained'))!;
    library.saveAnnotation(bullet.id, { note: 'UNGA votes: *abstained*', color: 'revise' });
    const out = join(tempDir(), 'notes.md');
    expect(library.exportNotesMarkdown(out, { articleId: 1 })).toEqual({ path: out, count: 1 });
    expect(readFileSync(out, 'utf8')).toBe(
      [
        '# Bulletin notes',
        '',
        'Exported 2026-11-27: 1 note from 1 article.',
        '',
        '## The Quad Leaders’ Summit',
        '',
        '- Date: 2022-03-04',
        '- Tags: International Relations',
        '',
        '> India abstained on the resolutions about the conflict in the United Nations.',
        '',
        '🟨 **Revise**',
        '',
        'UNGA votes: *abstained*',
        '',
      ].join('\n'),
    );
    expect(library.notesMarkdown({ from: '2023-01-01' }).count).toBe(0);
  });
});
