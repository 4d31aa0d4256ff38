/**
 * How much of each syllabus topic the student has covered: articles, read, with notes, cards reviewed
 * and last touched, each counted once per article for a topic and everything under it; and the gaps,
 * the topics read least in the last 90 days.
 */
import type { SyllabusGap, SyllabusNode, TopicCoverage } from '../../../shared/syllabus';
import type { Db } from '../db/connection';
import type { Syllabus } from './model';
import { hindiNames, topicPath, topicsById } from './tree';

interface PlacementRow {
  article: number;
  topic: string;
  readAt: string | null;
  notes: number;
  noteAt: string | null;
  reviewed: number;
  reviewAt: string | null;
}

const later = (a: string | null, b: string | null) => (a === null ? b : b === null || a >= b ? a : b);

/** Every placement of an article on a topic of `syllabusId`, with the article's study state. */
function placements(db: Db, syllabusId: string): PlacementRow[] {
  return db
    .prepare(
      `WITH n AS (SELECT article_id, count(*) AS notes, max(updated_at) AS at FROM annotations GROUP BY article_id
                  UNION ALL
                  SELECT article_id, 1, updated_at FROM article_notes WHERE note <> ''),
            nn AS (SELECT article_id, sum(notes) AS notes, max(at) AS at FROM n GROUP BY article_id),
            c AS (SELECT n.article_id, count(*) FILTER (WHERE c.reps > 0) AS reviewed, max(c.last_review) AS at
                    FROM review_cards c JOIN annotations n ON n.id = c.annotation_id GROUP BY n.article_id)
       SELECT t.article_id AS article, t.topic_id AS topic, a.read_at AS readAt,
              coalesce(nn.notes, 0) AS notes, nn.at AS noteAt, coalesce(c.reviewed, 0) AS reviewed, c.at AS reviewAt
         FROM article_topics t JOIN articles a ON a.id = t.article_id
         LEFT JOIN nn ON nn.article_id = t.article_id LEFT JOIN c ON c.article_id = t.article_id
        WHERE t.syllabus_id = ? AND t.removed = 0
        ORDER BY t.article_id`,
    )
    .all(syllabusId) as PlacementRow[];
}

const empty = (): TopicCoverage & { readRecently: number } => ({
  articles: 0,
  read: 0,
  withNotes: 0,
  cardsReviewed: 0,
  lastTouched: null,
  readRecently: 0,
});

/** Coverage per topic of `syllabus` (an article counts once for a topic and each of its ancestors). */
export function coverage(
  db: Db,
  syllabus: Syllabus,
  recentSince: string,
): { byTopic: Map<string, TopicCoverage & { readRecently: number }>; placed: number } {
  const byId = topicsById(syllabus);
  const byTopic = new Map(syllabus.topics.map((t) => [t.id, empty()]));
  const rows = placements(db, syllabus.id);
  let placed = 0;
  for (let i = 0; i < rows.length;) {
    const first = rows[i]!;
    const reached = new Set<string>();
    for (; i < rows.length && rows[i]!.article === first.article; i++) {
      for (let id: string | null = rows[i]!.topic; id !== null && byId.has(id); id = byId.get(id)!.parent)
        reached.add(id);
    }
    if (reached.size === 0) continue;
    placed++;
    const touched = later(later(first.readAt, first.noteAt), first.reviewAt);
    for (const id of reached) {
      const c = byTopic.get(id)!;
      c.articles++;
      if (first.readAt !== null) c.read++;
      if (first.readAt !== null && first.readAt >= recentSince) c.readRecently++;
      if (first.notes > 0) c.withNotes++;
      c.cardsReviewed += first.reviewed;
      c.lastTouched = later(c.lastTouched, touched);
    }
  }
  return { byTopic, placed };
}

/** The tree's nodes with their coverage, in the syllabus's order. */
export function coverageTree(
  syllabus: Syllabus,
  byTopic: Map<string, TopicCoverage>,
  own: ReadonlySet<string>,
): SyllabusNode[] {
  return syllabus.topics.map((t) => {
    const { articles, read, withNotes, cardsReviewed, lastTouched } = byTopic.get(t.id) ?? empty();
    return {
      id: t.id,
      parent: t.parent,
      name: t.name,
      description: t.description,
      ...(t.nameHi === undefined ? {} : { nameHi: t.nameHi }),
      ...(t.descriptionHi === undefined ? {} : { descriptionHi: t.descriptionHi }),
      own: own.has(t.id),
      articles,
      read,
      withNotes,
      cardsReviewed,
      lastTouched,
    };
  });
}

/**
 * The topics (with no sub-topics) read least in the last 90 days: fewest recent reads first, then the
 * ones with the most articles waiting, since those are the gaps the library could fill today.
 */
export function coverageGaps(
  syllabus: Syllabus,
  byTopic: Map<string, TopicCoverage & { readRecently: number }>,
  limit: number,
): SyllabusGap[] {
  const byId = topicsById(syllabus);
  const parents = new Set(syllabus.topics.map((t) => t.parent).filter((p) => p !== null));
  return syllabus.topics
    .filter((t) => !parents.has(t.id) && t.parent !== null)
    .map((t) => ({ topic: t, c: byTopic.get(t.id) ?? empty() }))
    .sort(
      (a, b) =>
        a.c.readRecently - b.c.readRecently ||
        b.c.articles - a.c.articles ||
        (a.c.lastTouched ?? '').localeCompare(b.c.lastTouched ?? ''),
    )
    .slice(0, limit)
    .map(({ topic, c }) => ({
      topic: topic.id,
      name: topic.name,
      path: topicPath(byId, topic.id),
      ...hindiNames(byId, topic.id),
      readRecently: c.readRecently,
      articles: c.articles,
      lastTouched: c.lastTouched,
    }));
}
