import { describe, expect, it } from 'vitest';
import { resolveDates, stepDay, todayViewDay, viewFilter } from './views';

describe('the triage views', () => {
  it('opens Today on today when something is dated today, else on the newest day', () => {
    expect(todayViewDay('2026-12-06', { newest: '2026-12-06', todayCount: 3 })).toBe('2026-12-06');
    expect(todayViewDay('2026-12-06', { newest: '2026-11-28', todayCount: 0 })).toBe('2026-11-28');
    expect(todayViewDay('2026-12-06', { newest: null, todayCount: 0 })).toBe('2026-12-06');
    expect(todayViewDay('2026-12-06', undefined)).toBe('2026-12-06');
  });

  it('counts "Last 7 days" back from the newest article when nothing is that recent, and says so', () => {
    const days = { newest: '2026-11-20', todayCount: 0 };
    expect(resolveDates({ kind: 'last', days: 7 }, '2026-12-06', days)).toEqual({
      filter: { from: '2026-11-14', to: '2026-11-20' },
      fallback: { kind: 'last', days: 7, from: '2026-11-14', to: '2026-11-20' },
    });
  });

  it('keeps "Last 7 days" as it is when the library holds something that recent', () => {
    const days = { newest: '2026-12-01', todayCount: 0 };
    expect(resolveDates({ kind: 'last', days: 7 }, '2026-12-06', days)).toEqual({
      filter: { from: '2026-11-30', to: '2026-12-06' },
      fallback: null,
    });
    expect(resolveDates({ kind: 'all' }, '2026-12-06', days)).toEqual({ filter: {}, fallback: null });
  });

  it('gives the Unread and Starred views their filter flags', () => {
    expect(viewFilter('starred')).toEqual({ starred: true });
    expect(viewFilter('unread')).toEqual({ unread: true });
    expect(viewFilter('today')).toEqual({});
    expect(viewFilter(null)).toEqual({});
  });

  it('steps a day filter across month and year ends, and nothing else', () => {
    expect(stepDay({ kind: 'day', day: '2026-03-01' }, -1)).toEqual({ kind: 'day', day: '2026-02-28' });
    expect(stepDay({ kind: 'day', day: '2026-12-31' }, 1)).toEqual({ kind: 'day', day: '2027-01-01' });
    expect(stepDay({ kind: 'month', month: '2026-12' }, 1)).toBeNull();
  });
});
