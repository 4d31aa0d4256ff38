/**
 * The notebook: every note across the library, filtered, grouped by article, tag or day, one page at
 * a time; and the calendar heat map of the study rhythm.
 *
 * Pages must come back fast at 100,000 notes, so each grouping drives its query from an index in
 * the order it lists rows (articles by date, notes by time written, tags by name) and stops after
 * one page, instead of sorting every note first. SQLite's planner prefers to start from the
 * annotations, so `INDEXED BY` / `CROSS JOIN` fix the order of the loops.
 */
import type {
  ArticleListCursor,
  HeatMapDay,
  NoteEntry,
  NoteFilter,
  NotebookCount,
  NotebookEntry,
  NotebookPage,
  NotebookQuery,
} from '../../../shared/domain';
import { addDays, localToday } from '../../../shared/dates';
import { ANNOTATION_COLUMNS, noteFilterSql, toAnnotation, type AnnotationRow } from '../db/annotations';
import { pageArticleIds } from '../db/article-pages';
import type { Db } from '../db/connection';

export const DEFAULT_PAGE = 100;
export const MAX_PAGE = 500;

const COLUMNS = `${ANNOTATION_COLUMNS}, a.title AS articleTitle, a.date AS articleDate, a.source AS articleSource`;
/** Within an article: the position the note's block had when last anchored (kept up to date by re-anchoring). */
const IN_READING_ORDER = 'n.block_position IS NULL, n.block_position, n.start_offset, n.id';
/** A tag an article has twice (from the source and from the user) counts once. */
const FIRST_ORIGIN = `NOT EXISTS (SELECT 1 FROM article_tags x
                       WHERE x.article_id = at.article_id AND x.tag_id = at.tag_id AND x.origin < at.origin)`;

const SQL = {
  /** `paged`: walk articles newest first and stop after a page; else read every note and sort once. */
  byArticle: (where: string, paged = true) =>
    `SELECT ${COLUMNS}, CAST(a.id AS TEXT) AS "group", a.title AS groupLabel
       FROM ${paged ? 'articles a INDEXED BY articles_by_date CROSS JOIN annotations n' : 'annotations n JOIN articles a'}
         ON n.article_id = a.id
      ${where}
      ORDER BY a.date DESC, a.id DESC, ${IN_READING_ORDER}
      LIMIT @limit OFFSET @offset`,
  byDay: (where: string) =>
    `SELECT ${COLUMNS}, date(n.created_at, 'localtime') AS "group", date(n.created_at, 'localtime') AS groupLabel
       FROM annotations n INDEXED BY annotations_by_created
       CROSS JOIN articles a ON a.id = n.article_id
      ${where}
      ORDER BY n.created_at DESC, n.id DESC
      LIMIT @limit OFFSET @offset`,
  byTag: (where: string) =>
    `SELECT ${COLUMNS}, g.name AS "group", g.name AS groupLabel
       FROM tags g
       CROSS JOIN article_tags at ON at.tag_id = g.id
       CROSS JOIN articles a ON a.id = at.article_id
       CROSS JOIN annotations n ON n.article_id = a.id
      ${and(where, FIRST_ORIGIN)}
      ORDER BY g.name, a.date DESC, a.id DESC, ${IN_READING_ORDER}
      LIMIT @limit OFFSET @offset`,
  untagged: (where: string) =>
    `SELECT ${COLUMNS}, '' AS "group", 'No tag' AS groupLabel
       FROM articles a INDEXED BY articles_by_date
       CROSS JOIN annotations n ON n.article_id = a.id
      ${and(where, 'NOT EXISTS (SELECT 1 FROM article_tags x WHERE x.article_id = a.id)')}
      ORDER BY a.date DESC, a.id DESC, ${IN_READING_ORDER}
      LIMIT @limit OFFSET @offset`,
  count: (where: string) =>
    `SELECT count(*) FROM annotations n JOIN articles a ON a.id = n.article_id ${where}`,
  countTagged: (where: string) =>
    `SELECT count(*) FROM article_tags at
       CROSS JOIN articles a ON a.id = at.article_id
       CROSS JOIN annotations n ON n.article_id = a.id
      ${and(where, FIRST_ORIGIN)}`,
};

function and(where: string, clause: string): string {
  return where ? `${where} AND ${clause}` : `WHERE ${clause}`;
}

type Row = AnnotationRow & {
  articleTitle: string;
  articleDate: string | null;
  articleSource: string | null;
  group: string;
  groupLabel: string;
};

