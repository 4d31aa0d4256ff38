import type { QueryClient } from '@tanstack/react-query';
import { api } from '../../api';
import { markReadInCache } from '../../data/changes';

/**
 * The longest an open waits for its article before `setRead` is sent anyway (a reply that never
 * comes, a reader that is not on screen): the article is marked read in the library all the same.
 */
const MAX_WAIT_MS = 2_000;

/** Articles opened and not yet marked read in the library: the reader shows them read meanwhile. */
const opening = new Set<number>();

/**
 * Marks article `id` read as it opens, without delaying its first frame (issue 17): its list row and
 * the unread counts change in the cache at once; `setRead` is sent once the reader has painted the
 * article, so the click's one call before the paint is `getArticle` (in the main process a write
 * waits for the disk, and the article's reply would wait behind it); what the cache cannot count goes
 * stale once the library has the change. A failure puts the row back and is reported.
 */
export function markReadOnOpen(client: QueryClient, id: number, onError: (error: unknown) => void): void {
  const afterSaved = markReadInCache(client, [id], true);
  opening.add(id);
  void articlePainted(id).then(() => {
    // The student marked it themselves meanwhile (the reader's Mark as unread): theirs wins.
    if (!opening.has(id)) return;
    api.setRead({ id, read: true }).then(
      () => {
        opening.delete(id);
        afterSaved();
      },
      (error: unknown) => {
        opening.delete(id);
        markReadInCache(client, [id], false)();
        onError(error);
      },
    );
  });
}

/** Forgets an open's pending mark: the student set the read state themselves. */
export function settleReadOnOpen(id: number): void {
  opening.delete(id);
}

/** `article` as the reader shows it: read while it is being marked read as it opens. */
export function shownRead<T extends { id: number; read: boolean }>(article: T): T {
  return opening.has(article.id) && !article.read ? { ...article, read: true } : article;
}

/** What waits for each article to be drawn: the opens' marks. */
const waiting = new Map<number, Set<() => void>>();

/**
 * Called by the reader once it has drawn article `id` (an effect after the commit): what waited for it
 * goes after the frame that paints it. The cache having the article is not enough: the query's
 * observers draw it in a task of their own, which a frame can come before.
 */
export function articleDrawn(id: number): void {
  const listeners = waiting.get(id);
  if (!listeners) return;
  waiting.delete(id);
  window.requestAnimationFrame(() => window.setTimeout(() => listeners.forEach((listener) => listener())));
}

/** Resolves once the reader has drawn article `id` and that frame has been painted (or after a while). */
function articlePainted(id: number): Promise<void> {
  return new Promise((done) => {
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      window.clearTimeout(timer);
      waiting.get(id)?.delete(finish);
      done();
    };
    const timer = window.setTimeout(finish, MAX_WAIT_MS);
    let listeners = waiting.get(id);
    if (!listeners) {
      listeners = new Set();
      waiting.set(id, listeners);
    }
    listeners.add(finish);
  });
}
