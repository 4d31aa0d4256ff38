import { describe, expect, it } from 'vitest';
import { activityLevel, heatMapRange, heatMapWeeks, monthLabels, weekday } from './heat-map';

describe('heat map layout', () => {
  it('starts on a Monday, 26 weeks back', () => {
    expect(weekday('2025-03-10')).toBe(0); // a Monday
    expect(weekday('2025-03-16')).toBe(6);
    const range = heatMapRange('2025-03-12');
    expect(range).toEqual({ from: '2024-09-16', to: '2025-03-12' });
    expect(weekday(range.from)).toBe(0);
  });

  it('lays days out in weeks and leaves the days after today empty', () => {
    const range = heatMapRange('2025-03-12', 2);
    const weeks = heatMapWeeks([{ day: '2025-03-04', articlesRead: 1, notesWritten: 3 }], range);
    expect(weeks).toHaveLength(2);
    expect(weeks[0]![1]).toEqual({ day: '2025-03-04', articlesRead: 1, notesWritten: 3, level: 4 });
    expect(weeks[1]![2]?.day).toBe('2025-03-12');
    expect(weeks[1]![3]).toBeNull();
  });

  it('shades relative to the busiest day', () => {
    expect([0, 1, 3, 5, 10].map((n) => activityLevel(n, 10))).toEqual([0, 1, 2, 2, 4]);
  });

  it('names each month over its first week', () => {
    const weeks = heatMapWeeks([], heatMapRange('2025-03-12', 10));
    expect(monthLabels(weeks)).toEqual([
      { week: 0, label: 'Jan' },
      { week: 4, label: 'Feb' },
      { week: 8, label: 'Mar' },
    ]);
    // January's one week before February would put the two names on top of each other.
    const squeezed = heatMapWeeks([], heatMapRange('2025-03-12', 7));
    expect(monthLabels(squeezed).map((m) => m.label)).toEqual(['Feb', 'Mar']);
  });
});
