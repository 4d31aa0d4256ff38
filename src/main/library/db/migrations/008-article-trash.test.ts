import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from './index';

describe('migration 008 (article trash, edits, samples)', () => {
  it('adds the trash, edits and sample tables, keeping existing articles', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    const before = MIGRATIONS.filter((m) => m.version < 8);
    migrate(db, before);
    db.exec(
      `INSERT INTO articles (id, title, date, content_hash, imported_at) VALUES (1, 'Old', '2022-01-01', 'h1', 'now')`,
    );
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 8),
    );
    expect(db.pragma('user_version', { simple: true })).toBe(8);
    expect(db.prepare('SELECT title FROM articles').pluck().all()).toEqual(['Old']);

    const trash = db.prepare(
      `INSERT INTO article_trash (id, title, content_hash, deleted_at, snapshot) VALUES (?, 'T', 'h', 'now', ?)`,
    );
    trash.run(5, '{"article":{}}');
    expect(() => trash.run(6, 'not json')).toThrow(/CHECK/);

    const edit = db.prepare(
      `INSERT INTO article_edits (article_id, title, title_edited, date, date_edited, original_title, edited_at)
       VALUES (?, ?, 1, ?, 1, 'Old', 'now')`,
    );
    edit.run(1, 'Mine', '2022-01-02');
    expect(() => edit.run(2, 'No article', null)).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM article_edits').run();
    expect(() => edit.run(1, 'Mine', '2 Jan 2022')).toThrow(/CHECK/);
    expect(() => edit.run(1, '  ', null)).toThrow(/CHECK/);

    db.prepare('INSERT INTO sample_articles (article_id) VALUES (1)').run();
    db.prepare('INSERT INTO article_edits (article_id, original_title, edited_at) VALUES (1, ?, ?)').run(
      'Old',
      'now',
    );
    db.prepare('DELETE FROM articles WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM sample_articles').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM article_edits').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM article_trash').pluck().get()).toBe(1);
  });
});
