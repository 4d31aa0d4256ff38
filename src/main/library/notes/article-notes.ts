/** The user's layer over a whole article: a note (Markdown) and a star. */
import type { ArticleNote, NoteLink } from '../../../shared/domain';
import type { Db } from '../db/connection';

export function getArticleNote(db: Db, articleId: number): ArticleNote {
  const row = db
    .prepare(
      'SELECT note, starred_at AS starredAt, updated_at AS updatedAt FROM article_notes WHERE article_id = ?',
    )
    .get(articleId) as { note: string; starredAt: string | null; updatedAt: string } | undefined;
  return {
    articleId,
    note: row?.note ?? '',
    starred: Boolean(row?.starredAt),
    updatedAt: row?.updatedAt ?? null,
  };
}

export function saveArticleNote(db: Db, articleId: number, note: string, now: string): void {
  db.prepare(
    `INSERT INTO article_notes (article_id, note, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (article_id) DO UPDATE SET note = excluded.note, updated_at = excluded.updated_at`,
  ).run(articleId, note, now);
}

export function setStarred(db: Db, articleId: number, starred: boolean, now: string): void {
  db.prepare(
    `INSERT INTO article_notes (article_id, starred_at, updated_at) VALUES (@id, @starredAt, @now)
     ON CONFLICT (article_id) DO UPDATE SET starred_at = CASE WHEN @starred THEN coalesce(starred_at, @now) END,
                                            updated_at = @now`,
  ).run({ id: articleId, starredAt: starred ? now : null, starred: starred ? 1 : 0, now });
}

/** Ids of the starred articles, most recently starred first. */
export function listStarred(db: Db): number[] {
  return (
    db
      .prepare(
        'SELECT article_id AS id FROM article_notes WHERE starred_at IS NOT NULL ORDER BY starred_at DESC',
      )
      .all() as Array<{ id: number }>
  ).map((r) => r.id);
}

/** `[[Title]]` links in a note, each resolved to the article of that title (case-insensitive). */
export function resolveLinks(db: Db, titles: readonly string[]): NoteLink[] {
  // Uses the (lower(title), date) index; the newest article wins when several share a title.
  const find = db.prepare(
    'SELECT id FROM articles WHERE lower(title) = lower(?) ORDER BY date DESC, id DESC LIMIT 1',
  );
  return titles.map((title) => ({
    title,
    articleId: (find.get(title.trim()) as { id: number } | undefined)?.id ?? null,
  }));
}

/** The titles linked from a note as `[[Title]]`, in order, without repeats. */
export function linkedTitles(note: string): string[] {
  return [...new Set([...note.matchAll(/\[\[([^[\]\n]{1,300})\]\]/g)].map((m) => m[1]!.trim()))].filter(
    Boolean,
  );
}
