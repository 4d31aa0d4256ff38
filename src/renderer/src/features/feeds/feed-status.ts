import type { Feed, FeedStatus } from '../../../../shared/domain';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The sentence the sidebar shows when no feed could be reached. */
export const OFFLINE_TITLE = 'You are offline';
export const OFFLINE_TEXT =
  'Feeds will refresh when you are back online; articles already fetched stay readable.';

/** A fetch time, short: `14:05` today, `yesterday`, `5 Jan` this year, `5 Jan 2025` before. */
export function fetchedWhen(iso: string, now: Date): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  const day = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const days = Math.round((day(now) - day(at)) / 86_400_000);
  if (days <= 0)
    return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  if (days === 1) return 'yesterday';
  const date = `${at.getDate()} ${MONTHS[at.getMonth()]}`;
  return at.getFullYear() === now.getFullYear() ? date : `${date} ${at.getFullYear()}`;
}

/** New and updated articles in a few words: `2 new, 1 updated`, `nothing new`. */
export function changeWords(added: number, updated: number): string {
  const parts = [added > 0 ? `${added} new` : '', updated > 0 ? `${updated} updated` : ''].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'nothing new';
}

/** The small line under a feed's name: when it was last fetched and what came of it. */
export function feedLine(feed: Feed, now: Date, refreshing: boolean): string {
  if (refreshing) return 'Refreshing…';
  const when = feed.lastFetchedAt ? fetchedWhen(feed.lastFetchedAt, now) : '';
  switch (feed.status) {
    case 'pending':
      return 'Not fetched yet';
    case 'ok':
    case 'unchanged':
      return `Fetched ${when} · ${changeWords(feed.lastNew, feed.lastUpdated)}`;
    case 'unreachable':
      return `Not reached ${when} · will retry`;
    case 'failed':
      return `Failed ${when}`;
  }
}

/**
 * Why a feed failed, for its row: the sentence without the feed's address (already the row's name),
 * `https://…/gs.xml answered 500 …` → `The feed answered 500 …`.
 */
export function problemText(feed: Pick<Feed, 'url' | 'error'>): string | null {
  if (!feed.error) return null;
  let host = '';
  try {
    host = new URL(feed.url).hostname;
  } catch {
    // not an address: nothing to shorten
  }
  const text = feed.error.split(feed.url).join('The feed');
  return host ? text.split(`${host}-feed.xml`).join('The feed') : text;
}

/** The word a screen reader hears for the status dot. */
export function statusLabel(status: FeedStatus): string {
  return {
    pending: 'not fetched yet',
    ok: 'up to date',
    unchanged: 'up to date',
    failed: 'failed',
    unreachable: 'could not be reached',
  }[status];
}

/** A feed's name as shown: its title, else its address without the scheme. */
export function feedName(feed: Pick<Feed, 'title' | 'url'>): string {
  return feed.title ?? feed.url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

/** The online address a user typed looks like a feed address the main process will accept. */
export function looksLikeFeedAddress(url: string): boolean {
  return /^https?:\/\/[^\s/]+/i.test(url.trim());
}
