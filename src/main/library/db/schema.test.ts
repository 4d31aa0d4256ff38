import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, Library } from '../library';
import { schemaProblems } from './schema';

function closedLibrary(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'bulletin-schema-')), 'library');
  Library.open(dir).close();
  return dir;
}

function problemsOf(dir: string, change: string): string[] {
  const db = new Database(join(dir, DATABASE_FILE));
  try {
    db.exec(change);
    return schemaProblems(db);
  } finally {
    db.close();
  }
}

describe('the schema a library must have', () => {
  it('is what the migrations make; ANALYZE, a user table and an index of their own are tolerated (D13, B-112)', () => {
    const dir = closedLibrary();
    expect(problemsOf(dir, 'SELECT 1')).toEqual([]);
    expect(
      problemsOf(dir, 'ANALYZE; CREATE TABLE my_notes (x TEXT); CREATE INDEX my_titles ON articles (title);'),
    ).toEqual([]);
    const library = Library.open(dir);
    try {
      expect(library.checkIntegrity()).toEqual({ ok: true, problems: [] });
    } finally {
      library.close();
    }
  });

  it('reports a trigger or view that is not ours, and one of ours changed or missing', () => {
    const dir = closedLibrary();
    expect(
      problemsOf(
        dir,
        `CREATE TRIGGER wipe AFTER INSERT ON annotations BEGIN DELETE FROM annotations WHERE id <> NEW.id; END;
         CREATE VIEW peek AS SELECT note FROM annotations;
         DROP TRIGGER search_article_insert;`,
      ),
    ).toEqual([
      'trigger “wipe” is not one Bulletin makes',
      'view “peek” is not one Bulletin makes',
      'trigger “search_article_insert” is missing',
    ]);
  });

  it('after a crash, a foreign trigger is not taken for damage: the library is kept, and check names it', async () => {
    const dir = closedLibrary();
    problemsOf(dir, 'CREATE TRIGGER wipe AFTER INSERT ON annotations BEGIN SELECT 1; END;');
    // The marker a process leaves while it has the library open; its pid is long gone.
    writeFileSync(join(dir, '.bulletin-open-999999'), '');
    const { library, report } = await Library.openChecked(dir);
    try {
      expect(report.uncleanShutdown).toBe(true);
      expect(report.action).toBe('none');
      expect(library.checkIntegrity()).toEqual({
        ok: false,
        problems: ['trigger “wipe” is not one Bulletin makes'],
      });
    } finally {
      library.close();
    }
  });
});
