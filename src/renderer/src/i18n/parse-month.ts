/**
 * Reads a month the way students type it: `Jan 2022`, `January 2022`, `जनवरी 2022`, `01-2022`,
 * `1/2022`, and the stored form `2022-01`. It is read as the first day of that month by `parseDay`.
 */
import { parseDay } from './parse-day';

/** The stored `YYYY-MM` month of a typed text, or null when it does not read as one. */
export function parseMonth(typed: string): string | null {
  const text = typed.trim();
  if (text === '') return null;
  const stored = /^(\d{4})-(\d{1,2})$/.exec(text);
  // The day is written with the month's own separator (`1/1/2022`, `1-1-2022`, `1 Jan 2022`).
  const separator = /^[\d०-९]+([-/.])/.exec(text)?.[1] ?? ' ';
  const asDay = stored ? `${stored[1]}-${stored[2]!.padStart(2, '0')}-01` : `1${separator}${text}`;
  const parsed = parseDay(asDay);
  return parsed.ok ? parsed.day.slice(0, 7) : null;
}
