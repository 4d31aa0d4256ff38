import { describe, expect, it } from 'vitest';
import { dateRange, parseQuery, type ParsedQuery } from './query';

const TODAY = '2022-03-15';

function parsed(query: string): ParsedQuery {
  const outcome = parseQuery(query, TODAY);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.query;
}

describe('reading a query', () => {
  it('reads lunr syntax: presence, fields, wildcards, fuzziness and boosts', () => {
    const { clauses } = parsed('+csto -russia title:kazakhstan elect* kazakstan~1 treaty^3');
    expect(clauses.map((c) => [c.kind, c.presence])).toEqual([
      ['term', 'required'],
      ['term', 'prohibited'],
      ['term', 'optional'],
      ['term', 'optional'],
      ['term', 'optional'],
      ['term', 'optional'],
    ]);
    expect(clauses[2]).toMatchObject({ terms: ['kazakhstan'], fields: [0] });
    expect(clauses[3]).toMatchObject({ wildcard: true, terms: ['elect*'] });
    expect(clauses[4]).toMatchObject({ editDistance: 1 });
    expect(clauses[5]).toMatchObject({ boost: 3, terms: ['treati'] });
  });

  it('takes filters out of the query, as the filter controls would set them', () => {
    expect(parsed('tag:GS-2 polity from:2022-01-01 to:2022-01-31').filter).toEqual({
      tags: ['GS-2'],
      notTags: [],
      from: '2022-01-01',
      to: '2022-01-31',
    });
    expect(parsed('date:2022-02 -tag:"International Relations"').filter).toMatchObject({
      from: '2022-02-01',
      to: '2022-02-28',
      notTags: ['International Relations'],
    });
    expect(parsed('date:this-month').filter).toMatchObject({ from: '2022-03-01', to: '2022-03-31' });
    expect(parsed('date:undated').filter.undated).toBe(true);
  });

  it('reads quoted phrases with their fields, and note: as the notes field', () => {
    const { clauses } = parsed('title:"collective security" note:revise');
    expect(clauses[0]).toMatchObject({ kind: 'phrase', fields: [0], presence: 'required' });
    expect(clauses[1]).toMatchObject({ kind: 'term', fields: [4], terms: ['revis'] });
  });

  it.each([
    ['title:', /title: must be followed by a word/],
    ['php:', /“php” is not a field/],
    ['unknownfield:x', /is not a field/],
    ['+-', /must be followed by a word/],
    ['~', /./],
    ['^2', /./],
    ['\\', /./],
    ['*', /a \* must follow/],
    ['from:2022-13-01', /is not a date/],
    ['tag:', /tag: must be followed by a tag/],
  ])('answers %s with a friendly message (B-90)', (query, detail) => {
    const outcome = parseQuery(query, TODAY);
    if (outcome.ok) return; // lunr reads some of these as nothing at all, which is fine too
    expect(outcome.message).toMatch(/^Search could not understand “/);
    expect(outcome.message).toMatch(detail);
  });

  it.each([
    '"collective security',
    'title:"collective security',
    'csto "collective security" "nato',
    'nato"',
  ])('refuses %s, whose quote is never closed, instead of searching its words one by one', (query) => {
    const outcome = parseQuery(query, TODAY);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.message).toMatch(/^Search could not understand “/);
    expect(outcome.message).toContain('a quote was opened and not closed');
  });

  it('still reads balanced quotes and a quote pair inside a word', () => {
    expect(parseQuery('"collective security"', TODAY).ok).toBe(true);
    expect(parseQuery('csto "collective security" nato', TODAY).ok).toBe(true);
    expect(parseQuery('5"x 7" frame', TODAY).ok).toBe(true);
  });

  it('never throws on long, emoji or CJK queries, and bounds the work (B-92)', () => {
    for (const query of [
      'x'.repeat(10_000),
      '🙂🙂',
      '日本語のテキスト',
      'word '.repeat(2_000),
      '"'.repeat(5_001),
      '+'.repeat(999),
    ]) {
      expect(() => parseQuery(query, TODAY)).not.toThrow();
    }
    const long = parseQuery('word '.repeat(2_000), TODAY);
    expect(long.ok && long.query.clauses.length).toBeLessThanOrEqual(32);
  });

  it('computes named periods relative to today', () => {
    expect(dateRange('last-month', TODAY)).toEqual({ from: '2022-02-01', to: '2022-02-28' });
    expect(dateRange('last-7-days', TODAY)).toEqual({ from: '2022-03-09', to: '2022-03-15' });
    expect(dateRange('2024', TODAY)).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(dateRange('2022-02-30', TODAY)).toBeNull();
  });
});
