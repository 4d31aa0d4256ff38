/**
 * Revision scheduling: FSRS (through ts-fsrs) compressed towards the exam, so that every card is
 * seen at least twice before the exam day. FSRS alone may put a card's second review after the
 * exam (a new card graded "easy" waits a week or more); here, while a card has been seen fewer than
 * twice, its next review is kept within an even share of the time left (half of it after the first).
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import type { CardState, ReviewGrade } from '../../../shared/domain';

/** Reviews every card must have had before the exam. */
export const REVIEWS_BEFORE_EXAM = 2;

const scheduler = fsrs({ enable_fuzz: false });

const RATING: Record<ReviewGrade, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

const STATE_NAMES: Record<State, CardState> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};

export function stateName(state: State): CardState {
  return STATE_NAMES[state];
}

/** A card as stored: ts-fsrs's fields. */
export type StoredCard = Card;

export function newCard(now: Date): StoredCard {
  return createEmptyCard(now);
}

export interface ScheduledReview {
  card: StoredCard;
  /** The card as it was before the review, for the history. */
  before: StoredCard;
  /** True when the exam pulled the due date earlier than FSRS wanted. */
  compressed: boolean;
}

/** Grades a card at `now`; `examStarts` is the start of the next exam day, if one is ahead. */
export function review(
  card: StoredCard,
  grade: ReviewGrade,
  now: Date,
  examStarts: Date | null,
): ScheduledReview {
  const next = scheduler.next(card, now, RATING[grade]).card;
  const latest = latestDue(next.reps, now, examStarts);
  if (latest === null || next.due.getTime() <= latest.getTime())
    return { card: next, before: card, compressed: false };
  const days = Math.max(0, Math.floor((latest.getTime() - now.getTime()) / 86_400_000));
  return { card: { ...next, due: latest, scheduled_days: days }, before: card, compressed: true };
}

/**
 * The latest a card seen `reps` times may next be due so that it is still seen twice before the
 * exam: with one review left to give, halfway to the exam; none left, whatever FSRS says.
 */
export function latestDue(reps: number, now: Date, examStarts: Date | null): Date | null {
  const needed = REVIEWS_BEFORE_EXAM - reps;
  if (needed <= 0 || examStarts === null || examStarts.getTime() <= now.getTime()) return null;
  const share = (examStarts.getTime() - now.getTime()) / (needed + 1);
  return new Date(now.getTime() + share);
}
