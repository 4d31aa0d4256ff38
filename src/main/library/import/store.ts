import * as articlesDb from '../db/articles';
import type { Db } from '../db/connection';
import { prepared } from '../db/statements';
import * as tagsDb from '../db/tags';
import { contentHash } from './content-hash';
import type { ParsedArticle, ParsedBlock } from './model';
import { withReanchoring } from '../notes/reanchor';
import { matchBlocks, type OldBlock } from './reanchor';
import { storeRelatedLinks } from './related-links';
import { findByOriginal, keepEdits, type EditedField } from '../articles/edits';
import { findTrashedMatch, restoreArticle } from '../articles/trash';

/**
 * The import's writes: a new article, or an update in place of the article it replaces (same URL, or
 * same title and day), keeping the user's tags and re-attaching the user's notes. Callers run these
 * inside a transaction.
 */

export interface StoreOutcome {
  kind: 'imported' | 'updated' | 'duplicate';
  id: number;
  /** On an update: notes that found no block in the new text (kept as orphaned notes, with their quote). */
  orphanedNotes?: number;
  /** Fields of the article the user had edited, whose value was kept over the source's. */
  keptEdits?: EditedField[];
  /** The article was in the trash and came back (with its notes) before this import met it. */
  restored?: boolean;
}

export { contentHash };

/** The parsed article's hash: the parse worker's when it sent one, else computed here. */
const hashOf = (parsed: ParsedArticle) => parsed.contentHash ?? contentHash(parsed);

/**
 * Stores one parsed article. `claimed` holds the ids already written by this import, so two records of
 * one file never update the same article. An article in the trash that this one is (same text or same
 * address) is restored first, with its notes, and then met as usual; the user's edits are put back.
 */
export function storeArticle(
  db: Db,
  parsed: ParsedArticle,
  originName: string,
  now: string,
  claimed: Set<number>,
): StoreOutcome {
  const restored = restoreTrashed(db, parsed, now);
  const outcome = storeParsed(db, parsed, originName, now, claimed);
  if (restored) outcome.restored = true;
  if (outcome.kind !== 'imported') {
    const kept = keepEdits(db, outcome.id, parsed);
    if (kept.length) outcome.keptEdits = kept;
  }
  return outcome;
}

function restoreTrashed(db: Db, parsed: ParsedArticle, now: string): boolean {
  const at = new Date(now);
  const trashed = findTrashedMatch(db, hashOf(parsed), parsed.url, at);
  if (trashed === undefined) return false;
  try {
    return restoreArticle(db, trashed, at) !== undefined;
  } catch {
    // Its text is in the library again under another article: this import meets that one instead.
    return false;
  }
}

function storeParsed(
  db: Db,
  parsed: ParsedArticle,
  originName: string,
  now: string,
  claimed: Set<number>,
): StoreOutcome {
  let article = parsed;
  let hash = hashOf(article);
  const same = articlesDb.findArticleIdByHash(db, hash);
  if (same !== undefined) {
    claimed.add(same);
    return { kind: 'duplicate', id: same };
  }
  const previous = findPrevious(db, article, claimed);
  if (previous !== undefined) {
    // A later day page repeating an article does not move it: it keeps the day it was first published.
    const kept = keepFirstDay(db, previous, article);
    if (kept !== article) {
      article = kept;
      hash = contentHash(article);
      const unchanged = prepared(db, 'SELECT 1 FROM articles WHERE id = ? AND content_hash = ?').get(
        previous,
        hash,
      );
      if (unchanged !== undefined) {
        claimed.add(previous);
        return { kind: 'duplicate', id: previous };
      }
    }
    const orphanedNotes = updateArticle(db, previous, article, hash, originName, now);
    claimed.add(previous);
    return { kind: 'updated', id: previous, orphanedNotes };
  }
  const id = articlesDb.insertArticle(
    db,
    {
      title: article.title,
      date: article.date,
      dateText: article.dateText,
      source: article.source,
      url: article.url,
      originName,
      contentHash: hash,
    },
    now,
  );
  insertBlocks(db, id, article.blocks, 0);
  for (const tag of article.tags) tagsDb.addArticleTag(db, id, tag, 'source');
  if (article.links?.length) storeRelatedLinks(db, id, article.links);
  claimed.add(id);
  return { kind: 'imported', id };
}

/** Dates that are the day of a page or a file, not the article's own: a repeat on a later page keeps its first day. */
const PAGE_DAYS = new Set(['page', 'file-name']);

function keepFirstDay(db: Db, id: number, article: ParsedArticle): ParsedArticle {
  if (!article.date || !PAGE_DAYS.has(article.dateSource ?? '')) return article;
  const row = prepared(db, 'SELECT date, date_text AS dateText FROM articles WHERE id = ?').get(id) as
    { date: string | null; dateText: string | null } | undefined;
  if (!row?.date || row.date >= article.date) return article;
  return { ...article, date: row.date, dateText: row.dateText };
}

/**
 * The article this one is a new version of: same source URL, else same title (any case) and same day,
 * else (when the date is only the page's day) the same title from the same source on an earlier day.
 */
