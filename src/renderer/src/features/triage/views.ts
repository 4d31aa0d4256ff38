import type { ArticleFilter } from '../../../../shared/domain';
import { addDays } from '../../../../shared/dates';
import type { DateChoice } from '../library/date-filter';
import { dateChoiceFilter, type DateFilter } from '../library/date-filter';

/** The triage views of the sidebar: today's reading, what is not read yet, and what was starred. */
export type TriageView = 'today' | 'unread' | 'starred';

/** What the library holds that the views need: the newest article's day and how many are dated today. */
export interface LibraryDays {
  /** The newest dated article's day (`YYYY-MM-DD`), null when none is dated. */
  newest: string | null;
  /** Articles dated `today`. */
  todayCount: number;
}

/** Why the list shows other days than the ones asked for; null when it shows what was asked. */
export type DateFallback =
  { kind: 'today'; day: string } | { kind: 'last'; days: number; from: string; to: string };

/** The day the Today view opens: today when any article is dated today, else the newest day there is. */
export function todayViewDay(today: string, days: LibraryDays | undefined): string {
  if (!days || days.todayCount > 0 || days.newest === null) return today;
  return days.newest;
}

/**
 * The date part of the filter for a date choice, and the fallback it took. "Last N days" counts back
 * from the newest article when nothing in the library is that recent (an old library would otherwise
 * show an empty list), and says so.
 */
export function resolveDates(
  choice: DateChoice,
  today: string,
  days: LibraryDays | undefined,
): { filter: DateFilter; fallback: DateFallback | null } {
  const filter = dateChoiceFilter(choice, today);
  if (choice.kind === 'last' && days?.newest && filter.from !== undefined && days.newest < filter.from) {
    const to = days.newest;
    const from = addDays(to, -(choice.days - 1));
    return { filter: { from, to }, fallback: { kind: 'last', days: choice.days, from, to } };
  }
  return { filter, fallback: null };
}

/** The filter flags of a view (Today is a day filter, so it adds none). */
export function viewFilter(view: TriageView | null): Pick<ArticleFilter, 'starred' | 'unread'> {
  if (view === 'starred') return { starred: true };
  if (view === 'unread') return { unread: true };
  return {};
}

/** The day choice one day before (-1) or after (+1) a day choice; null for other choices. */
export function stepDay(choice: DateChoice, by: -1 | 1): DateChoice | null {
  return choice.kind === 'day' ? { kind: 'day', day: addDays(choice.day, by) } : null;
}
