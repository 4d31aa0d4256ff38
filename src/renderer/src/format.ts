/**
 * How the renderer writes days and counts, in English. Translated screens use `useFormat()` from
 * `i18n/useFormat` instead (language, numerals and date style from the preferences); these stay for
 * the screens not converted yet, and write exactly what they wrote before.
 */
import { formatDayIn, formatNumber } from './i18n/format';

const ENGLISH = { language: 'en', numerals: 'latin', dateStyle: 'short' } as const;

/** `2022-01-10` → `10 Jan 2022`; null → `Undated`. */
export function formatDay(day: string | null): string {
  return formatDayIn(day, ENGLISH) ?? 'Undated';
}

/** A count as the screen shows it: `19,975`, `1,00,000` (Indian digit grouping), whatever the browser's locale. */
export function formatCount(count: number): string {
  return formatNumber(count, ENGLISH);
}

/** `1 article`, `12 articles`, `1,00,000 articles` (Indian digit grouping). */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}
