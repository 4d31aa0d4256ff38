import { parseDay as readDay } from '../../i18n/parse-day';

/**
 * A typed day as `YYYY-MM-DD`: `null` for an empty field (no date), `undefined` when it is not a day.
 * Day first, as every date field reads it (`i18n/parse-day.ts`): 10-01-2022 is the 10th of January.
 */
export function parseDay(text: string): string | null | undefined {
  if (text.trim() === '') return null;
  const parsed = readDay(text);
  return parsed.ok ? parsed.day : undefined;
}

/** How a `YYYY-MM-DD` day shows in the edit field: day first, as the student types it. */
export function dayForField(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}
