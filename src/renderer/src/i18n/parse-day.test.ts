import { describe, expect, it } from 'vitest';
import { formatDayIn, formatNumber, withNumerals } from './format';
import { parseDay } from './parse-day';

describe('parseDay (day first, as students type)', () => {
  it.each([
    ['10-01-2022', '2022-01-10'],
    ['10/01/2022', '2022-01-10'],
    ['10.01.2022', '2022-01-10'],
    ['1-1-2022', '2022-01-01'],
    ['10 Jan 2022', '2022-01-10'],
    ['10 jan. 2022', '2022-01-10'],
    ['10 January 2022', '2022-01-10'],
    ['10 Sept 2022', '2022-09-10'],
    ['10-Jan-2022', '2022-01-10'],
    ['  10  January,  2022 ', '2022-01-10'],
    ['2022-01-10', '2022-01-10'],
    ['10 जनवरी 2022', '2022-01-10'],
    ['10 जन॰ 2022', '2022-01-10'],
    ['१० सितंबर २०२२', '2022-09-10'],
    ['१०-०१-२०२२', '2022-01-10'],
  ])('reads %s as %s', (typed, day) => {
    expect(parseDay(typed)).toEqual({ ok: true, day });
  });

  it('reads 01/10/2022 as the 1st of October, never the 10th of January', () => {
    expect(parseDay('01/10/2022')).toEqual({ ok: true, day: '2022-10-01' });
  });

  it('says a day does not exist rather than rolling it over', () => {
    expect(parseDay('31-02-2022')).toEqual({
      ok: false,
      reason: 'no-such-day',
      day: 31,
      month: 2,
      year: 2022,
    });
    expect(parseDay('29-02-2023')).toMatchObject({ ok: false, reason: 'no-such-day' });
    expect(parseDay('29-02-2024')).toEqual({ ok: true, day: '2024-02-29' });
    expect(parseDay('10-13-2022')).toMatchObject({ ok: false, reason: 'no-such-day' });
  });

  it.each(['', 'tomorrow', '10 Foo 2022', '10-01-22', '10-01/2022', '2022/01/10x', '10 ja 2022'])(
    'refuses %j as not a day',
    (typed) => {
      expect(parseDay(typed)).toEqual({ ok: false, reason: 'format' });
    },
  );
});

describe('formatDayIn (day first whatever the locale)', () => {
  it('writes short and numeric days in English', () => {
    expect(formatDayIn('2022-01-10', { language: 'en', numerals: 'latin', dateStyle: 'short' })).toBe(
      '10 Jan 2022',
    );
    expect(formatDayIn('2022-09-05', { language: 'en', numerals: 'latin', dateStyle: 'short' })).toBe(
      '5 Sep 2022',
    );
    expect(formatDayIn('2022-01-10', { language: 'en', numerals: 'latin', dateStyle: 'numeric' })).toBe(
      '10/01/2022',
    );
  });

  it('writes Hindi month names, and Devanagari digits when asked', () => {
    expect(formatDayIn('2022-01-10', { language: 'hi', numerals: 'latin', dateStyle: 'short' })).toBe(
      '10 जन॰ 2022',
    );
    expect(formatDayIn('2022-03-10', { language: 'hi', numerals: 'devanagari', dateStyle: 'short' })).toBe(
      '१० मार्च २०२२',
    );
    expect(formatDayIn('2022-01-10', { language: 'hi', numerals: 'devanagari', dateStyle: 'numeric' })).toBe(
      '१०/०१/२०२२',
    );
  });

  it('keeps a missing day null and an unknown text as it is', () => {
    expect(formatDayIn(null, { language: 'en', numerals: 'latin', dateStyle: 'short' })).toBeNull();
    expect(formatDayIn('2022', { language: 'en', numerals: 'latin', dateStyle: 'short' })).toBe('2022');
  });

  it('groups counts the Indian way, in either digits', () => {
    expect(formatNumber(1234567, { numerals: 'latin' })).toBe('12,34,567');
    expect(formatNumber(100000, { numerals: 'devanagari' })).toBe('१,००,०००');
    expect(withNumerals('3 of 10', 'devanagari')).toBe('३ of १०');
  });
});
