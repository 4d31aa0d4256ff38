import { describe, expect, it } from 'vitest';
import { heatOf } from './heat';

const c = (articles: number, read: number, withNotes = 0, cardsReviewed = 0) => ({
  articles,
  read,
  withNotes,
  cardsReviewed,
});

describe('heatOf', () => {
  it('grows with reading, notes and reviews', () => {
    expect(heatOf(c(0, 0))).toBe('empty');
    expect(heatOf(c(10, 0))).toBe('none');
    expect(heatOf(c(10, 2))).toBe('low');
    expect(heatOf(c(10, 5))).toBe('mid');
    expect(heatOf(c(10, 8, 6))).toBe('high');
    expect(heatOf(c(10, 6, 0, 3))).toBe('high');
    expect(heatOf(c(10, 6))).toBe('mid');
  });
});
