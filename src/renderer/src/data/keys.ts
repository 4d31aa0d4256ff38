import type { ArticleFilter } from '../../../shared/domain';

/**
 * Every query key of the renderer, by domain. The first element names the domain: a change
 * invalidates a whole domain with `[domain]` (see `changes.ts`), and a query lives under exactly one.
 */
export const keys = {
  /** The library list's pages for a filter; `[..., 'ids']` is every id in it (select-all). */
  articles: (filter: ArticleFilter) => ['articles', filter] as const,
  articleIds: (filter: ArticleFilter) => ['articles', filter, 'ids'] as const,
  /** The first row and the counts of a filter's list: the sidebar's view counts, the newest day. */
  articleCount: (filter: ArticleFilter) => ['articles', filter, 'count'] as const,
  /** One article with its blocks and annotations. */
  article: (id: number) => ['article', id] as const,
  tags: () => ['tags'] as const,
  savedSearches: () => ['saved-searches'] as const,
  /** The notebook and every list of notes: pages, counts, the heat map, orphans, recently deleted. */
  notes: (...rest: readonly unknown[]) => ['notes', ...rest] as const,
  /** Wiki-style links in notes, resolved to article ids. */
  noteLinks: (titles: string) => ['note-links', titles] as const,
  review: (...rest: readonly unknown[]) => ['review', ...rest] as const,
  feeds: () => ['feeds'] as const,
  settings: (...rest: readonly unknown[]) => ['settings', ...rest] as const,
  /** Search results, and the hits inside one article. */
  search: (...rest: readonly unknown[]) => ['search', ...rest] as const,
  /** The syllabus tree with its coverage, the gaps, related articles and stories. */
  syllabus: (...rest: readonly unknown[]) => ['syllabus', ...rest] as const,
};

/** The domains of `keys`: what a change can invalidate. */
export type Domain =
  | 'articles'
  | 'article'
  | 'tags'
  | 'saved-searches'
  | 'notes'
  | 'note-links'
  | 'review'
  | 'feeds'
  | 'settings'
  | 'search'
  | 'syllabus';

export const ALL_DOMAINS: readonly Domain[] = [
  'articles',
  'article',
  'tags',
  'saved-searches',
  'notes',
  'note-links',
  'review',
  'feeds',
  'settings',
  'search',
  'syllabus',
];
