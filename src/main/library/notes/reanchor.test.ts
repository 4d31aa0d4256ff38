import { describe, expect, it } from 'vitest';
import type { Library } from '../library';
import { tempDir, tempLibrary, writeFile } from '../../../../test/support/temp-library';

const HEAD = 'Wetlands of India\n\nDate: 2 February 2022 Tags: Environment\n\n';
const INTRO = 'India has designated a number of wetlands as Ramsar sites of international importance.';

const ORIGINAL = [
  'The Ramsar Convention was signed in 1971 in the Iranian city of Ramsar.',
  'India became a party to the convention in 1982 and now has 75 sites.',
  'Chilika Lake in Odisha was the first Indian site, desginated in 1981.',
  'The Montreux Record lists sites where ecological change is happening.',
  'Wetlands International is a partner organisation of the convention.',
];

/** The same article, corrected: an edit, a split, a reorder, a typo fix and a deletion. */
const REVISED = [
  'The Ramsar Convention was signed on 2 February 1971 in the Iranian city of Ramsar.',
  'India became a party to the convention in 1982.',
  'It now has 75 sites, the most in South Asia.',
  'The Montreux Record lists sites where ecological change is happening.',
  'Chilika Lake in Odisha was the first Indian site, designated in 1981.',
];

function articleFile(dir: string, bullets: readonly string[]): string {
  return writeFile(dir, 'wetlands.txt', `${HEAD}${INTRO}\n\n${bullets.map((b) => `  • ${b}`).join('\n')}\n`);
}

/** Every note of the article as [note, the text of the block it is on (or null), its quote]. */
function placements(library: Library): Array<[string, string | null, string]> {
  const article = library.getArticle(1);
  const text = new Map(article.blocks.map((b) => [b.id, b.text]));
  return library
    .listNotes()
    .map(
      (n) =>
        [n.note, n.blockId === null ? null : text.get(n.blockId)!, n.quote] as [
          string,
          string | null,
          string,
        ],
    )
    .sort((a, b) => a[0].localeCompare(b[0]));
}

function annotateOriginal(library: Library) {
  const blocks = library.getArticle(1).blocks;
  const block = (start: string) => blocks.find((b) => b.text.startsWith(start))!.id;
  library.saveAnnotation(block('The Ramsar Convention'), { note: 'a: convention year', color: 'important' });
  library.notes.saveHighlight({ blockId: block('India became'), quote: 'in 1982', note: 'b: party since' });
  library.notes.saveHighlight({ blockId: block('India became'), quote: '75 sites', note: 'c: count' });
  library.saveAnnotation(block('Chilika'), { note: 'd: first site' });
  library.notes.saveHighlight({ blockId: block('Chilika'), quote: 'desginated in 1981', note: 'e: year' });
  library.saveAnnotation(block('The Montreux'), { note: 'f: threatened list', color: 'revise' });
  library.notes.saveHighlight({
    blockId: block('Wetlands International'),
    quote: 'partner organisation',
    note: 'g: partner',
  });
  library.notes.saveHighlight({ blockId: block('India has'), quote: 'Ramsar sites', note: 'h: intro' });
}

const EXPECTED: Array<[string, string | null, string]> = [
  ['a: convention year', REVISED[0]!, REVISED[0]!],
  ['b: party since', REVISED[1]!, 'in 1982'],
  ['c: count', REVISED[2]!, '75 sites'],
  ['d: first site', REVISED[4]!, REVISED[4]!],
  ['e: year', REVISED[4]!, 'designated in 1981'],
  ['f: threatened list', REVISED[3]!, REVISED[3]!],
  // The bullet is gone: the note waits, orphaned, with its words.
  ['g: partner', null, 'partner organisation'],
  ['h: intro', INTRO, 'Ramsar sites'],
];

