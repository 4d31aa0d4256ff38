import { describe, expect, it } from 'vitest';
import { parseTableText } from './table-text';

describe('parseTableText', () => {
  it('splits tab-separated rows', () => {
    expect(parseTableText('State\tCapital\nKerala\tThiruvananthapuram')).toEqual([
      ['State', 'Capital'],
      ['Kerala', 'Thiruvananthapuram'],
    ]);
  });
  it('reads pipe tables and drops the Markdown rule', () => {
    expect(parseTableText('| Year | Event |\n|---|---|\n| 1994 | Treaty in force |')).toEqual([
      ['Year', 'Event'],
      ['1994', 'Treaty in force'],
    ]);
  });
  it('keeps plain lines as one cell each', () => {
    expect(parseTableText('first line\n\nsecond line')).toEqual([['first line'], ['second line']]);
  });
});
