/**
 * Days and month slots. The index keeps each term's postings per calendar month (a slot), so a
 * one-month search reads one small row per term; slot 0 holds the undated articles.
 */

/** Slots per term: 1 + 12 × 341 years (1900–2240; other years share the end slots). */
export const SLOTS = 4096;
export const UNDATED_SLOT = 0;
const FIRST_YEAR = 1900;

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` day. */
export function dayNumber(isoDay: string): number {
  const y = Number(isoDay.slice(0, 4));
  const m = Number(isoDay.slice(5, 7));
  const d = Number(isoDay.slice(8, 10));
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d); // Date.UTC would read years below 100 as 19xx
  return Math.floor(date.getTime() / DAY_MS);
}

/** The `YYYY-MM-DD` of a day number. */
export function isoDayOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The slot of a `YYYY-MM-DD` day (or of null: undated). */
export function slotOf(isoDay: string | null): number {
  if (isoDay === null) return UNDATED_SLOT;
  const y = Number(isoDay.slice(0, 4));
  const m = Number(isoDay.slice(5, 7));
  const slot = (y - FIRST_YEAR) * 12 + (m - 1) + 1;
  return Math.min(SLOTS - 1, Math.max(1, slot));
}

/** The slot of a day number. */
export function slotOfDay(day: number): number {
  return slotOf(isoDayOf(day));
}

/** `YYYY-MM` of a slot, or null for the undated slot. */
export function monthOfSlot(slot: number): string | null {
  if (slot === UNDATED_SLOT) return null;
  const index = slot - 1;
  const y = FIRST_YEAR + Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}
