/**
 * Test helpers for search: a library in a temp folder and a second connection that writes
 * articles straight into its tables (as another part of the app would), so tests do not depend
 * on the importers.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { BlockKind } from '../../src/shared/domain';
import { Library, type LibraryOptions } from '../../src/main/library/library';

export interface TestArticle {
  title: string;
  date?: string | null;
  source?: string | null;
  tags?: string[];
  blocks?: Array<{ kind?: BlockKind; text: string }>;
}

export interface TestLibrary {
  library: Library;
  dir: string;
  /** A second connection to the same database. */
  db: Database.Database;
  add(article: TestArticle): number;
  close(): void;
}

let counter = 0;

export function testLibrary(
  options: LibraryOptions = {},
  dir = mkdtempSync(join(tmpdir(), 'bulletin-search-')),
): TestLibrary {
  const library = Library.open(dir, options);
  const db = new Database(join(dir, 'library.sqlite'));
  db.pragma('busy_timeout = 5000');
  const add = (article: TestArticle): number => {
    counter += 1;
    return db.transaction(() => {
      const id = Number(
        db
          .prepare(
            `INSERT INTO articles (title, date, date_text, source, url, origin_name, content_hash, imported_at)
             VALUES (?, ?, NULL, ?, NULL, 'test', ?, '2025-01-01T00:00:00Z')`,
          )
          .run(
            article.title,
            article.date ?? null,
            article.source ?? null,
            `test-${process.pid}-${counter}-${Date.now()}`,
          ).lastInsertRowid,
      );
      (article.blocks ?? []).forEach((block, position) => {
        db.prepare('INSERT INTO blocks (article_id, position, kind, level, text) VALUES (?, ?, ?, 0, ?)').run(
          id,
          position,
          block.kind ?? 'bullet',
          block.text,
        );
      });
      for (const tag of article.tags ?? []) {
        db.prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING').run(tag);
        const tagId = db.prepare('SELECT id FROM tags WHERE name = ?').pluck().get(tag) as number;
        db.prepare(`INSERT INTO article_tags (article_id, tag_id, origin) VALUES (?, ?, 'source')`).run(
          id,
          tagId,
        );
      }
      db.prepare(
        `INSERT INTO settings (key, value) VALUES ('generation', '1')
         ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1`,
      ).run();
      return id;
    })();
  };
  return {
    library,
    dir,
    db,
    add,
    close: () => {
      db.close();
      library.close();
    },
  };
}

/** The titles of a search outcome's hits, or the error message thrown. */
export function titlesOf(outcome: ReturnType<Library['searchArticles']>): string[] {
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.hits.map((h) => h.title);
}
