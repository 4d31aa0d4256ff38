import type { TopicCoverage } from '../../../../shared/syllabus';

/** How well a topic is covered, for its heat colour: nothing there, not started, a little, partly, well. */
export type Heat = 'empty' | 'none' | 'low' | 'mid' | 'high';

/**
 * A topic's heat from its coverage: the share of its articles read, with notes counting extra (a
 * note is studying, not only reading), and reviewed cards lifting it one step. A topic with no
 * articles has no heat at all: there is nothing in the library to cover.
 */
export function heatOf(c: Pick<TopicCoverage, 'articles' | 'read' | 'withNotes' | 'cardsReviewed'>): Heat {
  if (c.articles === 0) return 'empty';
  if (c.read === 0 && c.withNotes === 0) return 'none';
  const score = (0.6 * c.read + 0.4 * c.withNotes) / c.articles + (c.cardsReviewed > 0 ? 0.25 : 0);
  return score >= 0.6 ? 'high' : score >= 0.3 ? 'mid' : 'low';
}
