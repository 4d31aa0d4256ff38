/**
 * The notebook: every note across the library, filtered, grouped by article, tag or day, one page at
 * a time; and the calendar heat map of the study rhythm.
 */
import type { HeatMapDay, NotebookEntry, NotebookPage, NotebookQuery } from '../../../shared/domain';
import { addDays } from '../../../shared/dates';
import { ANNOTATION_COLUMNS, noteFilterSql, toAnnotation, type AnnotationRow } from '../db/annotations';
import type { Db } from '../db/connection';

export const DEFAULT_PAGE = 100;
export const MAX_PAGE = 500;

const TAGS = `(SELECT json_group_array(t.name) FROM article_tags at JOIN tags t ON t.id = at.tag_id
                WHERE at.article_id = a.id)`;

/** Per grouping: the extra join, the group key and label, and the order rows are listed in. */
const GROUPINGS = {
  article: {
    join: '',
    key: 'CAST(a.id AS TEXT)',
    label: 'a.title',
    // `a.date DESC` puts undated articles last; within an article, reading order.
    order: 'a.date DESC, a.id DESC, b.position IS NULL, b.position, n.start_offset, n.id',
  },
  tag: {
    join: `LEFT JOIN (SELECT DISTINCT at.article_id, t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id) g
             ON g.article_id = a.id`,
    key: "coalesce(g.name, '')",
    label: "coalesce(g.name, 'No tag')",
    order: 'g.name IS NULL, g.name COLLATE NOCASE, a.date DESC, a.id DESC, b.position, n.start_offset, n.id',
  },
  day: {
    join: '',
    key: "date(n.created_at, 'localtime')",
    label: "date(n.created_at, 'localtime')",
    order: 'n.created_at DESC, n.id DESC',
  },
} as const;

/** One page of the notebook; `total` counts the rows of every page. */
export function queryNotebook(db: Db, query: NotebookQuery = {}): NotebookPage {
  const grouping = GROUPINGS[query.groupBy ?? 'article'];
  const limit = Math.min(Math.max(1, query.limit ?? DEFAULT_PAGE), MAX_PAGE);
  const offset = Math.max(0, query.offset ?? 0);
  const { clauses, params } = noteFilterSql(query);
  const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  const rows = db
    .prepare(
      `SELECT ${ANNOTATION_COLUMNS}, a.title AS articleTitle, a.date AS articleDate, a.source AS articleSource,
              ${TAGS} AS articleTags, ${grouping.key} AS "group", ${grouping.label} AS groupLabel
         FROM annotations n
         JOIN articles a ON a.id = n.article_id
         LEFT JOIN blocks b ON b.id = n.block_id
         ${grouping.join}
        ${where}
        ORDER BY ${grouping.order}
        LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit, offset }) as Array<
    AnnotationRow & {
      articleTitle: string;
      articleDate: string | null;
      articleSource: string | null;
      articleTags: string;
      group: string;
      groupLabel: string;
    }
  >;
  const entries: NotebookEntry[] = rows.map((r) => ({
    ...toAnnotation(r),
    articleTags: [...new Set(JSON.parse(r.articleTags) as string[])],
  }));
  const total =
    offset === 0 && entries.length < limit
      ? entries.length
      : (
          db
            .prepare(
              `SELECT count(*) AS n FROM annotations n JOIN articles a ON a.id = n.article_id ${grouping.join} ${where}`,
            )
            .get(params) as { n: number }
        ).n;
  const next = offset + entries.length;
  return { entries, total, nextOffset: next < total ? next : null };
}

/**
 * Articles marked read and notes written on each local day between `from` and `to` (inclusive);
 * days with neither are left out.
 */
export function heatMap(db: Db, range: { from: string; to: string }): HeatMapDay[] {
  // Timestamps are UTC: widen the indexed range by a day each side, then cut on the local day.
  const params = {
    from: range.from,
    to: range.to,
    lo: `${addDays(range.from, -1)}T00:00:00.000Z`,
    hi: `${addDays(range.to, 2)}T00:00:00.000Z`,
  };
  return db
    .prepare(
      `SELECT day, sum(read) AS articlesRead, sum(written) AS notesWritten FROM (
         SELECT date(read_at, 'localtime') AS day, 1 AS read, 0 AS written
           FROM articles WHERE read_at >= @lo AND read_at < @hi
         UNION ALL
         SELECT date(created_at, 'localtime'), 0, 1
           FROM annotations WHERE created_at >= @lo AND created_at < @hi
       )
       WHERE day BETWEEN @from AND @to
       GROUP BY day ORDER BY day`,
    )
    .all(params) as HeatMapDay[];
}
