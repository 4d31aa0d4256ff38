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

/** `1 article`, `12 articles`, `1,00,000 articles` (Indian digit grouping). */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en-IN')} ${count === 1 ? singular : plural}`;
}
