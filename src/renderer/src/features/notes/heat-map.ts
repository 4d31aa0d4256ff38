import type { HeatMapDay } from '../../../../shared/domain';
import { addDays } from '../../../../shared/dates';

export interface HeatCell {
  day: string;
  articlesRead: number;
  notesWritten: number;
  /** 0 (nothing) to 4 (the busiest days). */
  level: 0 | 1 | 2 | 3 | 4;
}

/** Monday = 0 … Sunday = 6. */
export function weekday(day: string): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** The days the map shows: `weeks` whole weeks (Monday first) ending with today's week. */
export function heatMapRange(today: string, weeks = 26): { from: string; to: string } {
  return { from: addDays(today, -weekday(today) - 7 * (weeks - 1)), to: today };
}

/** A day's shade, relative to the busiest day shown. */
export function activityLevel(total: number, max: number): HeatCell['level'] {
  if (total <= 0 || max <= 0) return 0;
  return Math.max(1, Math.min(4, Math.ceil((4 * total) / max))) as HeatCell['level'];
}

/** Columns of seven days (Monday to Sunday) from `from` to `to`; days after `to` are null. */
export function heatMapWeeks(
  days: readonly HeatMapDay[],
  range: { from: string; to: string },
): Array<Array<HeatCell | null>> {
  const byDay = new Map(days.map((d) => [d.day, d]));
  const max = Math.max(0, ...days.map((d) => d.articlesRead + d.notesWritten));
  const weeks: Array<Array<HeatCell | null>> = [];
  for (let start = range.from; start <= range.to; start = addDays(start, 7)) {
    const week: Array<HeatCell | null> = [];
    for (let i = 0; i < 7; i++) {
      const day = addDays(start, i);
      if (day > range.to) {
        week.push(null);
        continue;
      }
      const found = byDay.get(day);
      const articlesRead = found?.articlesRead ?? 0;
      const notesWritten = found?.notesWritten ?? 0;
      week.push({ day, articlesRead, notesWritten, level: activityLevel(articlesRead + notesWritten, max) });
    }
    weeks.push(week);
  }
  return weeks;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A month's name over the first week that starts in it (`monthName` gives the language's name). */
export function monthLabels(
  weeks: ReadonlyArray<ReadonlyArray<HeatCell | null>>,
  monthName: (monthIndex: number) => string = (index) => MONTHS[index] ?? '',
): Array<{ week: number; label: string }> {
  const labels: Array<{ week: number; label: string }> = [];
  let last = '';
  weeks.forEach((week, index) => {
    const first = week[0];
    if (!first) return;
    const month = first.day.slice(0, 7);
    if (month !== last) {
      last = month;
      labels.push({ week: index, label: monthName(Number(month.slice(5)) - 1) || month });
    }
  });
  // A label squeezed into the first column of a month that began mid-week would collide with the next.
  return labels.length > 1 && labels[1]!.week - labels[0]!.week < 3 ? labels.slice(1) : labels;
}
