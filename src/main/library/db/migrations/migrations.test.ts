import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../../../test/support/temp-library';
import { openDatabase } from '../connection';
import { LATEST_VERSION, MIGRATIONS, migrate } from './index';

describe('migrations', () => {
  it('are numbered 1, 2, 3… in order (a gap only while 007 waits to be wired)', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions.slice(0, 6)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(versions.every((v, i) => i === 0 || v > versions[i - 1]!)).toBe(true);
  });

  it('001 creates articles, blocks, tags, annotations and settings', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 1));
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{
        name: string;
      }>
    ).map((t) => t.name);
    expect(tables).toEqual(['annotations', 'article_tags', 'articles', 'blocks', 'settings', 'tags']);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
  });

  it('roll back a failing migration together with its version bump', () => {
    const db = new Database(':memory:');
    const broken = [
      ...MIGRATIONS.slice(0, 1),
      {
        version: 2,
        name: 'broken',
        up: (d: Database.Database) => d.exec('CREATE TABLE half (x); SELECT nope FROM missing;'),
      },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'").get()).toEqual({ n: 0 });
  });
});

describe('opening a database', () => {
  it('turns on WAL, full synchronous writes and foreign keys, at the latest version', () => {
    const db = openDatabase(join(tempDir(), 'lib.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const version = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v
      .split('.')
      .map(Number);
    // SQLite before 3.51.3 has the WAL-reset corruption bug.
    expect(version[0]! * 1e6 + version[1]! * 1e3 + version[2]!).toBeGreaterThanOrEqual(3_051_003);
    db.close();
  });

  it('refuses a database from a newer Bulletin and leaves the file untouched', () => {
    const file = join(tempDir(), 'newer.sqlite');
    const db = new Database(file);
    db.exec('CREATE TABLE future (x)');
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    const before = createHash('sha256').update(readFileSync(file)).digest('hex');
    expect(() => openDatabase(file)).toThrow(/newer version of Bulletin/);
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(before);
  });

  it('tolerates tables it does not know, such as sqlite_stat1 after ANALYZE', () => {
    const file = join(tempDir(), 'analyzed.sqlite');
    openDatabase(file).close();
    const db = new Database(file);
    db.exec('ANALYZE; CREATE TABLE user_extra (x)');
    db.close();
    expect(() => openDatabase(file).close()).not.toThrow();
  });
});
