/**
 * Deleted articles: an article moves to `article_trash` with everything that hung on it, kept as one
 * snapshot of its rows, restorable for 30 days, then purged when the library opens. The live tables lose
 * the rows, so lists, counts, tags, search (through its triggers), the notebook, review and exports
 * forget the article without a flag to check anywhere.
 */
import type { DeletedArticle } from '../../../shared/domain';
import type { Db } from '../db/connection';
import { prepared } from '../db/statements';
import * as tagsDb from '../db/tags';
import { LibraryError } from '../errors';

export const ARTICLE_TRASH_DAYS = 30;
const DAY_MS = 86_400_000;

type Row = Record<string, unknown>;

/** Everything of one article, as rows of each table (tags by name, since a tag row may go meanwhile). */
interface Snapshot {
  article: Row;
  blocks: Row[];
  tags: Array<{ name: string; origin: 'source' | 'user' }>;
  annotations: Row[];
  annotationTrash: Row[];
  cards: Row[];
  reviewLog: Row[];
  /** Other tables keyed by article_id (links, the article note and star, edits, the sample mark, …). */
  other: Record<string, Row[]>;
}

/** Tables read and written by name below; every other table with an `article_id` foreign key goes in `other`. */
const OWN_TABLES = new Set(['blocks', 'article_tags', 'annotations', 'annotation_trash']);

function cutoff(now: Date): string {
  return new Date(now.getTime() - ARTICLE_TRASH_DAYS * DAY_MS).toISOString();
}

/** The tables found per connection: the schema does not change while a library is open. */
const tablesByDb = new WeakMap<Db, string[]>();

/** Tables other than ours whose rows belong to an article (a foreign key on `article_id` to `articles`). */
function articleTables(db: Db): string[] {
  let tables = tablesByDb.get(db);
  if (!tables) {
    tables = (
      db
        .prepare(
          `SELECT m.name FROM sqlite_master m, pragma_foreign_key_list(m.name) f
            WHERE m.type = 'table' AND f."table" = 'articles' AND f."from" = 'article_id' ORDER BY m.name`,
        )
        .all() as Array<{ name: string }>
    )
      .map((r) => r.name)
      .filter((name) => !OWN_TABLES.has(name));
    tablesByDb.set(db, tables);
  }
  return tables;
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

function insertRow(db: Db, table: string, row: Row): number {
  const columns = Object.keys(row);
  // One statement per table and set of columns (a table's rows all have the same), prepared once.
  const result = prepared(
    db,
    `INSERT INTO ${quoted(table)} (${columns.map(quoted).join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
  ).run(row);
  return Number(result.lastInsertRowid);
}

function takeSnapshot(db: Db, id: number): Snapshot | undefined {
  const article = prepared(db, 'SELECT * FROM articles WHERE id = ?').get(id) as Row | undefined;
  if (!article) return undefined;
  const annotations = prepared(db, 'SELECT * FROM annotations WHERE article_id = ?').all(id) as Row[];
  const annotationTrash = prepared(db, 'SELECT * FROM annotation_trash WHERE article_id = ?').all(
    id,
  ) as Row[];
  const noteIds = JSON.stringify([...annotations, ...annotationTrash].map((n) => n.id));
  const cards = prepared(
    db,
    'SELECT * FROM review_cards WHERE annotation_id IN (SELECT value FROM json_each(?))',
  ).all(noteIds) as Row[];
  const reviewLog = prepared(
    db,
    'SELECT * FROM review_log WHERE card_id IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(cards.map((c) => c.id))) as Row[];
  const other: Record<string, Row[]> = {};
  for (const table of articleTables(db)) {
    const rows = prepared(db, `SELECT * FROM ${quoted(table)} WHERE article_id = ?`).all(id) as Row[];
    if (rows.length) other[table] = rows;
  }
  return {
    article,
    blocks: prepared(db, 'SELECT * FROM blocks WHERE article_id = ? ORDER BY position').all(id) as Row[],
    tags: prepared(
      db,
      `SELECT t.name, at.origin FROM article_tags at JOIN tags t ON t.id = at.tag_id
          WHERE at.article_id = ? ORDER BY at.origin, t.name`,
    ).all(id) as Snapshot['tags'],
    annotations,
    annotationTrash,
    cards,
    reviewLog,
    other,
  };
}

/**
 * Moves articles to the trash with their notes, tags, cards and the rest; returns the ids moved
 * (ids not in the library are skipped). The caller runs it in a transaction.
 */
export function trashArticles(db: Db, ids: readonly number[], now: Date): number[] {
  const moved: number[] = [];
  const deletedAt = now.toISOString();
  for (const id of new Set(ids)) {
    const snapshot = takeSnapshot(db, id);
    if (!snapshot) continue;
    const a = snapshot.article;
    prepared(
      db,
      `INSERT OR REPLACE INTO article_trash (id, title, date, source, url, content_hash, deleted_at, snapshot)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, a.title, a.date, a.source, a.url, a.content_hash, deletedAt, JSON.stringify(snapshot));
    const cardIds = JSON.stringify(snapshot.cards.map((c) => c.id));
    // review_log goes with its cards (ON DELETE CASCADE); annotations have no cascade of their own.
    prepared(db, 'DELETE FROM review_cards WHERE id IN (SELECT value FROM json_each(?))').run(cardIds);
    prepared(db, 'DELETE FROM annotations WHERE article_id = ?').run(id);
    prepared(db, 'DELETE FROM articles WHERE id = ?').run(id);
    moved.push(id);
  }
  return moved;
}

