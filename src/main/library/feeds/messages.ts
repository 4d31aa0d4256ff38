import type { Feed, FeedRefresh } from '../../../shared/domain';

/** The sentence for a refresh that found no network at all. */
export const OFFLINE_MESSAGE =
  'You are offline — feeds will refresh when you are back online; articles already fetched stay readable.';

function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** New and updated articles in a few words: `2 new articles and 1 updated.` */
function changes(added: number, updated: number): string {
  if (added > 0 && updated > 0) return `${count(added, 'new article')} and ${updated} updated.`;
  if (added > 0) return `${count(added, 'new article')}.`;
  if (updated > 0) return `${count(updated, 'article')} updated.`;
  return 'No new articles.';
}

/** One feed's refresh in one sentence. */
export function refreshMessage(result: Pick<FeedRefresh, 'status' | 'new' | 'updated' | 'error'>): string {
  switch (result.status) {
    case 'ok':
      return changes(result.new, result.updated);
    case 'unchanged':
      return 'No new articles: the feed has not changed since the last fetch.';
    default:
      return result.error ?? 'The feed could not be fetched.';
  }
}

/** A subscription's last fetch in one sentence, for the list. */
export function feedMessage(feed: Omit<Feed, 'message'>): string {
  if (feed.status === 'pending') return 'Not fetched yet.';
  return refreshMessage({
    status: feed.status,
    new: feed.lastNew,
    updated: feed.lastUpdated,
    error: feed.error,
  });
}

/** What a new subscription that found the laptop offline will do. */
export function offlineMessage(): string {
  return 'You seem to be offline; it will be fetched when you refresh while online.';
}

/** A refresh of every feed in one sentence. */
export function refreshAllMessage(
  feeds: number,
  totals: { new: number; updated: number; failed: number; offline: boolean },
): string {
  if (feeds === 0) return 'You follow no feeds yet.';
  if (totals.offline) return OFFLINE_MESSAGE;
  const found =
    totals.new === 0 && totals.updated === 0
      ? 'no new articles'
      : changes(totals.new, totals.updated).replace(/\.$/, '');
  const failed = totals.failed > 0 ? `; ${count(totals.failed, 'feed')} could not be fetched` : '';
  return `Refreshed ${count(feeds, 'feed')}: ${found}${failed}.`;
}
