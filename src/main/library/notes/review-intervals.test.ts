import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REVIEW_GRADES } from '../../../shared/domain';
import { IMPORT_FIXTURES, tempLibrary } from '../../../../test/support/temp-library';

const QUAD = join(IMPORT_FIXTURES, 'studyiq-quad-2022-03-04.txt');
const MINUTE = 60_000;
const DAY = 86_400_000;

function cardsLibrary(count: number, start = '2026-03-01T09:00:00') {
  const clock = { now: new Date(start) };
  const library = tempLibrary({ now: () => clock.now });
  library.importFiles([QUAD]);
  const blocks = library.getArticle(1).blocks.slice(0, count);
  for (const b of blocks) library.saveAnnotation(b.id, { note: `note ${b.id}`, color: 'revise' });
  return { library, clock };
}

describe('the grade buttons’ intervals', () => {
  it('are what grading then does, for each grade (the same scheduler)', () => {
    for (const grade of REVIEW_GRADES) {
      const { library, clock } = cardsLibrary(1);
      const [card] = library.notes.reviewQueue();
      expect(card!.intervals).toBeDefined();
      clock.now = new Date(clock.now.getTime());
      const graded = library.notes.gradeCard(card!.cardId, grade);
      expect(Date.parse(graded.due) - clock.now.getTime()).toBe(card!.intervals![grade]);
    }
  });

  it('grow from Again to Easy, and a new card’s Again is minutes, not days', () => {
    const { library } = cardsLibrary(1);
    const { intervals } = library.notes.reviewQueue()[0]!;
    expect(intervals!.again).toBeLessThan(10 * MINUTE);
    expect(intervals!.again).toBeLessThan(intervals!.hard);
    expect(intervals!.hard).toBeLessThanOrEqual(intervals!.good);
    expect(intervals!.good).toBeLessThan(intervals!.easy);
    expect(intervals!.easy).toBeGreaterThanOrEqual(DAY);
  });
});

describe('what comes next after a session', () => {
  it('counts the cards due now and those due later today by the minute', () => {
    const { library, clock } = cardsLibrary(3);
    expect(library.notes.reviewStats()).toMatchObject({ dueNow: 3, soon: [] });
    const queue = library.notes.reviewQueue();
    library.notes.gradeCard(queue[0]!.cardId, 'again');
    library.notes.gradeCard(queue[1]!.cardId, 'good');
    library.notes.gradeCard(queue[2]!.cardId, 'easy');
    const stats = library.notes.reviewStats();
    expect(stats.dueNow).toBe(0);
    // "Again" and "Good" bring a new card back within minutes today; "Easy" days later.
    expect(stats.soon.reduce((n, g) => n + g.cards, 0)).toBe(2);
    expect(stats.soon[0]!.inMs).toBe(queue[0]!.intervals!.again);
    expect(stats.soon.at(-1)!.inMs).toBe(queue[1]!.intervals!.good);
    expect(stats.today.due).toBe(2);
    clock.now = new Date(clock.now.getTime() + 11 * MINUTE);
    expect(library.notes.reviewStats()).toMatchObject({ dueNow: 2, soon: [] });
  });
});
