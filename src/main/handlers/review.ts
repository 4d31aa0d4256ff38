import { MADE_CARDS_SHOWN } from '../../shared/contract';
import type { HandlerContext } from './handler-types';
import { domainHandlers } from './handler-types';

/** Revision: cards made from notes, the day's queue, grading, the forecast. */
export function reviewHandlers({ library: { notes } }: HandlerContext) {
  return domainHandlers({
    addReviewCards: (input) => notes.addReviewCardsInSteps(input),
    makeReviewCards: async (input) => {
      const made = await notes.addReviewCardsInSteps(input);
      return { count: made.length, first: made.slice(0, MADE_CARDS_SHOWN) };
    },
    reviewQueue: (options) => notes.reviewQueue(options),
    gradeReviewCard: ({ cardId, grade }) => notes.gradeCard(cardId, grade),
    removeReviewCard: ({ cardId }) => {
      notes.removeCard(cardId);
      return null;
    },
    reviewStats: () => notes.reviewStats(),
  });
}
