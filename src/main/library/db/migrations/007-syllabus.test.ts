import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { syllabus } from './007-syllabus';
import { MIGRATIONS, migrate } from './index';

const AT = '2026-12-06T00:00:00Z';

function database() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.slice(0, 7));
  db.exec(
    `INSERT INTO articles (id, title, date, content_hash, imported_at) VALUES (1, 'Tiger census', '2026-01-01', 'h1', 'now')`,
  );
  return db;
}

/** How a re-import or re-run writes a machine suggestion. */
const suggest = (db: Database.Database, topic: string, origin: string, confidence: number) =>
  db
    .prepare(
      `INSERT INTO article_topics (article_id, topic_id, confidence, origin, reason, updated_at)
       VALUES (1, ?, ?, ?, 'words: tiger', ?)
       ON CONFLICT (article_id, syllabus_id, topic_id) DO UPDATE
         SET confidence = excluded.confidence, origin = excluded.origin, reason = excluded.reason, updated_at = excluded.updated_at`,
    )
    .run(topic, confidence, origin, AT);

const rows = (db: Database.Database) =>
  db.prepare('SELECT topic_id, origin, confidence, removed FROM article_topics ORDER BY topic_id').all();

describe('migration 007 (syllabus)', () => {
  it('is version 7 and keeps existing articles', () => {
    const db = database();
    expect(MIGRATIONS[6]).toBe(syllabus);
    expect(syllabus.version).toBe(7);
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    expect(db.prepare('SELECT title FROM articles').pluck().all()).toEqual(['Tiger census']);
  });

  it('never lets a re-run overwrite a user correction, and keeps removals', () => {
    const db = database();
    suggest(db, 'gs3.environment.conservation', 'keywords', 0.6);
    suggest(db, 'gs2.governance.policies', 'learned', 0.4);
    // The student accepts one topic and removes the other.
    db.prepare(
      `UPDATE article_topics SET origin = 'user', confidence = 1 WHERE topic_id = 'gs3.environment.conservation'`,
    ).run();
    db.prepare(
      `UPDATE article_topics SET origin = 'user', removed = 1 WHERE topic_id = 'gs2.governance.policies'`,
    ).run();
    // A re-run suggests both again and clears its own old rows.
    db.prepare(`DELETE FROM article_topics WHERE article_id = 1 AND origin <> 'user'`).run();
    suggest(db, 'gs3.environment.conservation', 'keywords', 0.3);
    suggest(db, 'gs2.governance.policies', 'learned', 0.9);
    suggest(db, 'gs3.environment.pollution', 'keywords', 0.5);
    expect(rows(db)).toEqual([
      { topic_id: 'gs2.governance.policies', origin: 'user', confidence: 0.4, removed: 1 },
      { topic_id: 'gs3.environment.conservation', origin: 'user', confidence: 1, removed: 0 },
      { topic_id: 'gs3.environment.pollution', origin: 'keywords', confidence: 0.5, removed: 0 },
    ]);
  });

  it('checks origins, confidences and removals, and goes with its article', () => {
    const db = database();
    expect(() => suggest(db, 'gs1', 'guess', 0.5)).toThrow(/CHECK/);
    expect(() => suggest(db, 'gs1', 'keywords', 1.5)).toThrow(/CHECK/);
    suggest(db, 'gs1', 'keywords', 0.5);
    expect(() => db.prepare('UPDATE article_topics SET removed = 1').run()).toThrow(/CHECK/);
    db.prepare('DELETE FROM articles WHERE id = 1').run();
    expect(rows(db)).toEqual([]);
  });

  it('stores syllabus edits and loaded syllabi with their checks', () => {
    const db = database();
    const edit = db.prepare(
      'INSERT INTO syllabus_edits (syllabus_id, topic_id, added, parent_id, name, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    edit.run('upsc', 'gs3.environment', 0, null, 'Ecology and environment', AT);
    edit.run('upsc', 'gs3.environment.wetlands', 1, 'gs3.environment', 'Wetlands', AT);
    expect(() => edit.run('upsc', 'gs3.environment.x', 1, null, 'No parent', AT)).toThrow(/CHECK/);
    const load = db.prepare('INSERT INTO syllabi (id, name, topics_json, loaded_at) VALUES (?, ?, ?, ?)');
    load.run('mppsc', 'MPPSC', '[]', AT);
    expect(() => load.run('upsc', 'Shadow', '[]', AT)).toThrow(/CHECK/);
    expect(() => load.run('bad', 'Broken', '{', AT)).toThrow(/CHECK|JSON/);
    expect(db.prepare('SELECT count(*) FROM syllabus_edits').pluck().get()).toBe(2);
  });
});
