/**
 * The library list a page at a time. The list's order is newest first, undated last, then by id
 * (`date IS NULL, date DESC, id DESC`); a page continues after a keyset cursor (the last row's date and
 * id), so a deep page costs what the first does. Each query walks `articles_by_date` (an index on
 * `date`, which also holds the rowid) in order and stops after the page: the dated articles first,
 * then the undated ones. Tags and note counts are worked out for the page's rows only.
 */
import type { ArticleFilter, ArticleListCursor, ArticlePage, ArticleSummary } from '../../../shared/domain';
import { articleFilterSql, listArticleSummaries } from './articles';
import type { Db } from './connection';
import { prepared } from './statements';

/**
 * The filter as SQL over `articles a`. A tag is tested one of two ways. `scan`: row by row along the
 * date index, which stops as soon as the page is full: quick for a common tag, but a rare one walks
 * most of the library to fill a page (21 ms at 50,000 articles). Otherwise through the tag's own
 * articles (`article_tags_by_tag`), sorted: quick for a rare tag, 9 ms for one on 15,000 articles.
 */
function filterSql(
  filter: ArticleFilter,
  tagBy: 'scan' | 'lookup' = 'lookup',
): { clauses: string[]; params: Record<string, unknown> } {
  const { tag, tagOrigin, ...dates } = filter;
  const { where, params } = articleFilterSql(dates);
  const clauses = where ? [where.replace(/^WHERE /, '')] : [];
  if (tag !== undefined) {
    const origin = tagOrigin ? ' AND at.origin = @tagOrigin' : '';
    clauses.push(
      tagBy === 'scan'
        ? `EXISTS (SELECT 1 FROM article_tags at WHERE at.article_id = a.id
                     AND at.tag_id = (SELECT t.id FROM tags t WHERE t.name = @tag)${origin})`
        : `a.id IN (SELECT at.article_id FROM article_tags at
                     WHERE at.tag_id = (SELECT t.id FROM tags t WHERE t.name = @tag)${origin})`,
    );
    params.tag = tag;
    if (tagOrigin) params.tagOrigin = tagOrigin;
  }
  return { clauses, params };
}

const where = (clauses: string[]) => (clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '');

/** Up to `limit` ids (all of them for -1) in list order after `cursor` (from the start without one). */
export function pageArticleIds(
  db: Db,
  filter: ArticleFilter,
  limit: number,
  cursor: ArticleListCursor | null = null,
  tagBy: 'scan' | 'lookup' = 'lookup',
): number[] {
  const { clauses, params } = filterSql(filter, tagBy);
  const unlimited = limit < 0;
  const ids: number[] = [];
  // The dated articles, unless the cursor is already among the undated ones.
  if (!filter.undated && (cursor === null || cursor.date !== null)) {
    const dated = [...clauses, 'a.date IS NOT NULL'];
    const values: Record<string, unknown> = { ...params, limit };
    if (cursor) {
      dated.push('(a.date, a.id) < (@afterDate, @afterId)');
      values.afterDate = cursor.date;
      values.afterId = cursor.id;
    }
    const sql = `SELECT a.id FROM articles a ${where(dated)} ORDER BY a.date DESC, a.id DESC LIMIT @limit`;
    ids.push(...(prepared(db, sql).pluck().all(values) as number[]));
  }
  // Then the undated ones (a date range leaves them out).
  if ((unlimited || ids.length < limit) && !filter.from && !filter.to) {
    const undated = [...clauses, 'a.date IS NULL'];
    const values: Record<string, unknown> = { ...params, limit: unlimited ? -1 : limit - ids.length };
    if (cursor?.date === null) {
      undated.push('a.id < @afterId');
      values.afterId = cursor.id;
    }
    const sql = `SELECT a.id FROM articles a ${where(undated)} ORDER BY a.id DESC LIMIT @limit`;
    ids.push(...(prepared(db, sql).pluck().all(values) as number[]));
  }
  return ids;
}

/** How many articles match the filter, and how many of those are unread. */
export function countArticlePage(db: Db, filter: ArticleFilter): { total: number; unread: number } {
  const { clauses, params } = filterSql(filter);
  const sql = `SELECT count(*) AS total, count(*) FILTER (WHERE a.read_at IS NULL) AS unread
                 FROM articles a ${where(clauses)}`;
  return prepared(db, sql).get(params) as { total: number; unread: number };
}

/** The summaries of `ids`, in the list's order. */
function summariesOf(db: Db, ids: number[]): ArticleSummary[] {
  return ids.length === 0 ? [] : listArticleSummaries(db, {}, ids);
}

/** A page of the list with the filter's totals and the cursor for the next page (null: none). */
export function listArticlePage(
  db: Db,
  filter: ArticleFilter,
  limit: number,
  cursor: ArticleListCursor | null = null,
): ArticlePage {
  const counts = countArticlePage(db, filter);
  // A page walks the date index testing the tag when about one article in (tagged / page) has it, so
  // the walk is shorter than the tag's list: tagged² > page × library (about 3,900 of 50,000).
  const library = prepared(db, 'SELECT count(*) FROM articles').pluck().get() as number;
  const tagBy = filter.tag !== undefined && counts.total ** 2 > (limit + 1) * library ? 'scan' : 'lookup';
  // One more than asked for says whether there is a next page.
  const ids = pageArticleIds(db, filter, limit + 1, cursor, tagBy);
  const more = ids.length > limit;
  const articles = summariesOf(db, ids.slice(0, limit));
  const last = articles.at(-1);
  return {
    articles,
    ...counts,
    nextCursor: more && last ? { date: last.date, id: last.id } : null,
  };
}

/** Every article's id in list order, and which of them are unread: what select-all needs. */
export function listArticleIds(db: Db, filter: ArticleFilter): { ids: number[]; unread: number[] } {
  if (filter.tag !== undefined) {
    // Through the tag's own articles, each looked up once for its date and read state, then sorted: the
    // ids and then the unread ones in two walks looked every article up twice (45 ms for a tag on
    // 20,000 of 50,000 articles; 28 ms so).
    const { clauses, params } = filterSql(filter);
    const rows = prepared(
      db,
      `SELECT a.id, a.read_at IS NULL FROM articles a ${where(clauses)}
        ORDER BY a.date IS NULL, a.date DESC, a.id DESC`,
    )
      .raw()
      .all(params) as Array<[number, number]>;
    return {
      ids: rows.map(([id]) => id),
      unread: rows.filter(([, unread]) => unread === 1).map(([id]) => id),
    };
  }
  const ids = pageArticleIds(db, filter, -1);
  const { clauses, params } = filterSql(filter);
  const sql = `SELECT a.id FROM articles a ${where([...clauses, 'a.read_at IS NULL'])}`;
  const unreadSet = new Set(prepared(db, sql).pluck().all(params) as number[]);
  return { ids, unread: ids.filter((id) => unreadSet.has(id)) };
}
