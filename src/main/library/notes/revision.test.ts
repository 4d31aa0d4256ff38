import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReviewCard, ReviewGrade } from '../../../shared/domain';
import { IMPORT_FIXTURES, tempLibrary } from '../../../../test/support/temp-library';
import { latestDue, newCard, review } from './schedule';

const QUAD = join(IMPORT_FIXTURES, 'studyiq-quad-2022-03-04.txt');
const DAY = 86_400_000;

function revisionLibrary(start = '2026-03-01T09:00:00Z', { autoCards = true } = {}) {
  const clock = { now: new Date(start) };
  const library = tempLibrary({ now: () => clock.now });
  // Automatic cards (on by default) would give the Revise note its card before a test makes them.
  if (!autoCards) library.notes.updateSettings({ autoCards: false });
  library.importFiles([QUAD]);
  const bullet = library.getArticle(1).blocks.find((b) => b.text.startsWith('The Quad brings together'))!;
  const block = library.saveAnnotation(bullet.id, { note: 'Four members', color: 'revise' });
  const span = library.notes.saveHighlight({ blockId: bullet.id, quote: 'Japan', note: 'Tokyo summit 2022' });
  return { library, clock, bullet, block, span };
}

describe('review cards', () => {
  it('show the bullet as the prompt (a cloze of a highlight) with the note on the back', () => {
    const { library, bullet, block, span } = revisionLibrary();
    const cards = library.notes.addReviewCards({ annotationIds: [block.id, span.id] });
    expect(cards).toEqual([
      expect.objectContaining({
        annotationId: block.id,
        blockId: bullet.id,
        prompt: bullet.text,
        cloze: null,
        note: 'Four members',
        state: 'new',
        due: '2026-03-01T09:00:00.000Z',
      }),
      expect.objectContaining({
        annotationId: span.id,
        prompt: 'The Quad brings together Australia, India, […] and the United States.',
        cloze: 'Japan',
        note: 'Tokyo summit 2022',
      }),
    ]);
    // Adding again changes nothing.
    expect(library.notes.addReviewCards({ filter: {} }).map((c) => c.cardId)).toEqual(
      cards.map((c) => c.cardId),
    );
    expect(library.notes.reviewQueue().map((c) => c.cardId)).toEqual(cards.map((c) => c.cardId));
  });

  it('are made in steps for the app (one note at a time here) exactly as in one go', async () => {
    const one = revisionLibrary(undefined, { autoCards: false });
    const steps = revisionLibrary(undefined, { autoCards: false });
    const more = steps.library.notes.saveHighlight({
      blockId: steps.bullet.id,
      quote: 'India',
      note: 'host',
    });
    one.library.notes.saveHighlight({ blockId: one.bullet.id, quote: 'India', note: 'host' });
    const inOneGo = one.library.notes.addReviewCards({ filter: {} });
    // A note given twice has one card; the ids span several steps of one note each.
    const inSteps = await steps.library.notes.addReviewCardsInSteps(
      { annotationIds: [more.id, steps.block.id, steps.span.id, more.id] },
      1,
    );
    const byNote = (cards: ReviewCard[]) =>
      [...cards].sort((a, b) => a.annotationId - b.annotationId).map(({ cardId: _cardId, ...card }) => card);
    expect(inSteps).toHaveLength(3);
    expect(byNote(inSteps)).toEqual(byNote(inOneGo));
    // Cards are made in the order the notes were given, and listed in card order.
    expect(inSteps.map((c) => c.annotationId)).toEqual([more.id, steps.block.id, steps.span.id]);
    expect(await steps.library.notes.addReviewCardsInSteps({ filter: {} }, 2)).toEqual(inSteps);
  });

  it('are graded with FSRS, keep their history, and leave the queue until due', () => {
    const { library, clock, block } = revisionLibrary();
    const [card] = library.notes.addReviewCards({ annotationIds: [block.id] });
    const learning = library.notes.gradeCard(card!.cardId, 'good');
    expect(learning).toMatchObject({ state: 'learning', reps: 1, due: '2026-03-01T09:10:00.000Z' });
    expect(library.notes.reviewQueue()).toEqual([]);
    expect(library.notes.reviewQueue({ on: '2026-03-01' }).map((c) => c.cardId)).toEqual([card!.cardId]);
    clock.now = new Date('2026-03-01T09:15:00Z');
    const reviewing = library.notes.gradeCard(card!.cardId, 'good');
    expect(reviewing).toMatchObject({ state: 'review', reps: 2 });
    expect(Date.parse(reviewing.due)).toBeGreaterThan(clock.now.getTime() + DAY);
    expect(library.notes.reviewHistory(card!.cardId)).toEqual([
      { grade: 'good', reviewedAt: '2026-03-01T09:00:00.000Z' },
      { grade: 'good', reviewedAt: '2026-03-01T09:15:00.000Z' },
    ]);
    expect(() => library.notes.gradeCard(9999, 'good')).toThrow('There is no review card with id 9999.');
  });

  it('hide while their note is deleted and come back with it', () => {
    const { library, block } = revisionLibrary();
    const [card] = library.notes.addReviewCards({ annotationIds: [block.id] });
    library.deleteAnnotation(block.id);
    expect(library.notes.reviewQueue()).toEqual([]);
    expect(() => library.notes.gradeCard(card!.cardId, 'good')).toThrow(/no review card/);
    library.notes.restoreNote(block.id);
    expect(library.notes.reviewQueue().map((c) => c.cardId)).toEqual([card!.cardId]);
  });
});

