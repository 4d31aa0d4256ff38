import type { ArticleFilter } from '../../../../shared/domain';
import { addDays, isIsoDay, monthRange } from '../../../../shared/dates';

/** The date choice in the sidebar: a quick choice, one day, one month or a range. */
export type DateChoice =
  | { kind: 'all' }
  | { kind: 'last'; days: 7 | 30 }
  | { kind: 'undated' }
  | { kind: 'day'; day: string }
  | { kind: 'month'; month: string }
  | { kind: 'range'; from: string; to: string };

export type DateFilter = Pick<ArticleFilter, 'from' | 'to' | 'undated'>;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The part of the article filter a date choice stands for, relative to `today` (`YYYY-MM-DD`). */
export function dateChoiceFilter(choice: DateChoice, today: string): DateFilter {
  switch (choice.kind) {
    case 'all':
      return {};
    case 'last':
      // "Last 7 days" counts today as one of the seven.
      return { from: addDays(today, -(choice.days - 1)), to: today };
    case 'undated':
      return { undated: true };
    case 'day':
      return isIsoDay(choice.day) ? { from: choice.day, to: choice.day } : {};
    case 'month':
      return MONTH.test(choice.month) ? monthRange(choice.month) : {};
    case 'range': {
      const filter: DateFilter = {};
      if (isIsoDay(choice.from)) filter.from = choice.from;
      if (isIsoDay(choice.to)) filter.to = choice.to;
      return filter;
    }
  }
}

/** True when a range's start comes after its end, so nothing can match. */
export function isBackwardRange(choice: DateChoice): boolean {
  return choice.kind === 'range' && isIsoDay(choice.from) && isIsoDay(choice.to) && choice.from > choice.to;
}