/** Articles in the trash, still restorable, most recently deleted first. */
export function listArticleTrash(db: Db, now: Date): DeletedArticle[] {
  const rows = prepared(
    db,
    `SELECT id, title, date, source, deleted_at AS deletedAt,
              json_array_length(snapshot, '$.annotations') AS noteCount
         FROM article_trash WHERE deleted_at > ? ORDER BY deleted_at DESC, id DESC`,
  ).all(cutoff(now)) as Array<Omit<DeletedArticle, 'expiresAt'>>;
  return rows.map((r) => ({
    ...r,
    expiresAt: new Date(Date.parse(r.deletedAt) + ARTICLE_TRASH_DAYS * DAY_MS).toISOString(),
  }));
}

/**
 * Puts a trashed article back as it was: the same id, blocks, tags, notes, cards and history. Ids a later
 * import took meanwhile are given new ones (and what points at them follows). Returns the article's id
 * now, or undefined when it is not in the trash (or expired). The caller runs it in a transaction.
 */
export function restoreArticle(db: Db, id: number, now: Date): number | undefined {
  const row = prepared(db, 'SELECT snapshot FROM article_trash WHERE id = ? AND deleted_at > ?').get(
    id,
    cutoff(now),
  ) as { snapshot: string } | undefined;
  if (!row) return undefined;
  const s = JSON.parse(row.snapshot) as Snapshot;
  const clash = prepared(db, 'SELECT id, title FROM articles WHERE content_hash = ?').get(
    s.article.content_hash,
  ) as { id: number; title: string } | undefined;
  if (clash)
    throw new LibraryError(
      'invalid-input',
      `“${String(s.article.title)}” cannot be restored: the same text is in the library again as article ${clash.id} (“${clash.title}”).`,
    );

  const taken = (table: string, rowId: unknown) =>
    prepared(db, `SELECT 1 FROM ${quoted(table)} WHERE id = ?`).get(rowId) !== undefined;
  const fresh = <T extends Row>(table: string, r: T): T => {
    if (!taken(table, r.id)) return r;
    const { id: _old, ...rest } = r;
    void _old;
    return rest as T;
  };

  const articleId = insertRow(db, 'articles', fresh('articles', s.article));
  const blockIds = new Map<unknown, number>();
  for (const block of s.blocks)
    blockIds.set(block.id, insertRow(db, 'blocks', fresh('blocks', { ...block, article_id: articleId })));
  for (const tag of s.tags) tagsDb.addArticleTag(db, articleId, tag.name, tag.origin);

  const noteIds = new Map<unknown, number>();
  const restoreNotes = (table: string, notes: Row[]) => {
    for (const note of notes) {
      const blockId = note.block_id === null ? null : (blockIds.get(note.block_id) ?? null);
      // A note whose id is taken in either table gets a new one, so the two tables never share an id.
      const clashes = taken('annotations', note.id) || taken('annotation_trash', note.id);
      const { id: oldId, ...rest } = note;
      const next = { ...rest, article_id: articleId, block_id: blockId };
      const newId = insertRow(db, table, clashes ? next : { id: oldId, ...next });
      noteIds.set(oldId, newId);
    }
  };
  restoreNotes('annotations', s.annotations);
  restoreNotes('annotation_trash', s.annotationTrash);

  const cardIds = new Map<unknown, number>();
  for (const card of s.cards) {
    const { id: oldId, ...rest } = card;
    const next = { ...rest, annotation_id: noteIds.get(card.annotation_id) ?? card.annotation_id };
    cardIds.set(
      oldId,
      insertRow(db, 'review_cards', taken('review_cards', oldId) ? next : { id: oldId, ...next }),
    );
  }
  for (const log of s.reviewLog) {
    const { id: _logId, ...rest } = log;
    void _logId;
    insertRow(db, 'review_log', { ...rest, card_id: cardIds.get(log.card_id) ?? log.card_id });
  }
  const existing = new Set(articleTables(db));
  for (const [table, rows] of Object.entries(s.other)) {
    // A table a later version dropped is skipped rather than failing the whole restore.
    if (!existing.has(table)) continue;
    for (const r of rows) insertRow(db, table, { ...r, article_id: articleId });
  }
  prepared(db, 'DELETE FROM article_trash WHERE id = ?').run(id);
  return articleId;
}

