/**
 * The user's own title, date and source for an article. An edit changes the article in place and is
 * remembered in `article_edits`, so that a re-import of the article (which rewrites these fields from
 * the source) puts the user's value back and says so in its report. The article's content hash stays
 * the source's, so an unchanged re-import is still recognised as a duplicate.
 */
import type { ArticleEdit } from '../../../shared/domain';
import { isSaneIsoDay } from '../../../shared/dates';
import { withoutHiddenControls } from '../../../shared/limits';
import type { Db } from '../db/connection';
import { prepared } from '../db/statements';
import { LibraryError } from '../errors';

export type EditedField = 'title' | 'date' | 'source';

const invalid = (message: string) => new LibraryError('invalid-input', message);

/** The edit checked and tidied: a title of 1–1,000 characters, a real day or null, a source or null. */
export function checkedEdit(edit: ArticleEdit): ArticleEdit {
  const out: ArticleEdit = {};
  if (edit.title !== undefined) {
    const title = withoutHiddenControls(edit.title).replace(/\s+/g, ' ').trim();
    if (!title) throw invalid('The title cannot be empty.');
    if (title.length > 1000) throw invalid('The title is at most 1,000 characters.');
    out.title = title;
  }
  if (edit.date !== undefined) {
    if (edit.date !== null && !isSaneIsoDay(edit.date))
      throw invalid(`The date “${edit.date}” is not a real day written YYYY-MM-DD.`);
    out.date = edit.date;
  }
  if (edit.source !== undefined) {
    const source = edit.source === null ? '' : withoutHiddenControls(edit.source).replace(/\s+/g, ' ').trim();
    if (source.length > 300) throw invalid('The source is at most 300 characters.');
    out.source = source || null;
  }
  return out;
}

/**
 * Applies the user's edit to an article and remembers it; false when there is no such article. The
 * caller runs it in a transaction (the search triggers queue the article again).
 */
export function editArticle(db: Db, id: number, edit: ArticleEdit, now: string): boolean {
  const row = prepared(db, 'SELECT title, date FROM articles WHERE id = ?').get(id) as
    { title: string; date: string | null } | undefined;
  if (!row) return false;
  const e = checkedEdit(edit);
  prepared(
    db,
    `INSERT INTO article_edits (article_id, original_title, original_date, edited_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (article_id) DO NOTHING`,
  ).run(id, row.title, row.date, now);
  prepared(
    db,
    `UPDATE article_edits SET
        title = CASE WHEN @setTitle THEN @title ELSE title END,
        title_edited = CASE WHEN @setTitle THEN 1 ELSE title_edited END,
        date = CASE WHEN @setDate THEN @date ELSE date END,
        date_edited = CASE WHEN @setDate THEN 1 ELSE date_edited END,
        source = CASE WHEN @setSource THEN @source ELSE source END,
        source_edited = CASE WHEN @setSource THEN 1 ELSE source_edited END,
        edited_at = @now
      WHERE article_id = @id`,
  ).run(editParams(id, e, now));
  reapply(db, id);
  return true;
}

function editParams(id: number, e: ArticleEdit, now: string) {
  return {
    id,
    now,
    setTitle: e.title !== undefined ? 1 : 0,
    title: e.title ?? null,
    setDate: e.date !== undefined ? 1 : 0,
    date: e.date ?? null,
    setSource: e.source !== undefined ? 1 : 0,
    source: e.source ?? null,
  };
}

/** Writes the remembered edits over the article's fields; a user's date replaces the source's date text. */
function reapply(db: Db, id: number): void {
  prepared(
    db,
    `UPDATE articles SET
        title = CASE WHEN e.title_edited THEN e.title ELSE articles.title END,
        date = CASE WHEN e.date_edited THEN e.date ELSE articles.date END,
        date_text = CASE WHEN e.date_edited THEN NULL ELSE articles.date_text END,
        source = CASE WHEN e.source_edited THEN e.source ELSE articles.source END
       FROM article_edits e WHERE e.article_id = articles.id AND articles.id = ?`,
  ).run(id);
}

/**
 * After a re-import met an article (rewriting it from its source, or finding it unchanged): puts the
 * user's edits back. Returns the fields where the user's value differs from what the source says now
 * (what the import report tells the user it kept).
 */
export function keepEdits(
  db: Db,
  id: number,
  incoming: { title: string; date: string | null; source: string | null },
): EditedField[] {
  const e = prepared(
    db,
    `SELECT title, title_edited AS titleEdited, date, date_edited AS dateEdited, source,
            source_edited AS sourceEdited FROM article_edits WHERE article_id = ?`,
  ).get(id) as
    | {
        title: string | null;
        titleEdited: number;
        date: string | null;
        dateEdited: number;
        source: string | null;
        sourceEdited: number;
      }
    | undefined;
  if (!e) return [];
  reapply(db, id);
  const kept: EditedField[] = [];
  if (e.titleEdited && e.title !== incoming.title) kept.push('title');
  if (e.dateEdited && e.date !== incoming.date) kept.push('date');
  if (e.sourceEdited && e.source !== incoming.source) kept.push('source');
  return kept;
}

/** An article the user retitled or redated, found by the source's own title and day (a re-import's match). */
export function findByOriginal(
  db: Db,
  title: string,
  date: string | null,
  claimed: Set<number>,
): number | undefined {
  const rows = prepared(
    db,
    `SELECT article_id AS id FROM article_edits
      WHERE lower(original_title) = lower(?) AND original_date IS ? ORDER BY article_id`,
  ).all(title, date) as Array<{ id: number }>;
  return rows.find((r) => !claimed.has(r.id))?.id;
}
