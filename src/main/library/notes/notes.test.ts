import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../library';
import { IMPORT_FIXTURES, tempLibrary } from '../../../../test/support/temp-library';

const QUAD = join(IMPORT_FIXTURES, 'studyiq-quad-2022-03-04.txt');

/** A library with the Quad article and a clock the test moves. */
function quadLibrary(start = '2026-03-01T09:00:00Z') {
  const clock = { now: new Date(start) };
  const library = tempLibrary({ now: () => clock.now });
  library.importFiles([QUAD]);
  const bullet = library.getArticle(1).blocks.find((b) => b.text.startsWith('The Quad brings together'))!;
  return { library, clock, bullet };
}

describe('span highlights', () => {
  it('store the words with their W3C selectors, several per block, beside the block note', () => {
    const { library, bullet } = quadLibrary();
    const note = library.saveAnnotation(bullet.id, { note: 'Members', color: 'important' });
    const india = library.notes.saveHighlight({ blockId: bullet.id, quote: 'India', color: 'fact' });
    const start = bullet.text.indexOf('the United States');
    const us = library.notes.saveHighlight({ blockId: bullet.id, start, end: start + 17, note: '**USA**' });
    expect(india).toMatchObject({
      kind: 'span',
      blockId: bullet.id,
      quote: 'India',
      prefix: 'The Quad brings together Australia, '.slice(-32),
      suffix: ', Japan and the United States.',
      start: bullet.text.indexOf('India'),
      end: bullet.text.indexOf('India') + 5,
      color: 'fact',
      orphaned: false,
    });
    expect(us).toMatchObject({ kind: 'span', quote: 'the United States', suffix: '.', note: '**USA**' });
    // The block note is still the one saveAnnotation edits.
    expect(library.saveAnnotation(bullet.id, { note: 'Members: 4' })).toMatchObject({
      id: note.id,
      kind: 'block',
    });
    // The same words again update that highlight instead of adding another.
    expect(library.notes.saveHighlight({ blockId: bullet.id, quote: 'India', note: 'us' }).id).toBe(india.id);
    expect(library.getArticle(1).annotations.map((a) => [a.kind, a.quote.slice(0, 17)])).toEqual([
      ['block', 'The Quad brings t'],
      ['span', 'India'],
      ['span', 'the United States'],
    ]);
  });

  it('refuse words that are not in the block, and offsets outside it, with a sentence', () => {
    const { library, bullet } = quadLibrary();
    expect(() => library.notes.saveHighlight({ blockId: bullet.id, quote: 'Russia' })).toThrow(
      `Block ${bullet.id} does not contain “Russia”.`,
    );
    expect(() => library.notes.saveHighlight({ blockId: bullet.id, start: 5, end: 5000 })).toThrow(
      /must lie inside its block/,
    );
    expect(() => library.notes.saveHighlight({ blockId: 99999, quote: 'x' })).toThrow(
      'There is no block with id 99999.',
    );
    expect(library.listNotes()).toEqual([]);
  });
});

describe('recently deleted notes', () => {
  it('can be restored with their id, colour and place, and are purged after 30 days', () => {
    const { library, clock, bullet } = quadLibrary();
    const block = library.saveAnnotation(bullet.id, { note: 'Members', color: 'revise' });
    const span = library.notes.saveHighlight({ blockId: bullet.id, quote: 'Japan', note: 'J' });
    library.deleteAnnotation(block.id);
    library.deleteAnnotation(span.id);
    expect(library.listNotes()).toEqual([]);
    expect(library.getArticle(1).noteCount).toBe(0);
    expect(library.notes.listRecentlyDeleted().map((d) => [d.id, d.note, d.deletedAt, d.expiresAt])).toEqual([
      [span.id, 'J', '2026-03-01T09:00:00.000Z', '2026-03-31T09:00:00.000Z'],
      [block.id, 'Members', '2026-03-01T09:00:00.000Z', '2026-03-31T09:00:00.000Z'],
    ]);

    expect(library.notes.restoreNote(block.id)).toEqual(block);
    expect(() => library.notes.restoreNote(block.id)).toThrow(/no recently deleted note/);
    // A new note never takes the id of one waiting in the trash.
    const other = library.notes.saveHighlight({ blockId: bullet.id, quote: 'Australia' });
    expect(other.id).toBeGreaterThan(span.id);

    clock.now = new Date('2026-04-01T09:00:00Z');
    expect(library.notes.listRecentlyDeleted()).toEqual([]);
    expect(() => library.notes.restoreNote(span.id)).toThrow(/no recently deleted note/);
    library.close();
    const reopened = Library.open(library.dir, { now: () => clock.now });
    expect(reopened.notes.purgeExpired()).toBe(0);
    expect(reopened.listNotes().map((n) => n.id)).toEqual([block.id, other.id]);
  });

  it('can be deleted for good at once', () => {
    const { library, bullet } = quadLibrary();
    const note = library.saveAnnotation(bullet.id, { note: 'x' });
    library.deleteAnnotation(note.id);
    library.notes.purgeNote(note.id);
    expect(library.notes.listRecentlyDeleted()).toEqual([]);
    expect(() => library.notes.purgeNote(note.id)).toThrow(/no recently deleted note/);
  });
});

describe('article notes and stars', () => {
  it('are kept with the article and shown with it', () => {
    const { library } = quadLibrary();
    expect(library.getArticle(1)).toMatchObject({ articleNote: '', starred: false });
    library.notes.saveArticleNote(1, 'GS-2: groupings. See [[Lokpal]].');
    expect(library.notes.setStarred(1, true)).toMatchObject({
      starred: true,
      note: 'GS-2: groupings. See [[Lokpal]].',
    });
    expect(library.getArticle(1)).toMatchObject({
      articleNote: 'GS-2: groupings. See [[Lokpal]].',
      starred: true,
    });
    expect(library.notes.listStarred()).toEqual([1]);
    library.notes.setStarred(1, false);
    expect(library.getArticle(1).starred).toBe(false);
    expect(library.notes.resolveLinks(['the quad leaders’ summit', 'Lokpal'])).toEqual([
      { title: 'the quad leaders’ summit', articleId: 1 },
      { title: 'Lokpal', articleId: null },
    ]);
  });
});

describe('study settings', () => {
  it('hold the exam dates and the colour names, with defaults', () => {
    const { library } = quadLibrary();
    expect(library.notes.getSettings()).toEqual({
      prelimsDate: null,
      mainsDate: null,
      colorNames: { important: 'Important', revise: 'Revise', doubt: 'Doubt', fact: 'Fact / figure' },
      autoCards: true,
      autoCardColors: ['revise'],
    });
    const changed = library.notes.updateSettings({
      prelimsDate: '2026-05-24',
      colorNames: { doubt: 'Ask mentor' },
    });
    expect(changed).toMatchObject({
      prelimsDate: '2026-05-24',
      mainsDate: null,
      colorNames: { doubt: 'Ask mentor' },
    });
    expect(library.notes.updateSettings({ prelimsDate: null, colorNames: { doubt: '' } })).toMatchObject({
      prelimsDate: null,
      colorNames: { doubt: 'Doubt' },
    });
  });
});
