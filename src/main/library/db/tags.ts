import { SYLLABUS_TAGS, type GroupedTag, type TagCount, type TagGroups } from '../../../shared/domain';
import type { Db } from './connection';
import { withoutHiddenControls } from '../../../shared/limits';
import { userTag } from '../user-input';
import { prepared } from './statements';

export type TagOrigin = 'source' | 'user';

function tagId(db: Db, name: string): number {
  prepared(db, 'INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING').run(name);
  return (prepared(db, 'SELECT id FROM tags WHERE name = ?').get(name) as { id: number }).id;
}

/**
 * Tags an article; false when it already had the tag. A user's tag is checked here, in the core, so no
 * caller can store one over the limit.
 */
export function addArticleTag(db: Db, articleId: number, name: string, origin: TagOrigin): boolean {
  return (
    prepared(db, 'INSERT OR IGNORE INTO article_tags (article_id, tag_id, origin) VALUES (?, ?, ?)').run(
      articleId,
      tagId(db, origin === 'user' ? userTag(name) : name),
      origin,
    ).changes > 0
  );
}

/**
 * Removes a tag by its name as given or as it would be stored (a tag stored before the limits still goes);
 * false when the article did not have it.
 */
export function removeArticleTag(db: Db, articleId: number, name: string, origin: TagOrigin): boolean {
  return (
    prepared(
      db,
      `DELETE FROM article_tags WHERE article_id = ? AND origin = ?
         AND tag_id IN (SELECT id FROM tags WHERE name IN (?, ?))`,
    ).run(articleId, origin, name, withoutHiddenControls(name).replace(/\s+/g, ' ').trim()).changes > 0
  );
}

export function listArticleTags(db: Db, articleId: number, origin: TagOrigin): string[] {
  return prepared(
    db,
    `SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id
      WHERE at.article_id = ? AND at.origin = ? ORDER BY t.name`,
  )
    .pluck()
    .all(articleId, origin) as string[];
}

/**
 * Every tag in use with the number of articles carrying it, source and user tags together. An article
 * with a tag from both counts once: its user row is skipped when a source row exists. Written so, the
 * count is one pass over the (tag, origin, article) index, not a DISTINCT sort per tag.
 */
export function countTags(db: Db): TagCount[] {
  return prepared(
    db,
    `SELECT t.name, c.count
       FROM (SELECT tag_id, count(*) AS count FROM article_tags a
              WHERE origin = 'source'
                 OR NOT EXISTS (SELECT 1 FROM article_tags s
                                 WHERE s.article_id = a.article_id AND s.tag_id = a.tag_id AND s.origin = 'source')
              GROUP BY tag_id) c
       JOIN tags t ON t.id = c.tag_id
      ORDER BY c.count DESC, t.name`,
  ).all() as TagCount[];
}

/**
 * The tags in three groups, each counted over its own origin: the syllabus tags the sources gave (in the
 * syllabus's order), the user's own tags, and the sources' other tags (most used first). A user's "GS-2"
 * sits among the user's tags and never adds to the source's "GS-2".
 */
export function groupTags(db: Db): TagGroups {
  // Counted per (tag, origin) from the index alone, then named: 22 tags, not 100,000 rows, are joined.
  const rows = prepared(
    db,
    `SELECT t.name, c.origin, c.count
       FROM (SELECT tag_id, origin, count(*) AS count FROM article_tags GROUP BY tag_id, origin) c
       JOIN tags t ON t.id = c.tag_id
      ORDER BY c.count DESC, t.name`,
  ).all() as GroupedTag[];
  const syllabusOrder = new Map<string, number>(SYLLABUS_TAGS.map((name, i) => [name.toLowerCase(), i]));
  const groups: TagGroups = { syllabus: [], user: [], source: [] };
  for (const row of rows) {
    if (row.origin === 'user') groups.user.push(row);
    else if (syllabusOrder.has(row.name.toLowerCase())) groups.syllabus.push(row);
    else groups.source.push(row);
  }
  groups.syllabus.sort(
    (a, b) => syllabusOrder.get(a.name.toLowerCase())! - syllabusOrder.get(b.name.toLowerCase())!,
  );
  groups.user.sort((a, b) => a.name.localeCompare(b.name));
  return groups;
}
