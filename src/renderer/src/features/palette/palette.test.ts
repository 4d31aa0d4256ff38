import { describe, expect, it } from 'vitest';
import { fuzzyFilter, fuzzyScore } from './fuzzy';
import { parseTypedDay, parseTypedMonth } from './typed-date';

describe('the palette’s fuzzy filter', () => {
  it('matches letters in order and prefers word starts and runs', () => {
    expect(fuzzyScore('gtn', 'Go to Notes')).not.toBeNull();
    expect(fuzzyScore('ngt', 'Go to Notes')).toBeNull();
    const items = ['Export notes…', 'Go to Notes', 'Import files…'];
    expect(fuzzyFilter('notes', items, (s) => s)[0]).toBe('Go to Notes');
    expect(fuzzyFilter('imp', items, (s) => s)).toEqual(['Import files…']);
    expect(fuzzyFilter('', items, (s) => s)).toEqual(items);
  });
});

describe('typed dates', () => {
  it('read the day first, as Indian students write it', () => {
    expect(parseTypedDay('10-01-2022')).toBe('2022-01-10');
    expect(parseTypedDay('10/1/2022')).toBe('2022-01-10');
    expect(parseTypedDay('10 Jan 2022')).toBe('2022-01-10');
    expect(parseTypedDay('10 january 2022')).toBe('2022-01-10');
    expect(parseTypedDay('2022-01-10')).toBe('2022-01-10');
    expect(parseTypedDay('10-1-22')).toBe('2022-01-10');
  });

  it('refuse what is not a date', () => {
    expect(parseTypedDay('31-02-2022')).toBeNull();
    expect(parseTypedDay('go to notes')).toBeNull();
    expect(parseTypedDay('2022')).toBeNull();
  });

  it('read a month alone', () => {
    expect(parseTypedMonth('Jan 2022')).toBe('2022-01');
    expect(parseTypedMonth('03-2022')).toBe('2022-03');
    expect(parseTypedMonth('10 Jan 2022')).toBeNull();
  });
});
