import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from './index';

describe('migration 005 (feeds)', () => {
  it('adds the feeds table, keeping existing articles, with one row per http(s) address', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 4));
    db.exec(
      `INSERT INTO articles (id, title, date, content_hash, imported_at) VALUES (1, 'Old', '2022-01-01', 'h1', 'now')`,
    );
    migrate(db, MIGRATIONS.slice(0, 5));
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    expect(db.prepare('SELECT title FROM articles').pluck().all()).toEqual(['Old']);
    const columns = (db.prepare('PRAGMA table_info(feeds)').all() as Array<{ name: string }>).map(
      (c) => c.name,
    );
    expect(columns).toEqual([
      'id',
      'url',
      'title',
      'added_at',
      'last_fetched_at',
      'last_success_at',
      'last_status',
      'last_error',
      'last_new',
      'last_updated',
      'item_count',
      'etag',
      'last_modified',
    ]);

    const add = db.prepare('INSERT INTO feeds (url, added_at) VALUES (?, ?)');
    add.run('https://example.org/feed.xml', '2026-01-01T00:00:00Z');
    expect(db.prepare('SELECT last_status, last_new, last_updated, item_count FROM feeds').get()).toEqual({
      last_status: null,
      last_new: 0,
      last_updated: 0,
      item_count: null,
    });
    expect(() => add.run('https://example.org/feed.xml', 'now')).toThrow(/UNIQUE/);
    expect(() => add.run('file:///etc/passwd', 'now')).toThrow(/CHECK/);
    expect(() => add.run('https://', 'now')).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE feeds SET last_status = 'offline'`).run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE feeds SET last_new = -1').run()).toThrow(/CHECK/);
    db.prepare(`UPDATE feeds SET last_status = 'unreachable', last_error = 'refused'`).run();
  });
});
