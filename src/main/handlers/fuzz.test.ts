import { describe, expect, it } from 'vitest';
import { FUZZED_CHANNELS, fuzzChannels, problemWith, SKIPPED_CHANNELS } from '../../../test/support/ipc-fuzz';
import { channelNames } from '../../shared/contract';

/** Cases per channel in CI: a few thousand in all, well under a minute. `npm run bench:fuzz` runs more. */
const RUNS = Number(process.env.BULLETIN_FUZZ_RUNS ?? 80);

describe('property-based IPC fuzzing (issue 14)', () => {
  it('covers every channel of the contract but the few it names', () => {
    expect([...FUZZED_CHANNELS, ...Object.keys(SKIPPED_CHANNELS)].sort()).toEqual([...channelNames].sort());
    expect(Object.keys(SKIPPED_CHANNELS).sort()).toEqual([
      'importDroppedPaths',
      'importFeedUrl',
      'subscribeFeed',
    ]);
  });

  it('can fail: it flags a leaked internal message, an empty error, a bad value and a logged error', () => {
    const leak = (error: string) => problemWith('reviewQueue', { ok: false, error }, []);
    expect(leak('Something went wrong while handling reviewQueue: Invalid time value')).toMatch(
      /Invalid time/,
    );
    expect(leak('CHECK constraint failed: length(trim(name))')).toMatch(/constraint/);
    expect(leak('SqliteError: SQLITE_BUSY')).toMatch(/SQLite/);
    expect(leak('Error: x\n    at render (app.js:1:2)')).toMatch(/stack/);
    expect(leak(' ')).toBe('an empty error');
    expect(leak('There is no review card with id 9.')).toBeNull();
    expect(problemWith('reviewQueue', { ok: true, value: [{ cardId: -1 }] }, [])).toMatch(/output schema/);
    expect(problemWith('listTags', { ok: true, value: [] }, [new TypeError('x is undefined')])).toMatch(
      /internal/,
    );
  });

  it('answers every generated call with a sentence or a valid value, and the library stays sound', async () => {
    const { stats, failures, check } = await fuzzChannels({ runs: RUNS, seed: 14 });
    const cases = stats.reduce((sum, row) => sum + row.cases, 0);
    expect(cases).toBe(RUNS * FUZZED_CHANNELS.length);
    // Both kinds of answer happen: the fuzz reaches past validation into the handlers.
    expect(stats.reduce((sum, row) => sum + row.ok, 0)).toBeGreaterThan(RUNS);
    expect(failures.slice(0, 10)).toEqual([]);
    expect(check).toEqual({ ok: true, problems: [] });
  }, 120_000);
});