describe('re-anchoring notes when an article changes', () => {
  it('re-import: edited, split, reordered and deleted bullets each take their notes where they belong', () => {
    const library = tempLibrary();
    const dir = tempDir();
    library.importFiles([articleFile(dir, ORIGINAL)]);
    annotateOriginal(library);
    const report = library.importFiles([articleFile(dir, REVISED)]);
    expect(report.updated?.map((u) => u.id)).toEqual([1]);
    expect(placements(library)).toEqual(EXPECTED);
    const orphans = library.listNotes({ orphaned: true });
    expect(orphans.map((n) => [n.note, n.orphaned, n.blockId])).toEqual([['g: partner', true, null]]);
  });

  it('a correction of the text re-anchors the same way, and reports how each note was placed', () => {
    const library = tempLibrary();
    library.importFiles([articleFile(tempDir(), ORIGINAL)]);
    annotateOriginal(library);
    const report = library.notes.replaceArticleText(1, [
      { kind: 'paragraph', level: 0, text: INTRO },
      ...REVISED.map((text) => ({ kind: 'bullet' as const, level: 0, text })),
    ]);
    expect(placements(library)).toEqual(EXPECTED);
    expect(report.kept).toBe(0);
    expect(report.orphaned).toHaveLength(1);
    // Montreux and the intro unchanged; both halves of the split by their words; the rest edited.
    expect(report.moved).toEqual({ 'exact-block': 2, 'nearby-quote': 2, fuzzy: 3 });
  });

  it('re-attaches an orphan when its words come back, and by hand to a chosen block', () => {
    const library = tempLibrary();
    const dir = tempDir();
    library.importFiles([articleFile(dir, ORIGINAL)]);
    annotateOriginal(library);
    library.importFiles([articleFile(dir, REVISED)]);
    const [orphan] = library.listNotes({ orphaned: true });

    library.importFiles([articleFile(dir, [...REVISED, ORIGINAL[4]!])]);
    const back = library.listNotes().find((n) => n.id === orphan!.id)!;
    expect(back).toMatchObject({ orphaned: false, quote: 'partner organisation', kind: 'span' });

    library.importFiles([articleFile(dir, REVISED)]);
    const target = library.getArticle(1).blocks.find((b) => b.text.startsWith('India became'))!;
    const placed = library.notes.reattachNote(orphan!.id, target.id);
    // Its words are not in that bullet: it becomes a note on the whole bullet.
    expect(placed).toMatchObject({ blockId: target.id, kind: 'block', quote: target.text, orphaned: false });
  });

  it('re-anchors a note restored from the trash after its article changed', () => {
    const library = tempLibrary();
    const dir = tempDir();
    library.importFiles([articleFile(dir, ORIGINAL)]);
    annotateOriginal(library);
    const [edited, gone] = ['a: convention year', 'g: partner'].map((note) =>
      library.listNotes().find((n) => n.note === note),
    );
    library.deleteAnnotation(edited!.id);
    library.deleteAnnotation(gone!.id);
    library.importFiles([articleFile(dir, REVISED)]);
    const block = (text: string) => library.getArticle(1).blocks.find((b) => b.text === text)!.id;
    expect(library.notes.restoreNote(edited!.id)).toMatchObject({
      blockId: block(REVISED[0]!),
      quote: REVISED[0],
    });
    expect(library.notes.restoreNote(gone!.id)).toMatchObject({
      blockId: null,
      orphaned: true,
      quote: 'partner organisation',
    });
  });

  it('keeps review cards and their history on notes that moved', () => {
    const library = tempLibrary({ now: () => new Date('2026-03-01T09:00:00Z') });
    const dir = tempDir();
    library.importFiles([articleFile(dir, ORIGINAL)]);
    annotateOriginal(library);
    const [card] = library.notes.addReviewCards({ filter: { query: 'convention year' } });
    library.notes.gradeCard(card!.cardId, 'good');
    library.importFiles([articleFile(dir, REVISED)]);
    const after = library.notes.reviewQueue({ on: '2026-12-31' }).find((c) => c.cardId === card!.cardId)!;
    expect(after).toMatchObject({ annotationId: card!.annotationId, prompt: REVISED[0], reps: 1 });
    expect(library.notes.reviewHistory(card!.cardId).map((h) => h.grade)).toEqual(['good']);
  });
});
