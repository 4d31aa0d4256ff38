import { describe, expect, it } from 'vitest';
import type { Feed } from '../../../../shared/domain';
import { createI18n } from '../../i18n';
import {
  changeWords,
  feedLine,
  feedName,
  fetchedWhen,
  refreshAllSummary,
  looksLikeFeedAddress,
  problemText,
} from './feed-status';

const now = new Date(2026, 0, 7, 18, 30);
const words = {
  t: createI18n('en').t,
  style: { language: 'en', numerals: 'latin', dateStyle: 'short' },
} as const;
const hindi = {
  t: createI18n('hi').t,
  style: { language: 'hi', numerals: 'devanagari', dateStyle: 'short' },
} as const;
const at = (y: number, m: number, d: number, h = 9, min = 5) => new Date(y, m, d, h, min).toISOString();

const feed = (change: Partial<Feed>): Feed => ({
  id: 1,
  url: 'https://example.org/feed.xml',
  title: 'Alpha News',
  addedAt: at(2026, 0, 1),
  lastFetchedAt: at(2026, 0, 7),
  lastSuccessAt: at(2026, 0, 7),
  status: 'ok',
  error: null,
  lastNew: 2,
  lastUpdated: 0,
  itemCount: 10,
  message: '2 new articles.',
  ...change,
});

describe('feed status lines', () => {
  it('say when a feed was fetched, briefly', () => {
    expect(fetchedWhen(at(2026, 0, 7, 9, 5), now, words)).toBe('09:05');
    expect(fetchedWhen(at(2026, 0, 6, 23, 59), now, words)).toBe('yesterday');
    expect(fetchedWhen(at(2026, 0, 2), now, words)).toBe('2 Jan');
    expect(fetchedWhen(at(2025, 11, 30), now, words)).toBe('30 Dec 2025');
    expect(fetchedWhen('not a time', now, words)).toBe('');
    expect(fetchedWhen(at(2026, 0, 7, 9, 5), now, hindi)).toBe('०९:०५');
    expect(fetchedWhen(at(2026, 0, 6, 23, 59), now, hindi)).toBe('कल');
    expect(fetchedWhen(at(2025, 11, 30), now, hindi)).toBe('३० दिस॰ २०२५');
  });

  it('say what the last fetch brought, or why it failed', () => {
    expect(changeWords(2, 1, words)).toBe('2 new, 1 updated');
    expect(changeWords(0, 0, words)).toBe('nothing new');
    expect(feedLine(feed({}), now, false, words)).toBe('Fetched 09:05 · 2 new');
    expect(feedLine(feed({ status: 'unchanged', lastNew: 0 }), now, false, words)).toBe(
      'Fetched 09:05 · nothing new',
    );
    expect(feedLine(feed({ status: 'pending', lastFetchedAt: null }), now, false, words)).toBe(
      'Not fetched yet',
    );
    expect(feedLine(feed({ status: 'unreachable' }), now, false, words)).toBe(
      'Not reached 09:05 · will retry',
    );
    expect(feedLine(feed({ status: 'failed' }), now, false, words)).toBe('Failed 09:05');
    expect(feedLine(feed({}), now, true, words)).toBe('Refreshing…');
    expect(feedLine(feed({ lastUpdated: 1 }), now, false, hindi)).toBe('०९:०५ पर लाई गई · २ नए, १ अद्यतन');
  });

  it('say why a feed failed without repeating its address', () => {
    const url = 'https://example.org/feed.xml';
    expect(problemText({ url, error: `${url} answered 500 Internal Server Error.` }, words.t)).toBe(
      'The feed answered 500 Internal Server Error.',
    );
    expect(
      problemText({ url, error: 'example.org-feed.xml is not well-formed XML (bad tag).' }, words.t),
    ).toBe('The feed is not well-formed XML (bad tag).');
    expect(problemText({ url, error: null }, words.t)).toBeNull();
    // In Hindi, by the sentence's code.
    expect(
      problemText(
        { url, error: `${url} did not answer in time; you may be offline. Try again later.` },
        hindi.t,
      ),
    ).toBe(`${hindi.t('feeds.theFeed')} ने समय पर जवाब नहीं दिया; आप शायद ऑफ़लाइन हैं। बाद में फिर कोशिश करें।`);
  });

  it('name a feed by its title, else its address', () => {
    expect(feedName(feed({}))).toBe('Alpha News');
    expect(feedName(feed({ title: null }))).toBe('example.org/feed.xml');
    expect(looksLikeFeedAddress(' https://example.org/rss ')).toBe(true);
    expect(looksLikeFeedAddress('example.org/rss')).toBe(false);
    expect(looksLikeFeedAddress('file:///etc/passwd')).toBe(false);
  });
});

describe('the refresh-all summary', () => {
  const report = (feeds: number, added: number, updated: number, failed: number) => ({
    feeds: Array.from({ length: feeds }, (_, i) => feed({ id: i })) as never[],
    new: added,
    updated,
    failed,
  });

  it('says what the core used to say, in English', () => {
    expect(refreshAllSummary(report(0, 0, 0, 0), words)).toBe('You follow no feeds yet.');
    expect(refreshAllSummary(report(1, 0, 0, 0), words)).toBe('Refreshed 1 feed: no new articles.');
    expect(refreshAllSummary(report(3, 2, 1, 1), words)).toBe(
      'Refreshed 3 feeds: 2 new articles and 1 updated; 1 feed could not be fetched.',
    );
    expect(refreshAllSummary(report(2, 1, 0, 2), words)).toBe(
      'Refreshed 2 feeds: 1 new article; 2 feeds could not be fetched.',
    );
    expect(refreshAllSummary(report(2, 0, 3, 0), words)).toBe('Refreshed 2 feeds: 3 articles updated.');
  });

  it('says it in Hindi, with Devanagari digits when asked', () => {
    expect(refreshAllSummary(report(3, 2, 1, 1), hindi)).toBe(
      '३ फ़ीड रीफ़्रेश हुईं: २ नए लेख और १ अद्यतन; १ फ़ीड लाई नहीं जा सकी।',
    );
  });
});