function findPrevious(db: Db, article: ParsedArticle, claimed: Set<number>): number | undefined {
  const free = (rows: Array<{ id: number }>) => rows.find((r) => !claimed.has(r.id))?.id;
  if (article.url) {
    const byUrl = free(
      prepared(db, 'SELECT id FROM articles WHERE url = ? ORDER BY id').all(article.url) as Array<{
        id: number;
      }>,
    );
    if (byUrl !== undefined) return byUrl;
  }
  // An article the user retitled or redated is still found by the source's own title and day.
  const edited = article.title.trim() ? findByOriginal(db, article.title, article.date, claimed) : undefined;
  if (edited !== undefined) return edited;
  if (article.date && article.title.trim()) {
    const sameDay = free(
      prepared(db, 'SELECT id FROM articles WHERE lower(title) = lower(?) AND date = ? ORDER BY id').all(
        article.title,
        article.date,
      ) as Array<{ id: number }>,
    );
    if (sameDay !== undefined || !PAGE_DAYS.has(article.dateSource ?? '') || !article.source) return sameDay;
    return free(
      prepared(
        db,
        'SELECT id FROM articles WHERE lower(title) = lower(?) AND source = ? AND date < ? ORDER BY date, id',
      ).all(article.title, article.source, article.date) as Array<{ id: number }>,
    );
  }
  return undefined;
}

function updateArticle(
  db: Db,
  id: number,
  article: ParsedArticle,
  hash: string,
  originName: string,
  now: string,
): number {
  prepared(
    db,
    `UPDATE articles SET title = @title, date = @date, date_text = @dateText, source = @source,
            url = coalesce(@url, url), origin_name = @originName, content_hash = @hash, updated_at = @now
      WHERE id = @id`,
  ).run({
    id,
    title: article.title,
    date: article.date,
    dateText: article.dateText,
    source: article.source,
    url: article.url,
    originName,
    hash,
    now,
  });
  // Source tags follow the source; the user's own tags are left alone.
  prepared(db, `DELETE FROM article_tags WHERE article_id = ? AND origin = 'source'`).run(id);
  for (const tag of article.tags) tagsDb.addArticleTag(db, id, tag, 'source');
  storeRelatedLinks(db, id, article.links);
  if (!pointedAt(db, id)) {
    // Nothing holds on to a block of this article: its blocks are written afresh, in a few statements.
    prepared(db, 'DELETE FROM blocks WHERE article_id = ?').run(id);
    insertBlocks(db, id, article.blocks, 0);
    return 0;
  }
  // Notes are placed again by the notes module: same block, same words nearby, fuzzy, or orphaned.
  return withReanchoring(db, id, () => replaceBlocks(db, id, article.blocks)).report.orphaned.length;
}

/**
 * True when something of the user's points at the article's blocks by id: a note (live, orphaned or in
 * the trash) or the reading position. Only then are unchanged blocks kept row for row (`replaceBlocks`);
 * matching the old blocks to the new cost an update about a millisecond.
 */
function pointedAt(db: Db, articleId: number): boolean {
  const row = prepared(
    db,
    `SELECT EXISTS (SELECT 1 FROM annotations WHERE article_id = @id)
         OR EXISTS (SELECT 1 FROM annotation_trash WHERE article_id = @id)
         OR EXISTS (SELECT 1 FROM reading_positions WHERE article_id = @id) AS pointed`,
  ).get({ id: articleId }) as { pointed: number };
  return row.pointed === 1;
}

function blockData(block: ParsedBlock): string | null {
  return block.rows ? JSON.stringify({ rows: block.rows }) : null;
}

const INSERT_BLOCK =
  'INSERT INTO blocks (article_id, position, kind, level, text, list_style, data) VALUES (?, ?, ?, ?, ?, ?, ?)';

/** Blocks written by one INSERT at most: one statement of many rows costs far less than a row each. */
const BLOCKS_PER_INSERT = 16;
/** `INSERT … VALUES (…), (…)` for 1..BLOCKS_PER_INSERT rows, by row count. */
const INSERT_BLOCKS = Array.from({ length: BLOCKS_PER_INSERT + 1 }, (_, n) =>
  n === 0 ? '' : `${INSERT_BLOCK}${', (?, ?, ?, ?, ?, ?, ?)'.repeat(n - 1)}`,
);

function insertBlocks(db: Db, articleId: number, blocks: readonly ParsedBlock[], from: number): void {
  for (let start = 0; start < blocks.length; start += BLOCKS_PER_INSERT) {
    const end = Math.min(blocks.length, start + BLOCKS_PER_INSERT);
    const values: unknown[] = [];
    for (let i = start; i < end; i++) {
      const b = blocks[i]!;
      values.push(articleId, from + i, b.kind, b.level, b.text, b.listStyle ?? null, blockData(b));
    }
    prepared(db, INSERT_BLOCKS[end - start]!).run(values);
  }
}

/**
 * Replaces an article's blocks, keeping the rows (and so their ids, and whatever points at them) of
 * blocks whose text is unchanged or only edited. The caller re-anchors the article's notes after it.
 */
function replaceBlocks(db: Db, articleId: number, next: readonly ParsedBlock[]): void {
  const old = prepared(db, 'SELECT id, kind, text FROM blocks WHERE article_id = ? ORDER BY position').all(
    articleId,
  ) as OldBlock[];
  const reuse = matchBlocks(old, next);
  const kept = new Set(reuse.filter((id): id is number => id !== null));
  // Move every old block out of the way of the UNIQUE (article_id, position) constraint first.
  prepared(db, 'UPDATE blocks SET position = -1 - position WHERE article_id = ?').run(articleId);
  const remove = prepared(db, 'DELETE FROM blocks WHERE id = ?');
  for (const block of old) if (!kept.has(block.id)) remove.run(block.id);
  const update = prepared(
    db,
    'UPDATE blocks SET position = ?, kind = ?, level = ?, text = ?, list_style = ?, data = ? WHERE id = ?',
  );
  const insert = prepared(db, INSERT_BLOCK);
  next.forEach((b, position) => {
    const id = reuse[position];
    if (id !== null && id !== undefined)
      update.run(position, b.kind, b.level, b.text, b.listStyle ?? null, blockData(b), id);
    else insert.run(articleId, position, b.kind, b.level, b.text, b.listStyle ?? null, blockData(b));
  });
}
