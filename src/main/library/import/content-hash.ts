import { createHash } from 'node:crypto';
import type { ParsedArticle } from './model';

/**
 * The identity of an article's content; equal hashes mean nothing changed. The parse worker computes
 * it with the article (`ParsedArticle.contentHash`), so that the main thread does not serialise and
 * hash every article's text again while it stores it.
 */
export function contentHash(article: Pick<ParsedArticle, 'title' | 'date' | 'blocks'>): string {
  const canonical = JSON.stringify([
    article.title,
    article.date,
    article.blocks.map((b) => [b.kind, b.level, b.text]),
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}
