import { describe, expect, it } from 'vitest';
import { intervalParts, nextParts } from './intervals';

const MIN = 60_000;
const DAY = 86_400_000;

describe('intervals', () => {
  it('read as Anki writes them', () => {
    expect(intervalParts(20_000)).toEqual({ unit: 'minutes', count: 1 });
    expect(intervalParts(10 * MIN)).toEqual({ unit: 'minutes', count: 10 });
    expect(intervalParts(5 * 60 * MIN)).toEqual({ unit: 'hours', count: 5 });
    expect(intervalParts(3 * DAY)).toEqual({ unit: 'days', count: 3 });
    expect(intervalParts(45 * DAY)).toEqual({ unit: 'months', count: 1.5 });
    expect(intervalParts(400 * DAY)).toEqual({ unit: 'years', count: 1.1 });
  });
});

describe('what is due next', () => {
  const forecast = (...dues: number[]) => dues.map((due, i) => ({ day: `2026-03-0${i + 1}`, due }));

  it('says the cards within the hour (by when), later today and tomorrow', () => {
    expect(
      nextParts({
        soon: [
          { inMs: MIN, cards: 1, day: '2026-03-01' },
          { inMs: 10 * MIN, cards: 3, day: '2026-03-01' },
          { inMs: 5 * 60 * MIN, cards: 2, day: '2026-03-01' },
        ],
        forecast: forecast(6, 12, 4),
      }),
    ).toEqual([
      { kind: 'soon', cards: 4, inMs: 10 * MIN },
      { kind: 'laterToday', cards: 2 },
      { kind: 'tomorrow', cards: 12 },
    ]);
  });

  it('tells cards due within the hour past midnight as soon, not again as tomorrow’s', () => {
    expect(
      nextParts({
        soon: [
          { inMs: MIN, cards: 1, day: '2026-03-01' },
          { inMs: 10 * MIN, cards: 1, day: '2026-03-02' },
        ],
        forecast: forecast(1, 3),
      }),
    ).toEqual([
      { kind: 'soon', cards: 2, inMs: 10 * MIN },
      { kind: 'tomorrow', cards: 2 },
    ]);
  });

  it('names the first day ahead when nothing is due today or tomorrow, and nothing when none is', () => {
    expect(nextParts({ soon: [], forecast: forecast(0, 0, 0, 7) })).toEqual([
      { kind: 'onDay', cards: 7, day: '2026-03-04' },
    ]);
    expect(nextParts({ soon: [], forecast: forecast(0, 0) })).toEqual([]);
  });
});
