import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleFilter, ArticleListCursor, ArticleSummary } from '../../../shared/domain';
import { tempDir } from '../../../../test/support/temp-library';
import { countArticlePage, listArticleIds, listArticlePage } from './article-pages';
import { insertArticle, listArticleSummaries, setArticlesRead } from './articles';
import { openDatabase, type Db } from './connection';
import { addArticleTag } from './tags';

/**
 * 240 articles over a few days, many on the same day (the id breaks the tie), a tenth undated; every
 * third tagged "Polity", every seventh "Rare" (user tag), a third read.
 */
function library(): Db {
  const db = openDatabase(join(tempDir(), 'library.sqlite'));
  db.transaction(() => {
    for (let i = 1; i <= 240; i++) {
      const id = insertArticle(
        db,
        {
          title: `Article ${i}`,
          date: i % 10 === 0 ? null : `2024-0${1 + (i % 3)}-${String(1 + (i % 4)).padStart(2, '0')}`,
          dateText: null,
          source: null,
          url: null,
          originName: null,
          contentHash: `hash-${i}`,
        },
        '2024-06-01T00:00:00Z',
      );
      if (i % 3 === 0) addArticleTag(db, id, 'Polity', 'source');
      if (i % 7 === 0) addArticleTag(db, id, 'Rare', 'user');
      if (i % 3 === 1) setArticlesRead(db, [id], '2024-06-02T00:00:00Z');
    }
  })();
  return db;
}

/** Every page of `limit` rows, following the cursors. */
function allPages(db: Db, filter: ArticleFilter, limit: number): ArticleSummary[][] {
  const pages: ArticleSummary[][] = [];
  let cursor: ArticleListCursor | null = null;
  do {
    const page = listArticlePage(db, filter, limit, cursor);
    pages.push(page.articles);
    cursor = page.nextCursor;
    if (pages.length > 1000) throw new Error('the cursor does not move on');
  } while (cursor !== null);
  return pages;
}

describe('the library list a page at a time', () => {
  const db = library();
  const filters: ArticleFilter[] = [
    {},
    { from: '2024-02-01', to: '2024-02-29' },
    { from: '2024-01-02', to: '2024-01-02' },
    { tag: 'Polity' },
    { tag: 'Rare' },
    { tag: 'Rare', from: '2024-03-01' },
    { undated: true },
    { undated: true, tag: 'Polity' },
    { tag: 'Nobody' },
  ];

  it('pages through the whole list in its order, without a gap or a repeat, for every filter', () => {
    for (const filter of filters) {
      const whole = listArticleSummaries(db, filter);
      for (const limit of [1, 7, 50, 300]) {
        const pages = allPages(db, filter, limit);
        expect(pages.flat(), JSON.stringify({ filter, limit })).toEqual(whole);
        expect(pages.slice(0, -1).every((p) => p.length === limit)).toBe(true);
      }
    }
  });

  it('orders newest first, the same day by id, undated last', () => {
    const ids = allPages(db, {}, 13).flat();
    const dated = ids.filter((a) => a.date !== null);
    expect(ids.slice(dated.length).every((a) => a.date === null)).toBe(true);
    for (let i = 1; i < dated.length; i++) {
      const [a, b] = [dated[i - 1]!, dated[i]!];
      expect(a.date! > b.date! || (a.date === b.date && a.id > b.id)).toBe(true);
    }
    // Many articles share a day: a page boundary falls among them and the cursor goes on from there.
    const page = listArticlePage(db, {}, 5);
    expect(page.articles.every((a) => a.date === page.articles[0]!.date)).toBe(true);
    expect(page.nextCursor).toEqual({ date: page.articles[4]!.date, id: page.articles[4]!.id });
    expect(listArticlePage(db, {}, 5, page.nextCursor).articles[0]!.id).toBe(ids[5]!.id);
  });

  it('counts the whole filtered list and its unread articles, on every page', () => {
    for (const filter of filters) {
      const whole = listArticleSummaries(db, filter);
      const counts = { total: whole.length, unread: whole.filter((a) => !a.read).length };
      expect(countArticlePage(db, filter)).toEqual(counts);
      const first = listArticlePage(db, filter, 10);
      expect({ total: first.total, unread: first.unread }).toEqual(counts);
      if (first.nextCursor) expect(listArticlePage(db, filter, 10, first.nextCursor)).toMatchObject(counts);
    }
  });

  it('ends with no cursor, and gives an empty page past the end', () => {
    const last = listArticlePage(db, {}, 240);
    expect(last.articles).toHaveLength(240);
    expect(last.nextCursor).toBeNull();
    const after = listArticlePage(db, {}, 10, { date: null, id: 1 });
    expect(after.articles).toEqual([]);
    expect(after.nextCursor).toBeNull();
    expect(after.total).toBe(240);
  });

  it('carries tags, user tags and note counts on each row as the whole list does', () => {
    const rare = listArticlePage(db, { tag: 'Rare' }, 5).articles;
    expect(rare.every((a) => a.userTags.includes('Rare'))).toBe(true);
    expect(rare).toEqual(listArticleSummaries(db, { tag: 'Rare' }).slice(0, 5));
  });

  it('lists every id in order with the unread ones, for select-all', () => {
    for (const filter of filters) {
      const whole = listArticleSummaries(db, filter);
      expect(listArticleIds(db, filter)).toEqual({
        ids: whole.map((a) => a.id),
        unread: whole.filter((a) => !a.read).map((a) => a.id),
      });
    }
  });

  it('walks the date index for a page, and the tag index for a rare tag', () => {
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((r) => r.detail);
    expect(
      plan(
        `SELECT a.id FROM articles a WHERE a.date IS NOT NULL AND (a.date, a.id) < ('2024-02-01', 5)
          ORDER BY a.date DESC, a.id DESC LIMIT 300`,
      ),
    ).toEqual(['SEARCH a USING COVERING INDEX articles_by_date (date>? AND date<?)']);
  });
});
