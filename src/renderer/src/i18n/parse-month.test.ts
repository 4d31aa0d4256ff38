import { describe, expect, it } from 'vitest';
import { parseMonth } from './parse-month';

describe('parseMonth', () => {
  it('reads months as students type them', () => {
    expect(parseMonth('Jan 2022')).toBe('2022-01');
    expect(parseMonth('january 2022')).toBe('2022-01');
    expect(parseMonth('01-2022')).toBe('2022-01');
    expect(parseMonth('1/2022')).toBe('2022-01');
    expect(parseMonth('12.2021')).toBe('2021-12');
    expect(parseMonth('फ़रवरी 2022')).toBe('2022-02');
    expect(parseMonth('०३-२०२२')).toBe('2022-03');
    expect(parseMonth('2022-02')).toBe('2022-02');
  });

  it('refuses what is not a month', () => {
    expect(parseMonth('')).toBeNull();
    expect(parseMonth('13-2022')).toBeNull();
    expect(parseMonth('Smarch 2022')).toBeNull();
    expect(parseMonth('2022')).toBeNull();
  });
});
