/**
 * Articles under their syllabus headings, for exports grouped by topic (the Mains revision
 * compilation): each article's main topic in the syllabus in use, with the topic's path and its place
 * in the syllabus's order.
 */
import type { Db } from '../db/connection';
import { activeSyllabusId, readSyllabus } from './active-syllabus';
import { topicPath, topicsById, type TopicLanguage } from './tree';

/** An article's heading in a compilation grouped by topic. */
export interface ArticleHeading {
  topic: string;
  /** `GS Paper 3 › Environment › Conservation`. */
  path: string;
  /** The topic's place in the syllabus, for the order of the headings. */
  order: number;
}

/**
 * The main topic of each article (the student's choice first, then the most confident), among the
 * topics under `under` when given. Articles on no topic are absent from the map. The headings are in
 * `language` (Hindi names where the syllabus has them; a student's rename is the one name).
 */
export function articleHeadings(
  db: Db,
  ids: readonly number[],
  under?: string,
  language: TopicLanguage = 'en',
): Map<number, ArticleHeading> {
  const id = activeSyllabusId(db);
  const { syllabus } = readSyllabus(db, id);
  const byId = topicsById(syllabus);
  const order = new Map(syllabus.topics.map((t, i) => [t.id, i]));
  const rows = db
    .prepare(
      `SELECT article_id AS article, topic_id AS topic FROM article_topics
        WHERE syllabus_id = ? AND removed = 0 AND article_id IN (SELECT value FROM json_each(?))
        ORDER BY article_id, origin = 'user' DESC, confidence DESC, topic_id`,
    )
    .all(id, JSON.stringify(ids)) as Array<{ article: number; topic: string }>;
  const headings = new Map<number, ArticleHeading>();
  for (const { article, topic } of rows) {
    if (headings.has(article) || !byId.has(topic)) continue;
    if (under && topic !== under && !topic.startsWith(`${under}.`)) continue;
    headings.set(article, { topic, path: topicPath(byId, topic, language), order: order.get(topic)! });
  }
  return headings;
}
