/** How the renderer writes days and counts. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2022-01-10` → `10 Jan 2022`; null → `Undated`. */
export function formatDay(day: string | null): string {
  if (!day) return 'Undated';
  const [year, month, date] = day.split('-').map(Number);
  const name = MONTHS[(month ?? 1) - 1];
  if (!year || !name || !date) return day;
  return `${date} ${name} ${year}`;
}

/** A count as the screen shows it: `19,975`, `1,00,000` (Indian digit grouping), whatever the browser's locale. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-IN');
}

/** `1 article`, `12 articles`, `1,00,000 articles` (Indian digit grouping). */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}