describe('scheduling towards the exam', () => {
  const now = new Date('2026-05-01T09:00:00Z');

  it('keeps a card seen once due within half the time left, so it is seen twice before the exam', () => {
    const exam = new Date('2026-05-05T00:00:00Z');
    const easy = review(newCard(now), 'easy', now, exam);
    expect(easy.compressed).toBe(true);
    expect(easy.card.due).toEqual(latestDue(1, now, exam));
    expect(easy.card.due.getTime() - now.getTime()).toBe((exam.getTime() - now.getTime()) / 2);
    // Without an exam FSRS alone decides: a week or more.
    expect(review(newCard(now), 'easy', now, null).card.due.getTime() - now.getTime()).toBeGreaterThan(
      7 * DAY,
    );
  });

  it('puts every card in a simulated session before the exam at least twice', () => {
    const exam = new Date('2026-05-04T00:00:00Z');
    const grades: ReviewGrade[] = ['easy', 'good', 'hard', 'easy', 'good', 'easy'];
    for (const first of grades) {
      let card = newCard(now);
      let seen = 0;
      let at = now;
      for (const grade of [first, ...grades]) {
        if (card.due.getTime() >= exam.getTime()) break;
        at = new Date(Math.max(at.getTime(), card.due.getTime()));
        card = review(card, grade, at, exam).card;
        seen++;
      }
      expect(seen, `first grade ${first}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('reports today’s progress and the load per day until the exam', () => {
    const { library, clock, block, span } = revisionLibrary('2026-05-01T09:00:00Z');
    library.notes.updateSettings({ prelimsDate: '2026-05-05', mainsDate: '2026-09-18' });
    const [a] = library.notes.addReviewCards({ annotationIds: [block.id, span.id] });
    library.notes.gradeCard(a!.cardId, 'easy');
    clock.now = new Date('2026-05-01T10:00:00Z');
    const stats = library.notes.reviewStats();
    expect(stats.exam).toEqual({ kind: 'prelims', date: '2026-05-05', daysLeft: 4 });
    expect(stats.today).toEqual({ reviewed: 1, due: 1 });
    expect(stats.cards).toBe(2);
    expect(stats.forecast.map((d) => d.day)).toEqual([
      '2026-05-01',
      '2026-05-02',
      '2026-05-03',
      '2026-05-04',
    ]);
    expect(stats.forecast.reduce((sum, d) => sum + d.due, 0)).toBe(2);
  });
});
