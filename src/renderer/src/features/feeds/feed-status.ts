import type { TFunction } from 'i18next';
import type { Feed, FeedsRefreshReport, FeedStatus } from '../../../../shared/domain';
import { coreMessage } from '../../i18n/core-message';
import { formatDayIn, formatNumber, withNumerals, type FormatStyle } from '../../i18n/format';

/** What the feed lines are written with: the language's `t` and the day and digit style. */
export interface FeedWords {
  t: TFunction;
  style: FormatStyle;
}

/** A fetch time, short: `14:05` today, `yesterday`, `5 Jan` this year, `5 Jan 2025` before. */
export function fetchedWhen(iso: string, now: Date, { t, style }: FeedWords): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  const day = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const days = Math.round((day(now) - day(at)) / 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (days <= 0) return withNumerals(`${pad(at.getHours())}:${pad(at.getMinutes())}`, style.numerals);
  if (days === 1) return t('feeds.yesterday');
  const stored = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  return formatDayIn(stored, style, { year: at.getFullYear() !== now.getFullYear() }) ?? '';
}

/** New and updated articles in a few words: `2 new, 1 updated`, `nothing new`. */
export function changeWords(added: number, updated: number, { t, style }: FeedWords): string {
  const parts = [
    added > 0 ? t('feeds.new', { n: formatNumber(added, style) }) : '',
    updated > 0 ? t('feeds.updated', { n: formatNumber(updated, style) }) : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(t('feeds.listSeparator')) : t('feeds.nothingNew');
}

/** The small line under a feed's name: when it was last fetched and what came of it. */
export function feedLine(feed: Feed, now: Date, refreshing: boolean, words: FeedWords): string {
  const { t } = words;
  if (refreshing) return t('feeds.refreshing');
  const when = feed.lastFetchedAt ? fetchedWhen(feed.lastFetchedAt, now, words) : '';
  switch (feed.status) {
    case 'pending':
      return t('feeds.line.pending');
    case 'ok':
    case 'unchanged':
      return t('feeds.line.fetched', { when, change: changeWords(feed.lastNew, feed.lastUpdated, words) });
    case 'unreachable':
      return t('feeds.line.unreachable', { when });
    case 'failed':
      return t('feeds.line.failed', { when });
  }
}

/**
 * A refresh of every feed in one sentence (`Refreshed 3 feeds: 2 new articles; 1 feed could not be
 * fetched.`), composed here from the report's counts so that it is written in the window's language.
 */
export function refreshAllSummary(
  report: Pick<FeedsRefreshReport, 'feeds' | 'new' | 'updated' | 'failed'>,
  { t, style }: FeedWords,
): string {
  if (report.feeds.length === 0) return t('feeds.summary.none');
  const counted = (n: number) => ({ count: n, n: formatNumber(n, style) });
  const added = t('feeds.summary.newArticles', counted(report.new));
  const found =
    report.new > 0 && report.updated > 0
      ? t('feeds.summary.newAndUpdated', { added, updated: formatNumber(report.updated, style) })
      : report.new > 0
        ? added
        : report.updated > 0
          ? t('feeds.summary.updatedOnly', counted(report.updated))
          : t('feeds.summary.noNew');
  const failed = report.failed > 0 ? t('feeds.summary.failed', counted(report.failed)) : '';
  return t('feeds.summary.refreshed', { ...counted(report.feeds.length), found, failed });
}

/**
 * Why a feed failed, for its row: the sentence without the feed's address (already the row's name),
 * `https://…/gs.xml answered 500 …` → `The feed answered 500 …`.
 */
export function problemText(feed: Pick<Feed, 'url' | 'error'>, t: TFunction): string | null {
  if (!feed.error) return null;
  let host = '';
  try {
    host = new URL(feed.url).hostname;
  } catch {
    // not an address: nothing to shorten
  }
  // The core's sentence in the window's language (by its code), the feed's address and file name in it
  // replaced by words.
  const text = coreMessage(t, { fallback: feed.error }).split(feed.url).join(t('feeds.theFeed'));
  return host ? text.split(`${host}-feed.xml`).join(t('feeds.theFeed')) : text;
}

/** The word a screen reader hears for the status dot. */
export function statusLabel(status: FeedStatus, t: TFunction): string {
  return {
    pending: t('feeds.status.pending'),
    ok: t('feeds.status.ok'),
    unchanged: t('feeds.status.ok'),
    failed: t('feeds.status.failed'),
    unreachable: t('feeds.status.unreachable'),
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
