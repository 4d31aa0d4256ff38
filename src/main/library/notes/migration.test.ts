import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../db/migrations';

describe('migration 004 (notes)', () => {
  it('keeps existing notes as block notes, remembers their block position, and adds the new tables', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    const before = MIGRATIONS.filter((m) => m.version < 4);
    migrate(db, before);
    db.exec(`
      INSERT INTO articles (id, title, content_hash, imported_at) VALUES (1, 'A', 'h', '2026-01-01T00:00:00Z');
      INSERT INTO blocks (id, article_id, position, kind, text) VALUES (10, 1, 0, 'bullet', 'one'), (11, 1, 1, 'bullet', 'two');
      INSERT INTO annotations (id, article_id, block_id, color, note, quote, created_at, updated_at)
        VALUES (7, 1, 11, 'fact', 'n', 'two', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
    `);
    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    expect(
      db
        .prepare('SELECT id, kind, prefix, suffix, start_offset, end_offset, block_position FROM annotations')
        .all(),
    ).toEqual([
      {
        id: 7,
        kind: 'block',
        prefix: '',
        suffix: '',
        start_offset: null,
        end_offset: null,
        block_position: 1,
      },
    ]);
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{
        name: string;
      }>
    ).map((t) => t.name);
    expect(tables).toEqual(
      expect.arrayContaining(['annotation_trash', 'article_notes', 'review_cards', 'review_log']),
    );
    expect(() => db.exec(`UPDATE annotations SET kind = 'word' WHERE id = 7`)).toThrow(
      /CHECK constraint failed/,
    );
  });
});
