/**
 * An article's related links (`Read more: <another article>`), stored apart from its text in
 * `article_links` (migration 006) and replaced whole on re-import.
 */
import type { Db } from '../db/connection';
import { prepared } from '../db/statements';
import type { RelatedLink } from './model';
import { safeHttpUrl } from './page-meta';

/** Replaces the related links of an article with `links`, in order (repeats and blank titles left out). */
export function storeRelatedLinks(db: Db, articleId: number, links: readonly RelatedLink[] = []): void {
  prepared(db, 'DELETE FROM article_links WHERE article_id = ?').run(articleId);
  const insert = prepared(
    db,
    'INSERT INTO article_links (article_id, position, title, url) VALUES (?, ?, ?, ?)',
  );
  const seen = new Set<string>();
  let position = 0;
  for (const link of links) {
    const title = link.title.trim().slice(0, 1_000);
    const url = safeHttpUrl(link.url);
    const key = `${title.toLowerCase()}\n${url ?? ''}`;
    if (!title || seen.has(key)) continue;
    seen.add(key);
    insert.run(articleId, position++, title, url);
  }
}

/** The related links of an article, in the order the source gave them. */
export function relatedLinks(db: Db, articleId: number): RelatedLink[] {
  return prepared(db, 'SELECT title, url FROM article_links WHERE article_id = ? ORDER BY position').all(
    articleId,
  ) as RelatedLink[];
}
