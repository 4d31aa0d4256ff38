import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from './index';

describe('migration 006 (related links)', () => {
  it('adds article_links, keeping existing articles; links go with their article', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 5));
    db.exec(
      `INSERT INTO articles (id, title, date, content_hash, imported_at) VALUES (1, 'Old', '2022-01-01', 'h1', 'now')`,
    );
    migrate(db, MIGRATIONS.slice(0, 6));
    expect(db.pragma('user_version', { simple: true })).toBe(6);
    expect(db.prepare('SELECT title FROM articles').pluck().all()).toEqual(['Old']);

    const add = db.prepare(
      'INSERT INTO article_links (article_id, position, title, url) VALUES (?, ?, ?, ?)',
    );
    add.run(1, 0, 'Project Dolphin', 'https://www.drishtiias.com/x');
    add.run(1, 1, 'Official Languages', null);
    expect(db.prepare('SELECT title, url FROM article_links ORDER BY position').all()).toEqual([
      { title: 'Project Dolphin', url: 'https://www.drishtiias.com/x' },
      { title: 'Official Languages', url: null },
    ]);
    expect(() => add.run(1, 2, 'Bad', 'javascript:alert(1)')).toThrow(/CHECK/);
    expect(() => add.run(1, 3, '', null)).toThrow(/CHECK/);
    expect(() => add.run(1, 1, 'Same place', null)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => add.run(2, 0, 'No article', null)).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM articles WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM article_links').pluck().get()).toBe(0);
  });
});
