import type { ArticleFilter, ArticleSummary } from '../../../shared/domain';
import type { Db } from './connection';
import { prepared } from './statements';

export interface NewArticle {
  title: string;
  date: string | null;
  dateText: string | null;
  source: string | null;
  url: string | null;
  originName: string | null;
  contentHash: string;
}

export interface ArticleRow {
  id: number;
  title: string;
  date: string | null;
  dateText: string | null;
  source: string | null;
  url: string | null;
  readAt: string | null;
}

export function insertArticle(db: Db, article: NewArticle, now: string): number {
  const result = prepared(
    db,
    `INSERT INTO articles (title, date, date_text, source, url, origin_name, content_hash, imported_at)
     VALUES (@title, @date, @dateText, @source, @url, @originName, @contentHash, @now)`,
  ).run({ ...article, now });
  return Number(result.lastInsertRowid);
}

export function findArticleIdByHash(db: Db, contentHash: string): number | undefined {
  const row = prepared(db, 'SELECT id FROM articles WHERE content_hash = ?').get(contentHash) as
    { id: number } | undefined;
  return row?.id;
}

export function getArticleRow(db: Db, id: number): ArticleRow | undefined {
  return prepared(
    db,
    `SELECT id, title, date, date_text AS dateText, source, url, read_at AS readAt FROM articles WHERE id = ?`,
  ).get(id) as ArticleRow | undefined;
}

export function setArticleRead(db: Db, id: number, readAt: string | null): boolean {
  return db.prepare('UPDATE articles SET read_at = ? WHERE id = ?').run(readAt, id).changes > 0;
}

/** Marks the articles in `ids` read (`readAt`) or unread (null); an article already so keeps its time. */
export function setArticlesRead(db: Db, ids: readonly number[], readAt: string | null): number {
  return db
    .prepare(
      `UPDATE articles SET read_at = @readAt
        WHERE id IN (SELECT value FROM json_each(@ids)) AND (read_at IS NULL) = (@readAt IS NOT NULL)`,
    )
    .run({ ids: JSON.stringify(ids), readAt }).changes;
}

/** SQL condition and parameters for an article filter, over `articles a`. */
export function articleFilterSql(filter: ArticleFilter): { where: string; params: Record<string, unknown> } {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.undated) clauses.push('a.date IS NULL');
  if (filter.from) {
    clauses.push('a.date >= @from');
    params.from = filter.from;
  }
  if (filter.to) {
    clauses.push('a.date <= @to');
    params.to = filter.to;
  }
  if (filter.starred) {
    clauses.push(
      'EXISTS (SELECT 1 FROM article_notes s WHERE s.article_id = a.id AND s.starred_at IS NOT NULL)',
    );
  }
  if (filter.unread) clauses.push('a.read_at IS NULL');
  if (filter.tag) {
    clauses.push(
      `EXISTS (SELECT 1 FROM article_tags at JOIN tags t ON t.id = at.tag_id
               WHERE at.article_id = a.id AND t.name = @tag${filter.tagOrigin ? ' AND at.origin = @tagOrigin' : ''})`,
    );
    params.tag = filter.tag;
    if (filter.tagOrigin) params.tagOrigin = filter.tagOrigin;
  }
  if (filter.starred)
    clauses.push(
      'EXISTS (SELECT 1 FROM article_notes s WHERE s.article_id = a.id AND s.starred_at IS NOT NULL)',
    );
  if (filter.unread) clauses.push('a.read_at IS NULL');
  if (filter.syllabus) {
    // The topic and everything under it, in any syllabus the library holds (ids are paths).
    clauses.push(
      `a.id IN (SELECT st.article_id FROM article_topics st WHERE st.removed = 0
                 AND (st.topic_id = @syllabus OR st.topic_id GLOB @syllabusUnder))`,
    );
    params.syllabus = filter.syllabus;
    params.syllabusUnder = `${filter.syllabus}.*`;
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/**
 * Articles matching the filter, newest first; undated ones last. `page`: `limit` of them from `offset`
 * (the ids are paged first, so that skipped rows cost no tag or note lookups).
 */
export function listArticleSummaries(
  db: Db,
  filter: ArticleFilter = {},
  ids?: number[],
  page?: { limit: number; offset: number },
): ArticleSummary[] {
  const { where, params } = articleFilterSql(filter);
  let idClause = ids ? `${where ? ' AND' : 'WHERE'} a.id IN (SELECT value FROM json_each(@ids))` : '';
  if (ids) params.ids = JSON.stringify(ids);
  if (page) {
    idClause = `${where || idClause ? `${idClause} AND` : 'WHERE'} a.id IN (SELECT a.id FROM articles a ${where}${idClause}
        ORDER BY a.date IS NULL, a.date DESC, a.id DESC LIMIT @limit OFFSET @offset)`;
    Object.assign(params, page);
  }
  const rows = db
    .prepare(
      `SELECT a.id, a.title, a.date, a.source, a.read_at AS readAt,
              (SELECT json_group_array(t.name) FROM article_tags at JOIN tags t ON t.id = at.tag_id
                WHERE at.article_id = a.id AND at.origin = 'source') AS tags,
              (SELECT json_group_array(t.name) FROM article_tags at JOIN tags t ON t.id = at.tag_id
                WHERE at.article_id = a.id AND at.origin = 'user') AS userTags,
              (SELECT count(*) FROM annotations n WHERE n.article_id = a.id) AS noteCount,
              EXISTS (SELECT 1 FROM article_notes s WHERE s.article_id = a.id AND s.starred_at IS NOT NULL)
                AS starred,
              EXISTS (SELECT 1 FROM sample_articles s WHERE s.article_id = a.id) AS sample
         FROM articles a ${where}${idClause}
        ORDER BY a.date IS NULL, a.date DESC, a.id DESC`,
    )
    .all(params) as Array<{
    id: number;
    title: string;
    date: string | null;
    source: string | null;
    readAt: string | null;
    tags: string;
    userTags: string;
    noteCount: number;
    starred: number;
    sample: number;
  }>;
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    date: r.date,
    source: r.source,
    read: r.readAt !== null,
    tags: JSON.parse(r.tags) as string[],
    userTags: JSON.parse(r.userTags) as string[],
    noteCount: r.noteCount,
    starred: r.starred === 1,
    // Only the first-run samples carry the mark, so other rows keep their shape.
    ...(r.sample ? { sample: true } : {}),
  }));
}

export function countArticles(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
}
