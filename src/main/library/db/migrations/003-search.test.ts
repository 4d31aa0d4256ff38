import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from './index';

describe('migration 003 (search)', () => {
  it('adds saved searches and a queue that triggers fill on every searchable change', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 2));
    db.exec(
      `INSERT INTO articles (id, title, date, content_hash, imported_at) VALUES (1, 'Old', '2022-01-01', 'h1', 'now')`,
    );
    migrate(db, MIGRATIONS.slice(0, 3));
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    const pending = () =>
      db.prepare('SELECT article_id FROM search_pending ORDER BY article_id').pluck().all();
    const clear = () => db.exec('DELETE FROM search_pending');
    expect(pending()).toEqual([]); // existing articles are the index's rebuild, not the queue

    db.exec(
      `INSERT INTO articles (id, title, date, content_hash, imported_at) VALUES (2, 'New', NULL, 'h2', 'now')`,
    );
    expect(pending()).toEqual([2]);
    clear();
    db.exec(`INSERT INTO blocks (id, article_id, position, kind, text) VALUES (10, 1, 0, 'bullet', 'x')`);
    db.exec(`UPDATE blocks SET text = 'y' WHERE id = 10`);
    expect(pending()).toEqual([1]);
    clear();
    db.exec(`UPDATE articles SET read_at = 'now' WHERE id = 1`); // not searchable: not queued
    expect(pending()).toEqual([]);
    db.exec(`INSERT INTO tags (id, name) VALUES (5, 'GS-2'); INSERT INTO article_tags VALUES (2, 5, 'user')`);
    expect(pending()).toEqual([2]);
    clear();
    db.exec(`UPDATE tags SET name = 'GS 2' WHERE id = 5`);
    expect(pending()).toEqual([2]);
    clear();
    db.exec(
      `INSERT INTO annotations (article_id, block_id, note, quote, created_at, updated_at) VALUES (1, 10, 'n', 'y', 'a', 'a')`,
    );
    db.exec(`UPDATE annotations SET color = 'fact'`); // colour is not searchable
    expect(pending()).toEqual([1]);
    clear();
    db.exec(
      `UPDATE annotations SET note = 'm'; DELETE FROM annotations; DELETE FROM article_tags; DELETE FROM articles WHERE id = 2`,
    );
    expect(pending()).toEqual([1, 2]);

    // A row queued after a job's claim keeps a higher number than the claim.
    db.exec(`INSERT INTO settings (key, value) VALUES ('search_seq', '7')`);
    db.exec(`UPDATE blocks SET text = 'z' WHERE id = 10`);
    expect(db.prepare('SELECT seq FROM search_pending WHERE article_id = 1').pluck().get()).toBe(7);

    const now = '2025-01-01T00:00:00Z';
    db.prepare(
      `INSERT INTO saved_searches (name, query, created_at, updated_at) VALUES ('GS-2 polity', 'tag:GS-2 polity', ?, ?)`,
    ).run(now, now);
    expect(() =>
      db
        .prepare(
          `INSERT INTO saved_searches (name, query, created_at, updated_at) VALUES ('gs-2 POLITY', 'x', ?, ?)`,
        )
        .run(now, now),
    ).toThrow(/UNIQUE/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO saved_searches (name, query, options, created_at, updated_at) VALUES ('x', 'y', 'not json', ?, ?)`,
        )
        .run(now, now),
    ).toThrow(/CHECK/);
  });
});
