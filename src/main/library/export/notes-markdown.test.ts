import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NoteFilter } from '../../../shared/domain';
import { DATABASE_FILE, type Library } from '../library';
import { listNoteEntries, noteEntriesInParts } from '../notes/notebook';
import { getStudySettings } from '../notes/study-settings';
import { SAMPLES, tempDir, tempLibrary } from '../../../../test/support/temp-library';
import { notesToMarkdown, writeNotesMarkdown } from './markdown';

// "Export notes as Markdown" writes the notes a part at a time: the file must be the document made whole.
let library: Library;
let db: Database.Database;
const out = tempDir('bulletin-notes-markdown-');
const TODAY = '2026-03-05';
const id = (title: string) => library.listArticles().find((a) => a.title.startsWith(title))!.id;

beforeAll(() => {
  library = tempLibrary({ now: () => new Date(`${TODAY}T09:00:00Z`) });
  library.seedSamples(SAMPLES);
  const bullets = (title: string) => library.getArticle(id(title)).blocks.filter((b) => b.kind === 'bullet');
  library.saveAnnotation(bullets('Lokpal')[0]!.id, { note: '2013 Act', color: 'important' });
  library.notes.saveHighlight({
    blockId: bullets('Lokpal')[2]!.id,
    quote: 'Prime Minister',
    note: 'PM *covered*',
    color: 'doubt',
  });
  library.saveAnnotation(bullets('Ramsar')[1]!.id, { note: 'Party since 1982', color: 'fact' });
  library.saveAnnotation(bullets('Capital')[1]!.id, { note: '', color: 'revise' });
  library.saveAnnotation(bullets('Capital')[4]!.id, { note: 'Mains: capacity', color: 'important' });
  db = new Database(join(library.dir, DATABASE_FILE));
  // An undated article (written last) and two articles of one day (by id then).
  db.prepare('UPDATE articles SET date = NULL WHERE id = ?').run(id('Ramsar'));
  db.prepare('UPDATE articles SET date = (SELECT date FROM articles WHERE id = ?) WHERE id = ?').run(
    id('Lokpal'),
    id('Capital'),
  );
});
afterAll(() => {
  db.close();
  library.close();
});

const filters = (): NoteFilter[] => [
  {},
  { color: 'important' },
  { tag: 'GS-3' },
  { query: 'capacity' },
  { articleId: id('Lokpal') },
  { from: '2099-01-01' }, // nothing
];

describe('notes as Markdown, a part at a time', () => {
  it('writes the document the whole listing makes, whatever the size of the parts', () => {
    const names = getStudySettings(db).colorNames;
    for (const filter of filters()) {
      const entries = listNoteEntries(db, filter);
      const whole = notesToMarkdown(entries, TODAY, names);
      for (const size of [1, 2, 1000]) {
        let written = '';
        const counts = { notes: entries.length, articles: new Set(entries.map((e) => e.articleId)).size };
        writeNotesMarkdown(
          (piece) => (written += piece),
          counts,
          noteEntriesInParts(db, filter, size),
          TODAY,
          names,
        );
        expect(written, `${JSON.stringify(filter)} in parts of ${size}`).toBe(whole);
      }
    }
    const all = notesToMarkdown(listNoteEntries(db, {}), TODAY, names);
    expect(all).toContain('Exported 2026-03-05: 5 notes from 3 articles.');
    // Newest first, the undated article last.
    expect(all.indexOf('## Ramsar')).toBeGreaterThan(all.indexOf('## Capital'));
    expect(all.indexOf('## Ramsar')).toBeGreaterThan(all.indexOf('## Lokpal'));
  });

  it('writes the same file in the export worker and on the calling thread, with the count', async () => {
    for (const filter of filters()) {
      const expected = notesToMarkdown(listNoteEntries(db, filter), TODAY, getStudySettings(db).colorNames);
      const count = listNoteEntries(db, filter).length;
      const inWorker = join(out, 'worker.md');
      const here = join(out, 'here.md');
      expect(await library.exports.writeNotesMarkdownOffThread(inWorker, filter)).toEqual({
        path: inWorker,
        count,
      });
      expect(library.exportNotesMarkdown(here, filter)).toEqual({ path: here, count });
      expect(readFileSync(inWorker, 'utf8')).toBe(expected);
      expect(readFileSync(here, 'utf8')).toBe(expected);
    }
  });

  it('names the file when it cannot be written', () => {
    const missing = join(out, 'no-such-folder', 'notes.md');
    expect(() => library.exportNotesMarkdown(missing)).toThrow(`Could not write ${missing}`);
  });
});
