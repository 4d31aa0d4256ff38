import { describe, expect, it } from 'vitest';
import { dateChoiceFilter, isBackwardRange } from './date-filter';

const today = '2022-03-01';

describe('dateChoiceFilter', () => {
  it('filters nothing for all dates', () => {
    expect(dateChoiceFilter({ kind: 'all' }, today)).toEqual({});
  });
  it('counts today as one of the last 7 days, across a month end', () => {
    expect(dateChoiceFilter({ kind: 'last', days: 7 }, today)).toEqual({ from: '2022-02-23', to: today });
    expect(dateChoiceFilter({ kind: 'last', days: 30 }, today)).toEqual({ from: '2022-01-31', to: today });
  });
  it('asks for undated articles', () => {
    expect(dateChoiceFilter({ kind: 'undated' }, today)).toEqual({ undated: true });
  });
  it('turns a day into a one-day range', () => {
    expect(dateChoiceFilter({ kind: 'day', day: '2022-01-10' }, today)).toEqual({
      from: '2022-01-10',
      to: '2022-01-10',
    });
  });
  it('turns a month into its first and last day, leap years included', () => {
    expect(dateChoiceFilter({ kind: 'month', month: '2024-02' }, today)).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
    });
  });
  it('keeps only the ends of a range that are real days', () => {
    expect(dateChoiceFilter({ kind: 'range', from: '2022-01-01', to: '' }, today)).toEqual({
      from: '2022-01-01',
    });
    expect(dateChoiceFilter({ kind: 'range', from: '', to: '2022-02-30' }, today)).toEqual({});
  });
  it('ignores a half-typed day or month', () => {
    expect(dateChoiceFilter({ kind: 'day', day: '' }, today)).toEqual({});
    expect(dateChoiceFilter({ kind: 'month', month: '2022-13' }, today)).toEqual({});
  });
});

describe('isBackwardRange', () => {
  it('spots a start after the end', () => {
    expect(isBackwardRange({ kind: 'range', from: '2022-02-01', to: '2022-01-01' })).toBe(true);
    expect(isBackwardRange({ kind: 'range', from: '2022-01-01', to: '2022-01-01' })).toBe(false);
    expect(isBackwardRange({ kind: 'range', from: '2022-02-01', to: '' })).toBe(false);
  });
});