/**
 * Throws, naming the first that fails, unless every id is in the trash (not expired) and its text is
 * not in the library again: the checks `restoreArticle` makes, for all ids before any is restored.
 */
export function checkRestorable(db: Db, ids: readonly number[], now: Date): void {
  const rows = prepared(
    db,
    `SELECT t.id, t.title, a.id AS clashId, a.title AS clashTitle
       FROM json_each(?) j
       LEFT JOIN article_trash t ON t.id = j.value AND t.deleted_at > ?
       LEFT JOIN articles a ON a.content_hash = t.content_hash
      ORDER BY j.key`,
  ).all(JSON.stringify(ids), cutoff(now)) as Array<{
    id: number | null;
    title: string | null;
    clashId: number | null;
    clashTitle: string | null;
  }>;
  rows.forEach((r, i) => {
    if (r.id === null)
      throw new LibraryError('not-found', `There is no article with id ${ids[i]} in the trash.`);
    if (r.clashId !== null)
      throw new LibraryError(
        'invalid-input',
        `“${String(r.title)}” cannot be restored: the same text is in the library again as article ${r.clashId} (“${r.clashTitle}”).`,
      );
  });
}

/** The trashed article an import of this text (same hash) or address would bring back, if any. */
export function findTrashedMatch(
  db: Db,
  contentHash: string,
  url: string | null,
  now: Date,
): number | undefined {
  const row = prepared(
    db,
    `SELECT id FROM article_trash WHERE deleted_at > @cutoff AND (content_hash = @hash OR (@url IS NOT NULL AND url = @url))
      ORDER BY deleted_at DESC LIMIT 1`,
  ).get({ cutoff: cutoff(now), hash: contentHash, url }) as { id: number } | undefined;
  return row?.id;
}

/** Deletes trashed articles for good; returns the ids purged. */
export function purgeArticles(db: Db, ids: readonly number[]): number[] {
  const remove = prepared(db, 'DELETE FROM article_trash WHERE id = ?');
  return [...new Set(ids)].filter((id) => remove.run(id).changes > 0);
}

/** Purges articles deleted more than 30 days ago; returns how many. */
export function purgeExpiredArticles(db: Db, now: Date): number {
  return prepared(db, 'DELETE FROM article_trash WHERE deleted_at <= ?').run(cutoff(now)).changes;
}
