import { useQueryClient, type InfiniteData, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ChannelOutput } from '../../../shared/contract';
import type { ArticleSummary } from '../../../shared/domain';
import { ALL_DOMAINS, type Domain } from './keys';

type ArticlePage = ChannelOutput<'listArticlePage'>;
type ArticleWithBlocks = ChannelOutput<'getArticle'>;

/**
 * What each kind of change makes stale. Only the queries on screen are fetched again at once; the
 * others are fetched when next shown. Keep these narrow: every domain here that is on screen is one
 * more call after the change.
 */
export const AFFECTS = {
  /** A highlight or note added, edited, deleted, restored or re-attached. */
  notes: ['article', 'articles', 'notes', 'note-links', 'review', 'search', 'syllabus'],
  /** An article's own note (the note box under its title), or its star (the list's rows show it). */
  articleNote: ['article', 'articles', 'notes'],
  /** Tags the user added to or removed from an article. */
  userTags: ['article', 'articles', 'tags', 'search', 'notes'],
  /** Review cards made, graded or removed. */
  review: ['review', 'notes', 'syllabus'],
  /** An article's syllabus topics corrected, or the syllabus itself edited or switched. */
  topics: ['article', 'articles', 'notes', 'syllabus'],
  settings: ['settings', 'review'],
  savedSearches: ['saved-searches'],
  feeds: ['feeds'],
  /** Articles imported, updated or deleted, or anything the main process reports: everything. */
  library: ALL_DOMAINS,
} satisfies Record<string, readonly Domain[]>;

export type Change = keyof typeof AFFECTS;

/** Marks every query of `domains` stale; those on screen are fetched again. */
export function invalidate(client: QueryClient, domains: readonly Domain[]): Promise<void> {
  return Promise.all(domains.map((domain) => client.invalidateQueries({ queryKey: [domain] }))).then(
    () => undefined,
  );
}

/**
 * Marks articles read or unread in every cached list and article without fetching them again: the
 * list's filters do not depend on the read state, so the rows stay where they are and only their
 * flag and the unread counts change. The notebook's heat map counts articles read: it is stale.
 */
export function markRead(client: QueryClient, ids: readonly number[], read: boolean): void {
  markReadInCache(client, ids, read)();
}

/**
 * `markRead`'s changes to the cache, made at once; the function it returns makes stale what the cache
 * cannot count (the heat map, the syllabus, counts it did not know). An open shows its row read before
 * `setRead` is sent, and calls that function once the library has it: asked earlier, they would come
 * back unchanged.
 */
export function markReadInCache(client: QueryClient, ids: readonly number[], read: boolean): () => void {
  const changing = new Set(ids);
  const before = knownReadStates(client, changing);
  let beyondLoaded = false;
  client.setQueriesData<InfiniteData<ArticlePage>>({ queryKey: ['articles'] }, (data) => {
    if (!data || !Array.isArray(data.pages)) return data;
    // Rows loaded on several pages count once; rows not loaded change the count by the server's word.
    let delta = 0;
    const loaded = new Set<number>();
    const pages = data.pages.map((page) => {
      let changed = false;
      const articles = page.articles.map((row: ArticleSummary) => {
        loaded.add(row.id);
        if (!changing.has(row.id) || row.read === read) return row;
        delta += read ? -1 : 1;
        changed = true;
        return { ...row, read };
      });
      // A page without a changed row stays the same object: its rows are not drawn again.
      return changed ? { ...page, articles } : page;
    });
    if (ids.some((id) => !loaded.has(id))) beyondLoaded = true;
    if (delta === 0) return data;
    return { ...data, pages: pages.map((page) => ({ ...page, unread: Math.max(0, page.unread + delta) })) };
  });
  for (const id of changing)
    client.setQueryData<ArticleWithBlocks>(['article', id], (article) =>
      article && article.read !== read ? { ...article, read } : article,
    );
  const staleCounts = adjustUnreadCounts(client, ids, read, before);
  return () => {
    // Some were beyond the loaded rows (select-all): the counts are the server's to give.
    if (beyondLoaded) void client.invalidateQueries({ queryKey: ['articles'] });
    void client.invalidateQueries({ queryKey: ['articles'], predicate: (q) => q.queryKey[2] === 'ids' });
    for (const key of staleCounts) void client.invalidateQueries({ queryKey: key, exact: true });
    void client.invalidateQueries({ queryKey: ['notes'] });
    // The syllabus's coverage counts articles read.
    void client.invalidateQueries({ queryKey: ['syllabus'] });
  };
}

/** The read state the cache knows for each of `ids` (from list rows and opened articles). */
function knownReadStates(client: QueryClient, ids: ReadonlySet<number>): Map<number, boolean> {
  const known = new Map<number, boolean>();
  for (const [, data] of client.getQueriesData<InfiniteData<ArticlePage>>({ queryKey: ['articles'] })) {
    if (!data || !Array.isArray(data.pages)) continue;
    for (const page of data.pages)
      for (const row of page.articles) if (ids.has(row.id)) known.set(row.id, row.read);
  }
  for (const id of ids) {
    const article = client.getQueryData<ArticleWithBlocks>(['article', id]);
    if (article && !known.has(id)) known.set(id, article.read);
  }
  return known;
}

/**
 * The views' counts (`keys.articleCount`): the whole library's unread count changes by what the
 * cache knew changed, without a call; an Unread filter's counts, or a change the cache cannot
 * count, are the server's to give again (the keys returned). Other filters' totals do not depend on
 * the read state.
 */
function adjustUnreadCounts(
  client: QueryClient,
  ids: readonly number[],
  read: boolean,
  before: ReadonlyMap<number, boolean>,
): QueryKey[] {
  const stale: QueryKey[] = [];
  const counted = ids.every((id) => before.has(id));
  const delta = ids.filter((id) => before.get(id) === !read).length * (read ? -1 : 1);
  for (const [key, data] of client.getQueriesData<ArticlePage>({
    queryKey: ['articles'],
    predicate: (q) => q.queryKey[2] === 'count',
  })) {
    const filter = key[1] as Record<string, unknown> | undefined;
    const whole = filter !== undefined && Object.keys(filter).length === 0;
    if (whole && counted && data)
      client.setQueryData<ArticlePage>(key, { ...data, unread: Math.max(0, data.unread + delta) });
    else if (whole || filter?.unread === true) stale.push(key);
  }
  return stale;
}

/** The changes a component can report: `changed('notes')` after saving a note, and so on. */
export function useChanges() {
  const client = useQueryClient();
  return useMemo(
    () => ({
      changed: (change: Change) => invalidate(client, AFFECTS[change]),
      markRead: (ids: readonly number[], read: boolean) => markRead(client, ids, read),
    }),
    [client],
  );
}
