import { describe, expect, it } from 'vitest';
import { dayForField, parseDay } from './parse-day';

describe('a typed day', () => {
  it('reads day-first numbers, month names and ISO', () => {
    expect(parseDay('10-01-2022')).toBe('2022-01-10');
    expect(parseDay('10/01/2022')).toBe('2022-01-10');
    expect(parseDay('1/2/2022')).toBe('2022-02-01');
    expect(parseDay('10 Jan 2022')).toBe('2022-01-10');
    expect(parseDay(' 10  January 2022 ')).toBe('2022-01-10');
    expect(parseDay('2022-01-10')).toBe('2022-01-10');
  });

  it('is null when empty and undefined when not a day', () => {
    expect(parseDay('   ')).toBeNull();
    expect(parseDay('31-02-2022')).toBeUndefined();
    expect(parseDay('tomorrow')).toBeUndefined();
    expect(parseDay('13/13/2022')).toBeUndefined();
    expect(parseDay('10-01-0022')).toBeUndefined();
  });

  it('shows a stored day day-first', () => {
    expect(dayForField('2022-01-10')).toBe('10-01-2022');
    expect(dayForField(null)).toBe('');
  });
});
