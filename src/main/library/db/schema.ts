import Database from 'better-sqlite3';
import type { Db } from './connection';
import { LATEST_VERSION, migrate, MIGRATIONS } from './migrations';

/** One object of a database's schema: a table, index, trigger or view, with its SQL (spaces folded). */
interface SchemaObject {
  type: string;
  name: string;
  sql: string;
}

function schemaObjects(db: Db): Map<string, SchemaObject> {
  const rows = db
    .prepare(
      `SELECT type, name, coalesce(sql, '') AS sql FROM sqlite_master
        WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name`,
    )
    .all() as SchemaObject[];
  return new Map(rows.map((o) => [`${o.type} ${o.name}`, { ...o, sql: o.sql.replace(/\s+/g, ' ').trim() }]));
}

const expectedByVersion = new Map<number, Map<string, SchemaObject>>();

/** The schema the migrations make up to `version`, built once per version in memory. */
function expectedSchema(version: number): Map<string, SchemaObject> {
  let expected = expectedByVersion.get(version);
  if (!expected) {
    const db = new Database(':memory:');
    try {
      migrate(
        db,
        MIGRATIONS.filter((m) => m.version <= version),
      );
      expected = schemaObjects(db);
    } finally {
      db.close();
    }
    expectedByVersion.set(version, expected);
  }
  return expected;
}

/**
 * How a library database's schema differs from the one Bulletin's migrations make for its version: an
 * extra trigger or view (a hostile backup's `DELETE FROM annotations` trigger, say), one of ours that is
 * missing, or one whose SQL was changed. Extra tables and indexes, which run nothing, are tolerated. Empty when they are the same. A database from a newer
 * version is not judged here (it is refused before anything reads it).
 */
export function schemaProblems(db: Db): string[] {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > LATEST_VERSION) return [];
  const expected = expectedSchema(version);
  const actual = schemaObjects(db);
  const problems: string[] = [];
  for (const [key, object] of actual) {
    const wanted = expected.get(key);
    // An extra table or index runs nothing (a user's own table, say, is tolerated); a trigger or view can.
    if (!wanted) {
      if (object.type === 'trigger' || object.type === 'view')
        problems.push(`${object.type} “${object.name}” is not one Bulletin makes`);
    } else if (wanted.sql !== object.sql) problems.push(`${object.type} “${object.name}” was changed`);
  }
  for (const [key, object] of expected) {
    if (!actual.has(key)) problems.push(`${object.type} “${object.name}” is missing`);
  }
  return problems;
}
