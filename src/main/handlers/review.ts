import type { HandlerContext } from './handler-types';
import { domainHandlers } from './handler-types';

/** Revision: cards made from notes, the day's queue, grading, the forecast. */
export function reviewHandlers({ library: { notes } }: HandlerContext) {
  return domainHandlers({
    addReviewCards: (input) => notes.addReviewCardsInSteps(input),
    reviewQueue: (options) => notes.reviewQueue(options),
    gradeReviewCard: ({ cardId, grade }) => notes.gradeCard(cardId, grade),
    removeReviewCard: ({ cardId }) => {
      notes.removeCard(cardId);
      return null;
    },
    reviewStats: () => notes.reviewStats(),
  });
}
