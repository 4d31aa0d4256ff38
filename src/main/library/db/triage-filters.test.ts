import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../../test/support/temp-library';
import { setStarred } from '../notes/article-notes';
import { countArticlePage, listArticleIds, listArticlePage } from './article-pages';
import { insertArticle, listArticleSummaries, setArticlesRead } from './articles';
import { openDatabase, type Db } from './connection';

/** Ten articles, one a day in March 2024; 2, 4, 6 read; 3 and 4 starred (and 5 starred then unstarred). */
function library(): Db {
  const db = openDatabase(join(tempDir(), 'library.sqlite'));
  for (let i = 1; i <= 10; i++) {
    insertArticle(
      db,
      {
        title: `Article ${i}`,
        date: `2024-03-${String(i).padStart(2, '0')}`,
        dateText: null,
        source: null,
        url: null,
        originName: null,
        contentHash: `hash-${i}`,
      },
      '2024-04-01T00:00:00Z',
    );
  }
  setArticlesRead(db, [2, 4, 6], '2024-04-02T00:00:00Z');
  setStarred(db, 3, true, '2024-04-03T00:00:00Z');
  setStarred(db, 4, true, '2024-04-03T00:00:01Z');
  setStarred(db, 5, true, '2024-04-03T00:00:02Z');
  setStarred(db, 5, false, '2024-04-03T00:00:03Z');
  return db;
}

describe('the Starred and Unread views in the article filter', () => {
  const db = library();

  it('lists only the starred articles, newest first, and counts them', () => {
    const page = listArticlePage(db, { starred: true }, 50);
    expect(page.articles.map((a) => a.id)).toEqual([4, 3]);
    expect(page.total).toBe(2);
    expect(page.unread).toBe(1);
    expect(countArticlePage(db, { starred: true })).toEqual({ total: 2, unread: 1 });
  });

  it('lists only the unread articles, and combines with a date range', () => {
    expect(listArticleIds(db, { unread: true }).ids).toEqual([10, 9, 8, 7, 5, 3, 1]);
    expect(listArticlePage(db, { unread: true, from: '2024-03-03', to: '2024-03-05' }, 50).total).toBe(2);
    expect(listArticleSummaries(db, { unread: true, starred: true }).map((a) => a.title)).toEqual([
      'Article 3',
    ]);
  });

  it('marks each row starred or not', () => {
    const rows = listArticlePage(db, {}, 50).articles;
    expect(rows.filter((a) => a.starred).map((a) => a.id)).toEqual([4, 3]);
    expect(rows.find((a) => a.id === 5)?.starred).toBe(false);
  });
});
