import type { Statement } from 'better-sqlite3';
import type { Db } from './connection';

/** Prepared statements by connection, then by SQL text; a closed connection's go with it. */
const statements = new WeakMap<Db, Map<string, Statement>>();

/**
 * The statement for `sql` on `db`, prepared once and reused: preparing costs more than running the
 * small statements an import runs a hundred times a file. Only for fixed SQL text (not built per call).
 */
export function prepared(db: Db, sql: string): Statement {
  let bySql = statements.get(db);
  if (!bySql) {
    bySql = new Map();
    statements.set(db, bySql);
  }
  let statement = bySql.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    bySql.set(sql, statement);
  }
  return statement;
}
