import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_FIXTURES, tempLibrary } from '../../../../test/support/temp-library';
import { FILL_CHUNK } from './notes';

const QUAD = join(IMPORT_FIXTURES, 'studyiq-quad-2022-03-04.txt');

function quadLibrary() {
  const library = tempLibrary({ now: () => new Date('2026-03-01T09:00:00Z') });
  library.importFiles([QUAD]);
  const blocks = library.getArticle(1).blocks;
  return { library, blocks };
}

const cardNotes = (library: ReturnType<typeof tempLibrary>) =>
  library.notes
    .reviewQueue({ on: '2026-03-01' })
    .map((c) => c.annotationId)
    .sort((a, b) => a - b);

describe('automatic review cards', () => {
  it('are on by default for Revise, and a new Revise note or highlight gets its card at once', () => {
    const { library, blocks } = quadLibrary();
    expect(library.notes.getSettings()).toMatchObject({ autoCards: true, autoCardColors: ['revise'] });
    const revise = library.saveAnnotation(blocks[1]!.id, { note: 'Four members', color: 'revise' });
    const span = library.notes.saveHighlight({ blockId: blocks[2]!.id, start: 0, end: 3, color: 'revise' });
    const other = library.saveAnnotation(blocks[3]!.id, { note: 'Not for revision', color: 'important' });
    const plain = library.saveAnnotation(blocks[4]!.id, { note: 'No colour' });
    expect(cardNotes(library)).toEqual([revise.id, span.id]);
    expect(library.notes.reviewQueue().find((c) => c.annotationId === span.id)!.cloze).not.toBeNull();

    // Re-colouring a note to Revise makes its card; colouring it away keeps the card (and its history).
    library.notes.updateNote(other.id, { color: 'revise' });
    expect(cardNotes(library)).toEqual([revise.id, span.id, other.id]);
    library.notes.updateNote(other.id, { color: 'doubt' });
    expect(cardNotes(library)).toContain(other.id);
    expect(cardNotes(library)).not.toContain(plain.id);
  });

  it('makes no card while turned off, and turning on (or adding a colour) fills the existing notes', async () => {
    const { library, blocks } = quadLibrary();
    library.notes.updateSettings({ autoCards: false });
    const revise = library.saveAnnotation(blocks[1]!.id, { note: 'r', color: 'revise' });
    const doubt = library.saveAnnotation(blocks[2]!.id, { note: 'd', color: 'doubt' });
    library.notes.fillAutoCardsNow();
    expect(cardNotes(library)).toEqual([]);

    library.notes.updateSettings({ autoCards: true });
    await library.notes.fillAutoCards();
    expect(cardNotes(library)).toEqual([revise.id]);

    expect(library.notes.updateSettings({ autoCardColors: ['revise', 'doubt'] }).autoCardColors).toEqual([
      'revise',
      'doubt',
    ]);
    library.notes.fillAutoCardsNow();
    expect(cardNotes(library)).toEqual([revise.id, doubt.id]);
    // Filled once: a removed card is not made again by the next fill (only by turning the colour on again).
    const doubtCard = library.notes.reviewQueue().find((c) => c.annotationId === doubt.id)!;
    library.notes.removeCard(doubtCard.cardId);
    library.notes.fillAutoCardsNow();
    expect(cardNotes(library)).toEqual([revise.id]);
  });

  it('fills many notes in steps of a bounded number of notes each', async () => {
    const { library, blocks } = quadLibrary();
    library.notes.updateSettings({ autoCards: false });
    const block = blocks.find((b) => b.text.length > 60)!;
    const count = 27;
    for (let i = 0; i < count; i++)
      library.notes.saveHighlight({
        blockId: block.id,
        start: i % 50,
        end: (i % 50) + 1 + Math.floor(i / 50),
        color: 'revise',
      });
    library.notes.updateSettings({ autoCards: true });
    let steps = 0;
    while (library.notes.fillAutoCardsStep(10)) steps++;
    expect(steps).toBe(3);
    expect(FILL_CHUNK).toBeLessThanOrEqual(1000);
    expect(library.notes.reviewStats().cards).toBe(count);
  });

  it('are a study setting that the contract refuses unknown colours for', () => {
    const { library } = quadLibrary();
    expect(library.notes.updateSettings({ autoCardColors: [] })).toMatchObject({ autoCardColors: [] });
    expect(library.notes.getSettings().autoCardColors).toEqual([]);
  });
});
