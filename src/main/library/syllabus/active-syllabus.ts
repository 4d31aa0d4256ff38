/**
 * Which syllabus the library uses, and the student's edits laid over it: the built-in UPSC syllabus
 * (in the code) or one loaded from a file (table `syllabi`), with renamed topics, added sub-topics and
 * hidden topics from `syllabus_edits`.
 */
import type { Db } from '../db/connection';
import * as settings from '../db/settings';
import type { Syllabus, SyllabusTopic, TopicKeywords } from './model';
import { UPSC_SYLLABUS } from './upsc';

const ACTIVE_KEY = 'syllabus.active';

/** The id of the syllabus in use ('upsc' until the student loads or picks another). */
export function activeSyllabusId(db: Db): string {
  const id = settings.getSetting(db, ACTIVE_KEY) ?? 'upsc';
  if (id === 'upsc') return id;
  return db.prepare('SELECT 1 FROM syllabi WHERE id = ?').get(id) ? id : 'upsc';
}

/** Makes `id` the syllabus in use. */
export function setActiveSyllabus(db: Db, id: string): void {
  settings.setSetting(db, ACTIVE_KEY, id);
}

/** Every syllabus the student can use: the built-in one first, then loaded ones by name. */
export function listSyllabi(db: Db): Array<{ id: string; name: string; nameHi?: string }> {
  const loaded = db.prepare('SELECT id, name FROM syllabi ORDER BY name, id').all() as Array<{
    id: string;
    name: string;
  }>;
  return [{ id: UPSC_SYLLABUS.id, name: UPSC_SYLLABUS.name, nameHi: UPSC_SYLLABUS.nameHi! }, ...loaded];
}

/** Stores a syllabus read from a file (replacing one with the same id). */
export function storeSyllabus(db: Db, syllabus: Syllabus, fileName: string, at: string): void {
  db.prepare(
    `INSERT INTO syllabi (id, name, file_name, topics_json, loaded_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, file_name = excluded.file_name,
       topics_json = excluded.topics_json, loaded_at = excluded.loaded_at`,
  ).run(syllabus.id, syllabus.name, fileName, JSON.stringify(syllabus.topics), at);
}

interface EditRow {
  topic_id: string;
  added: number;
  parent_id: string | null;
  name: string | null;
  description: string | null;
  keywords_json: string | null;
  hidden: number;
}

/** The syllabus `id` as stored, before the student's edits. */
function baseSyllabus(db: Db, id: string): Syllabus {
  if (id === 'upsc') return UPSC_SYLLABUS;
  const row = db.prepare('SELECT name, topics_json FROM syllabi WHERE id = ?').get(id) as
    { name: string; topics_json: string } | undefined;
  if (!row) return UPSC_SYLLABUS;
  return { id, name: row.name, topics: JSON.parse(row.topics_json) as SyllabusTopic[] };
}

/**
 * A student's rename is one name that wins in both languages: the Hindi name (and, for a rewritten
 * description, the Hindi description) goes, so the Hindi interface shows what the student wrote.
 */
function withoutRenamedHindi(topic: SyllabusTopic, edit: EditRow): SyllabusTopic {
  const { nameHi, descriptionHi, ...rest } = topic;
  return {
    ...rest,
    ...(nameHi !== undefined && edit.name === null ? { nameHi } : {}),
    ...(descriptionHi !== undefined && edit.description === null ? { descriptionHi } : {}),
  };
}

/** The syllabus `id` with the student's renames, added sub-topics and hidden topics. */
export function readSyllabus(db: Db, id: string): { syllabus: Syllabus; own: Set<string> } {
  const base = baseSyllabus(db, id);
  // Parents before children: a shorter id is never a child of a longer one.
  const edits = db
    .prepare(
      `SELECT topic_id, added, parent_id, name, description, keywords_json, hidden
         FROM syllabus_edits WHERE syllabus_id = ? ORDER BY length(topic_id), topic_id`,
    )
    .all(id) as EditRow[];
  const byTopic = new Map(edits.filter((e) => e.added === 0).map((e) => [e.topic_id, e]));
  const hidden = edits.filter((e) => e.hidden === 1).map((e) => e.topic_id);
  const isHidden = (topicId: string) => hidden.some((h) => topicId === h || topicId.startsWith(`${h}.`));
  const topics: SyllabusTopic[] = [];
  for (const topic of base.topics) {
    if (isHidden(topic.id)) continue;
    const edit = byTopic.get(topic.id);
    topics.push(
      edit
        ? {
            ...withoutRenamedHindi(topic, edit),
            name: edit.name ?? topic.name,
            description: edit.description ?? topic.description,
            keywords: edit.keywords_json ? (JSON.parse(edit.keywords_json) as TopicKeywords) : topic.keywords,
          }
        : topic,
    );
  }
  const own = new Set<string>();
  for (const edit of edits) {
    if (edit.added !== 1 || isHidden(edit.topic_id)) continue;
    const parentAt = topics.findIndex((t) => t.id === edit.parent_id);
    if (parentAt < 0) continue;
    // After the parent's last descendant, so the tree still lists parents before their children.
    let at = parentAt + 1;
    while (at < topics.length && topics[at]!.id.startsWith(`${edit.parent_id}.`)) at++;
    topics.splice(at, 0, {
      id: edit.topic_id,
      parent: edit.parent_id,
      name: edit.name ?? edit.topic_id,
      description: edit.description ?? '',
      keywords: edit.keywords_json ? (JSON.parse(edit.keywords_json) as TopicKeywords) : { en: [], hi: [] },
      sourceTags: [],
    });
    own.add(edit.topic_id);
  }
  return { syllabus: { ...base, topics }, own };
}

/** Renames a topic of syllabus `id` (a built-in or loaded one, or one the student added). */
export function renameTopic(db: Db, id: string, topicId: string, name: string, at: string): void {
  db.prepare(
    `INSERT INTO syllabus_edits (syllabus_id, topic_id, name, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (syllabus_id, topic_id) DO UPDATE SET name = excluded.name, updated_at = excluded.updated_at`,
  ).run(id, topicId, name, at);
}

/** Adds the student's own sub-topic under `parent`; its keywords are the words of its name. */
export function addOwnTopic(
  db: Db,
  id: string,
  parent: string,
  topicId: string,
  name: string,
  at: string,
): void {
  const words = name.toLowerCase();
  const keywords: TopicKeywords = /[\u0900-\u097F]/.test(words)
    ? { en: [], hi: [words] }
    : { en: [words], hi: [] };
  db.prepare(
    `INSERT INTO syllabus_edits (syllabus_id, topic_id, added, parent_id, name, keywords_json, updated_at)
     VALUES (?, ?, 1, ?, ?, ?, ?)`,
  ).run(id, topicId, parent, name, JSON.stringify(keywords), at);
}
