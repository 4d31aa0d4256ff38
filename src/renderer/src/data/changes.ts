import { useQueryClient, type InfiniteData, type QueryClient } from '@tanstack/react-query';
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
  /** An article's own note (the note box under its title), or its star. */
  articleNote: ['article', 'notes'],
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
  const changing = new Set(ids);
  let beyondLoaded = false;
  client.setQueriesData<InfiniteData<ArticlePage>>({ queryKey: ['articles'] }, (data) => {
    if (!data || !Array.isArray(data.pages)) return data;
    // Rows loaded on several pages count once; rows not loaded change the count by the server's word.
    let delta = 0;
    const pages = data.pages.map((page) => ({
      ...page,
      articles: page.articles.map((row: ArticleSummary) => {
        if (!changing.has(row.id) || row.read === read) return row;
        delta += read ? -1 : 1;
        return { ...row, read };
      }),
    }));
    const loaded = new Set(pages.flatMap((page) => page.articles.map((row) => row.id)));
    if (ids.some((id) => !loaded.has(id))) beyondLoaded = true;
    return { ...data, pages: pages.map((page) => ({ ...page, unread: Math.max(0, page.unread + delta) })) };
  });
  // Some were beyond the loaded rows (select-all): the counts are the server's to give.
  if (beyondLoaded) void client.invalidateQueries({ queryKey: ['articles'] });
  for (const id of changing)
    client.setQueryData<ArticleWithBlocks>(['article', id], (article) =>
      article ? { ...article, read } : article,
    );
  void client.invalidateQueries({ queryKey: ['articles'], predicate: (q) => q.queryKey[2] === 'ids' });
  void client.invalidateQueries({ queryKey: ['notes'] });
  // The syllabus's coverage counts articles read.
  void client.invalidateQueries({ queryKey: ['syllabus'] });
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
