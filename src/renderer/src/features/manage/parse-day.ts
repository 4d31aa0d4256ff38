import { format, isValid, parse } from 'date-fns';
import { isSaneIsoDay } from '../../../../shared/dates';

/** Day-first formats a student types (Indian usage), then ISO. `d`/`M` also take two digits. */
const FORMATS = ['d-M-yyyy', 'd/M/yyyy', 'd.M.yyyy', 'd MMM yyyy', 'd MMMM yyyy', 'd MMM, yyyy', 'yyyy-M-d'];

/**
 * A typed day as `YYYY-MM-DD`: `null` for an empty field (no date), `undefined` when it is not a day.
 * Day first: 10-01-2022 and 10/01/2022 are the 10th of January.
 */
export function parseDay(text: string): string | null | undefined {
  const value = text.trim().replace(/\s+/g, ' ');
  if (value === '') return null;
  const reference = new Date(2000, 0, 1);
  for (const pattern of FORMATS) {
    const day = parse(value, pattern, reference);
    if (!isValid(day)) continue;
    const iso = format(day, 'yyyy-MM-dd');
    if (isSaneIsoDay(iso)) return iso;
  }
  return undefined;
}

/** How a `YYYY-MM-DD` day shows in the edit field: day first, as the student types it. */
export function dayForField(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}
