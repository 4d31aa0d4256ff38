import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from './index';

describe('migration 002 (import)', () => {
  it('adds list style, table data, updated_at and the re-import indexes, keeping existing rows', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 1));
    db.prepare(
      `INSERT INTO articles (id, title, content_hash, imported_at, url) VALUES (1, 'Old', 'h', '2024-01-01', 'https://e.org/a')`,
    ).run();
    db.prepare(
      `INSERT INTO blocks (article_id, position, kind, level, text) VALUES (1, 0, 'bullet', 0, 'kept')`,
    ).run();
    migrate(db, MIGRATIONS.slice(0, 2));
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare('SELECT text, list_style, data FROM blocks').get()).toEqual({
      text: 'kept',
      list_style: null,
      data: null,
    });
    const columns = (table: string) =>
      (db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>).map((c) => c.name);
    expect(columns('blocks')).toEqual(expect.arrayContaining(['list_style', 'data']));
    expect(columns('articles')).toContain('updated_at');
    const indexes = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").all() as Array<{ name: string }>
    ).map((r) => r.name);
    expect(indexes).toEqual(expect.arrayContaining(['articles_by_url', 'articles_by_title_day']));
    const plan = db
      .prepare(
        "EXPLAIN QUERY PLAN SELECT id FROM articles WHERE lower(title) = lower('x') AND date = '2024-01-01'",
      )
      .all();
    expect(JSON.stringify(plan)).toContain('articles_by_title_day');
    expect(() => db.prepare(`UPDATE blocks SET list_style = 'roman'`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE blocks SET data = 'not json'`).run()).toThrow(/CHECK/);
    db.prepare(`UPDATE blocks SET list_style = 'numbered', data = '{"rows":[["a"]]}'`).run();
  });
});
