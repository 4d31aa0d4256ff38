import { describe, expect, it } from 'vitest';
import { countLabel, formatCount, formatDay } from './format';

describe('formatDay', () => {
  it('writes a day the way Indian newspapers do', () => {
    expect(formatDay('2022-01-10')).toBe('10 Jan 2022');
    expect(formatDay('2024-12-31')).toBe('31 Dec 2024');
  });
  it('says Undated for no date', () => {
    expect(formatDay(null)).toBe('Undated');
  });
});

describe('countLabel', () => {
  it('uses the singular for one', () => {
    expect(countLabel(1, 'article')).toBe('1 article');
    expect(countLabel(3, 'result')).toBe('3 results');
    expect(countLabel(0, 'note')).toBe('0 notes');
  });
  it('groups digits the Indian way', () => {
    expect(countLabel(100000, 'article')).toBe('1,00,000 articles');
  });
  it('takes an irregular plural', () => {
    expect(countLabel(2, 'entry', 'entries')).toBe('2 entries');
  });
});

describe('formatCount', () => {
  it('groups every count shown on screen, whatever the browser locale (issue 17)', () => {
    expect(formatCount(50001)).toBe('50,001');
    expect(formatCount(19975)).toBe('19,975');
    expect(formatCount(200000)).toBe('2,00,000');
    expect(formatCount(7)).toBe('7');
  });
});
