/**
 * Dates as students type them, day first: 10-01-2022, 10/1/22, 10 Jan 2022, 10 January 2022, and the
 * ISO 2022-01-10; a month alone as Jan 2022 or 01-2022. For the palette's "jump to a date".
 */
import { isValid, parse } from 'date-fns';

const DAY_FORMATS = [
  'd-M-yyyy',
  'd/M/yyyy',
  'd.M.yyyy',
  'd-M-yy',
  'd/M/yy',
  'd MMM yyyy',
  'd MMMM yyyy',
  'd MMM, yyyy',
  'd MMMM, yyyy',
  'd-MMM-yyyy',
  'MMM d yyyy',
  'MMM d, yyyy',
  'MMMM d, yyyy',
  'yyyy-MM-dd',
];
const MONTH_FORMATS = ['MMM yyyy', 'MMMM yyyy', 'M-yyyy', 'M/yyyy', 'yyyy-MM'];

const pad = (n: number) => String(n).padStart(2, '0');

function parseWith(text: string, formats: readonly string[]): Date | null {
  const cleaned = text.trim().replace(/\s+/g, ' ');
  if (!/\d/.test(cleaned)) return null;
  for (const format of formats) {
    const date = parse(cleaned, format, new Date(2000, 0, 1));
    // Four-digit years only from 1900 on: "10-1-0022" is a typo, not the year 22.
    if (isValid(date) && date.getFullYear() >= 1900 && date.getFullYear() <= 2199) return date;
  }
  return null;
}

/** The day `text` names as `YYYY-MM-DD`, or null when it is not a whole date. */
export function parseTypedDay(text: string): string | null {
  const date = parseWith(text, DAY_FORMATS);
  return date && `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The month `text` names as `YYYY-MM`, or null. */
export function parseTypedMonth(text: string): string | null {
  const date = parseWith(text, MONTH_FORMATS);
  return date && `${date.getFullYear()}-${pad(date.getMonth() + 1)}`;
}