function filterSql(filter: NoteFilter): { where: string; params: Record<string, unknown> } {
  const { clauses, params } = noteFilterSql(filter);
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

function select(db: Db, sql: string, params: Record<string, unknown>, limit: number, offset: number): Row[] {
  return db.prepare(sql).all({ ...params, limit, offset }) as Row[];
}

/** Adds each article's tags (source and user, once each) to its rows: one query per page. */
function withTags(db: Db, rows: Row[]): NotebookEntry[] {
  const ids = [...new Set(rows.map((r) => r.articleId))];
  const tags = new Map<number, string[]>();
  // For a page, the tags of its articles; for a whole listing, every article's at once.
  const found = db
    .prepare(
      `SELECT at.article_id AS articleId, t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id
        ${ids.length > 1000 ? '' : 'WHERE at.article_id IN (SELECT value FROM json_each(@ids))'} ORDER BY at.rowid`,
    )
    .all(ids.length > 1000 ? {} : { ids: JSON.stringify(ids) }) as Array<{ articleId: number; name: string }>;
  for (const { articleId, name } of found) {
    const list = tags.get(articleId) ?? [];
    if (!list.includes(name)) list.push(name);
    tags.set(articleId, list);
  }
  return rows.map((r) => ({ ...toAnnotation(r), articleTags: tags.get(r.articleId) ?? [] }));
}

/** One page of the notebook, in the order of its grouping. */
export function queryNotebook(db: Db, query: NotebookQuery = {}): NotebookPage {
  const limit = Math.min(Math.max(1, query.limit ?? DEFAULT_PAGE), MAX_PAGE);
  const offset = Math.max(0, query.offset ?? 0);
  const { where, params } = filterSql(query);
  // One row more than the page says whether another page follows.
  let rows: Row[];
  if (query.groupBy === 'tag') {
    rows = select(db, SQL.byTag(where), params, limit + 1, offset);
    if (rows.length <= limit) {
      // Past the tagged rows come the notes of articles without tags.
      const tagged =
        rows.length > 0
          ? offset + rows.length
          : (db.prepare(SQL.countTagged(where)).pluck().get(params) as number);
      rows.push(
        ...select(db, SQL.untagged(where), params, limit + 1 - rows.length, Math.max(0, offset - tagged)),
      );
    }
  } else {
    // Orphans are few: finding them is quicker from the notes than by walking every article.
    const sql = query.groupBy === 'day' ? SQL.byDay(where) : SQL.byArticle(where, query.orphaned !== true);
    rows = select(db, sql, params, limit + 1, offset);
  }
  const more = rows.length > limit;
  return { entries: withTags(db, rows.slice(0, limit)), nextOffset: more ? offset + limit : null };
}

/** How many rows the notebook lists for a query (with tags, a note once per tag) and how many notes. */
export function countNotebook(db: Db, query: NotebookQuery = {}): NotebookCount {
  const { where, params } = filterSql(query);
  if (query.groupBy !== 'tag') {
    const notes = db.prepare(SQL.count(where)).pluck().get(params) as number;
    return { rows: notes, notes };
  }
  // By tag a note is listed once per tag of its article (a tag from the source and the user once), or
  // once under "No tag": per article, its notes times its tags, counting each article's tags once
  // (a count per tag over every note took 0.1 s at 100,000 notes).
  const { notes, rows } = db
    .prepare(
      `WITH per AS (SELECT n.article_id AS id, count(*) AS notes
                      FROM annotations n JOIN articles a ON a.id = n.article_id ${where}
                     GROUP BY n.article_id)
       SELECT coalesce(sum(notes), 0) AS notes,
              coalesce(sum(notes * max(1, (SELECT count(DISTINCT x.tag_id) FROM article_tags x
                                            WHERE x.article_id = per.id))), 0) AS rows
         FROM per`,
    )
    .get(params) as { notes: number; rows: number };
  return { rows, notes };
}

/** Every note matching the filter, by article (newest first) in reading order: for export and the CLI. */
export function listNoteEntries(
  db: Db,
  filter: NoteFilter = {},
  page?: { limit: number; offset: number },
): NoteEntry[] {
  const { where, params } = filterSql(filter);
  // A page walks the articles by date as the notebook's pages do; the whole listing joins in one go.
  const sql = SQL.byArticle(where, page !== undefined && filter.orphaned !== true);
  return withTags(db, select(db, sql, params, page?.limit ?? -1, page?.offset ?? 0)).map(noteEntry);
}

/** A notebook row without the notebook's grouping fields. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the grouping fields are the notebook's
const noteEntry = ({ group, groupLabel, articleSource, ...entry }: NotebookEntry): NoteEntry => entry;

/** The ids of every note matching the filter, in `listNoteEntries`'s order, without reading the notes. */
export function listNoteIds(db: Db, filter: NoteFilter = {}): number[] {
  const { where, params } = filterSql(filter);
  return db
    .prepare(
      `SELECT n.id FROM annotations n JOIN articles a ON n.article_id = a.id ${where}
        ORDER BY a.date DESC, a.id DESC, ${IN_READING_ORDER}`,
    )
    .pluck()
    .all(params) as number[];
}

/**
 * `listNoteIds` a part at a time, for callers that yield to the event loop between parts: the notes of
 * the next `articlesPerPart` articles of the list (newest first, undated last), so no part sorts every
 * note (all 100,000 in one query held the main thread 100 ms, the 20,000 of one colour 40–110 ms). The
 * parts joined are `listNoteIds`'s list; a part may be empty.
 */
export function* noteIdsInParts(
  db: Db,
  filter: NoteFilter = {},
  articlesPerPart = 2000,
): Generator<number[]> {
  const { where, params } = filterSql(filter);
  const notes = db
    .prepare(
      `SELECT n.id FROM annotations n JOIN articles a ON n.article_id = a.id ${inPart(where)}
        ORDER BY a.date DESC, a.id DESC, ${IN_READING_ORDER}`,
    )
    .pluck();
  for (const part of articleParts(db, filter, articlesPerPart))
    yield notes.all({ ...params, part: JSON.stringify(part) }) as number[];
}

/**
 * `listNoteEntries` a part at a time, each part the notes of a few thousand articles of the list with
 * their tags: an export of 100,000 notes holds one part instead of all of them. The parts joined are
 * `listNoteEntries`'s list, and an article's notes are never split between two parts.
 */
export function* noteEntriesInParts(
  db: Db,
  filter: NoteFilter = {},
  articlesPerPart = 1000, // `withTags` reads the tags of up to 1,000 articles by id
): Generator<NoteEntry[]> {
  const { where, params } = filterSql(filter);
  const notes = db.prepare(SQL.byArticle(inPart(where), false));
  for (const part of articleParts(db, filter, articlesPerPart)) {
    const rows = notes.all({ ...params, part: JSON.stringify(part), limit: -1, offset: 0 }) as Row[];
    if (rows.length > 0) yield withTags(db, rows).map(noteEntry);
  }
}

/** How many notes match the filter, and of how many articles. */
export function countNotesAndArticles(db: Db, filter: NoteFilter = {}): { notes: number; articles: number } {
  const { where, params } = filterSql(filter);
  return db
    .prepare(
      `SELECT count(*) AS notes, count(DISTINCT n.article_id) AS articles
         FROM annotations n JOIN articles a ON a.id = n.article_id ${where}`,
    )
    .get(params) as { notes: number; articles: number };
}

function inPart(where: string): string {
  return `${where ? `${where} AND` : 'WHERE'} n.article_id IN (SELECT value FROM json_each(@part))`;
}

/** The list's articles (newest first, undated last), `size` at a time; one article's alone. */
function* articleParts(db: Db, filter: NoteFilter, size: number): Generator<number[]> {
  if (filter.articleId !== undefined) {
    yield [filter.articleId];
    return;
  }
  const dateOf = db.prepare('SELECT date FROM articles WHERE id = ?').pluck();
  let cursor: ArticleListCursor | null = null;
  for (;;) {
    const part = pageArticleIds(db, {}, size, cursor);
    if (part.length === 0) return;
    yield part;
    const last = part[part.length - 1]!;
    cursor = { date: (dateOf.get(last) as string | null) ?? null, id: last };
  }
}

/**
 * Articles marked read and notes written on each local day between `from` and `to` (inclusive);
 * days with neither are left out.
 */
export function heatMap(db: Db, range: { from: string; to: string }): HeatMapDay[] {
  // Timestamps are UTC. Counting per UTC quarter hour (every time zone is a whole number of them
  // away) on the index is cheap; each quarter is then put on its local day here.
  const params = {
    lo: `${addDays(range.from, -1)}T00:00:00.000Z`,
    hi: `${addDays(range.to, 2)}T00:00:00.000Z`,
  };
  const quarter = (column: string) =>
    `substr(${column}, 1, 14) || printf('%02d', substr(${column}, 15, 2) / 15 * 15)`;
  const rows = db
    .prepare(
      `SELECT ${quarter('read_at')} AS at, count(*) AS n, 'read' AS kind
         FROM articles WHERE read_at >= @lo AND read_at < @hi GROUP BY at
       UNION ALL
       SELECT ${quarter('created_at')}, count(*), 'note'
         FROM annotations WHERE created_at >= @lo AND created_at < @hi GROUP BY 1`,
    )
    .all(params) as Array<{ at: string; n: number; kind: 'read' | 'note' }>;
  const days = new Map<string, HeatMapDay>();
  for (const { at, n, kind } of rows) {
    const day = localToday(new Date(`${at}:00.000Z`));
    if (day < range.from || day > range.to) continue;
    const entry = days.get(day) ?? { day, articlesRead: 0, notesWritten: 0 };
    if (kind === 'read') entry.articlesRead += n;
    else entry.notesWritten += n;
    days.set(day, entry);
  }
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
}
