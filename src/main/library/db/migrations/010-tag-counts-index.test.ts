import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from './index';

describe('migration 010 (tag counts index)', () => {
  it('replaces the index on the tag with one on tag, origin and article that tag counts read alone', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version < 10),
    );
    db.exec(
      `INSERT INTO articles (id, title, date, content_hash, imported_at) VALUES (1, 'Old', '2022-01-01', 'h1', 'now');
       INSERT INTO tags (id, name) VALUES (1, 'Polity');
       INSERT INTO article_tags (article_id, tag_id, origin) VALUES (1, 1, 'source'), (1, 1, 'user')`,
    );
    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    const indexes = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'article_tags' AND sql IS NOT NULL",
      )
      .pluck()
      .all();
    expect(indexes).toEqual(['article_tags_by_tag_origin']);
    expect(db.prepare('SELECT count(*) FROM article_tags').pluck().get()).toBe(2);
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT tag_id, origin, count(*) FROM article_tags GROUP BY tag_id, origin')
      .all()
      .map((r) => (r as { detail: string }).detail)
      .join('\n');
    expect(plan).toMatch(/COVERING INDEX article_tags_by_tag_origin/);
  });
});
