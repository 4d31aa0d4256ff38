/**
 * Dates as students type them, for the palette's "jump to a date": what every date field reads
 * (`i18n/parse-day.ts`, `i18n/parse-month.ts`: 10-01-2022, 10 Jan 2022, 10 जनवरी 2022, 2022-01-10; a
 * month as Jan 2022 or 01-2022), and, typed quickly into the palette, a two-digit year (10-1-22).
 */
import { parseDay } from '../../i18n/parse-day';
import { parseMonth } from '../../i18n/parse-month';

/** The day `text` names as `YYYY-MM-DD`, or null when it is not a whole date. */
export function parseTypedDay(text: string): string | null {
  // `10-1-22`: the palette reads a short year as this century's (a date field asks for four digits).
  const expanded = text
    .trim()
    .replace(
      /^(\d{1,2})([-/.])(\d{1,2})\2(\d{2})$/,
      (_, day, sep, month, year) => `${day}${sep}${month}${sep}20${year}`,
    );
  const parsed = parseDay(expanded);
  return parsed.ok ? parsed.day : null;
}

/** The month `text` names as `YYYY-MM`, or null. */
export function parseTypedMonth(text: string): string | null {
  return parseMonth(text);
}
