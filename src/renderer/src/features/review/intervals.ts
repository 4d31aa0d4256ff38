/**
 * How long until a card comes back, as the grade buttons and the end of a session say it ("3 d",
 * "10 min"), and what is due next after a session. Pure: the words come from the `revision` catalogue.
 */
import type { ReviewStats } from '../../../../shared/domain';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export type IntervalUnit = 'minutes' | 'hours' | 'days' | 'months' | 'years';

/** An interval in the largest unit that keeps it readable, as Anki rounds it: 1 min at least. */
export function intervalParts(ms: number): { unit: IntervalUnit; count: number } {
  if (ms < HOUR) return { unit: 'minutes', count: Math.max(1, Math.round(ms / MINUTE)) };
  if (ms < DAY) return { unit: 'hours', count: Math.round(ms / HOUR) };
  const days = ms / DAY;
  if (days < 30) return { unit: 'days', count: Math.round(days) };
  if (days < 365) return { unit: 'months', count: Math.round((days / 30) * 10) / 10 };
  return { unit: 'years', count: Math.round((days / 365) * 10) / 10 };
}

/** One part of "Next: 4 cards in 10 min, 12 tomorrow". */
export type NextPart =
  | { kind: 'soon'; cards: number; inMs: number }
  | { kind: 'laterToday'; cards: number }
  | { kind: 'tomorrow'; cards: number }
  | { kind: 'onDay'; cards: number; day: string };

/**
 * When the next cards are due: those within the hour (and by when), the rest of today, tomorrow; or,
 * when none of those, the first day ahead that has any. Empty when nothing is scheduled ahead.
 */
export function nextParts(stats: Pick<ReviewStats, 'soon' | 'forecast'>): NextPart[] {
  const parts: NextPart[] = [];
  const today = stats.forecast[0]?.day;
  const soon = stats.soon.filter((g) => g.inMs <= HOUR);
  const later = stats.soon.filter((g) => g.inMs > HOUR && g.day === today);
  const sum = (groups: ReadonlyArray<{ cards: number }>) => groups.reduce((n, g) => n + g.cards, 0);
  if (soon.length) parts.push({ kind: 'soon', cards: sum(soon), inMs: soon.at(-1)!.inMs });
  if (later.length) parts.push({ kind: 'laterToday', cards: sum(later) });
  // Cards within the hour but past midnight are told as "in 10 min", not again as tomorrow's.
  const pastMidnight = sum(soon.filter((g) => g.day !== today));
  const tomorrow = (stats.forecast[1]?.due ?? 0) - pastMidnight;
  if (tomorrow > 0) parts.push({ kind: 'tomorrow', cards: tomorrow });
  if (parts.length === 0) {
    const ahead = stats.forecast.slice(2).find((d) => d.due > 0);
    if (ahead) parts.push({ kind: 'onDay', cards: ahead.due, day: ahead.day });
  }
  return parts;
}
