import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/library/db/connection';
import { Library } from '../../src/main/library/library';
import { writeArticles } from '../corpus';
import { FIXTURE } from './fixture';
import { CASES } from './queries';

const dir = mkdtempSync(join(tmpdir(), 'bulletin-relevance-'));
const db = openDatabase(join(dir, 'library.sqlite'));
writeArticles(db, FIXTURE);
// Ids follow the fixture's order.
const keyOf = new Map(FIXTURE.map((a, i) => [i + 1, a.key]));
db.close();
const library = Library.open(dir, { now: () => new Date('2024-03-01T12:00:00Z') });
afterAll(() => library.close());

describe('relevance', () => {
  it('has at least 30 queries', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES.map((c) => [c.what, c] as const))('%s', (_what, c) => {
    const outcome = library.searchArticles(c.query, c.options);
    if (!outcome.ok) throw new Error(outcome.message);
    const found = outcome.hits.map((h) => keyOf.get(h.id));
    expect(found.slice(0, 5), `${c.query} → ${found.join(', ')}`).toEqual(expect.arrayContaining(c.top5));
    for (const key of c.never ?? []) expect(found, `${c.query} must not find ${key}`).not.toContain(key);
  });
});
