import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from './index';

describe('migration 009 (reading positions)', () => {
  it('adds reading_positions, keeping articles; a position goes with its article, a block may go alone', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    const before = MIGRATIONS.filter((m) => m.version < 9);
    migrate(db, before);
    db.exec(
      `INSERT INTO articles (id, title, date, content_hash, imported_at) VALUES (1, 'Old', '2022-01-01', 'h1', 'now');
       INSERT INTO articles (id, title, date, content_hash, imported_at) VALUES (2, 'Other', NULL, 'h2', 'now')`,
    );
    const blockColumns = db.prepare("SELECT name FROM pragma_table_info('blocks')").pluck().all() as string[];
    expect(blockColumns).toContain('article_id');
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 9),
    );
    expect(db.pragma('user_version', { simple: true })).toBe(9);
    expect(db.prepare('SELECT title FROM articles ORDER BY id').pluck().all()).toEqual(['Old', 'Other']);

    const add = db.prepare(
      'INSERT INTO reading_positions (article_id, block_id, offset, updated_at) VALUES (?, ?, ?, ?)',
    );
    add.run(1, null, 120, '2026-12-06T10:00:00.000Z');
    expect(() => add.run(1, null, 0, 'x')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => add.run(2, null, -1, 'x')).toThrow(/CHECK/);
    expect(() => add.run(3, null, 0, 'x')).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM articles WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM reading_positions').pluck().get()).toBe(0);
  });
});
