import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from './library';

const RLO = '\u202e';
const LRI = '\u2066';
const PDI = '\u2069';

let library: Library | undefined;
afterEach(() => library?.close());

/** A real library in a temp folder holding one imported article; returns it and its first block. */
function libraryWithArticle(): { library: Library; articleId: number; blockId: number } {
  const dir = mkdtempSync(join(tmpdir(), 'bulletin-input-'));
  const file = join(dir, 'article.txt');
  writeFileSync(file, 'A title for the test\n\nFirst paragraph of the article body.\n\n• A bullet point\n');
  library = Library.open(join(dir, 'library'));
  const report = library.importFiles([file]);
  const articleId = report.imported[0]!.id;
  const blockId = library.getArticle(articleId).blocks[0]!.id;
  return { library, articleId, blockId };
}

describe('the core enforces its own limits on what a user writes (issue 14 #10, #11)', () => {
  it('refuses a user tag over 100 characters before storing anything', () => {
    const { library, articleId } = libraryWithArticle();
    expect(() => library.addUserTag(articleId, 'x'.repeat(110))).toThrow(/A tag is at most 100 characters/);
    expect(library.getArticle(articleId).userTags).toEqual([]);
    expect(library.addUserTag(articleId, 'y'.repeat(60))).toEqual(['y'.repeat(60)]);
  });

  it('strips bidi overrides from user tags, and removes the tag by either spelling', () => {
    const { library, articleId } = libraryWithArticle();
    expect(library.addUserTag(articleId, `GS${RLO}-2`)).toEqual(['GS-2']);
    expect(library.removeUserTag(articleId, `GS${RLO}-2`)).toEqual([]);
    expect(() => library.addUserTag(articleId, `${RLO}${PDI}`)).toThrow(/A tag needs at least one letter/);
  });

  it('strips bidi overrides from notes and article notes, and keeps the letters', () => {
    const { library, articleId, blockId } = libraryWithArticle();
    const note = library.notes.saveBlockNote(blockId, { note: `Pay ${RLO}gnp.exe${LRI} attention` });
    expect(note.note).toBe('Pay gnp.exe attention');
    const again = library.notes.saveBlockNote(blockId, { note: `Second ${RLO}edit` });
    expect(again.note).toBe('Second edit');
    expect(library.notes.saveArticleNote(articleId, `Whole ${RLO}article`).note).toBe('Whole article');
  });

  it('refuses a note over 100,000 characters with a sentence, and keeps the old one', () => {
    const { library, articleId, blockId } = libraryWithArticle();
    library.notes.saveBlockNote(blockId, { note: 'kept' });
    expect(() => library.notes.saveBlockNote(blockId, { note: 'n'.repeat(100_001) })).toThrow(
      /A note is at most 100,000 characters; this one has 100,001/,
    );
    expect(library.getArticle(articleId).annotations.map((a) => a.note)).toEqual(['kept']);
  });
});
