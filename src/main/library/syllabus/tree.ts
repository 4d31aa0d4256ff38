/** Checks and walks a syllabus tree: ids, parents, papers. */
import type { Syllabus, SyllabusTopic } from './model';

/** Ids are dotted paths of lower-case words: `gs3.environment.conservation`. */
export const TOPIC_ID = /^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)*$/;

/**
 * The problems of a syllabus as sentences (empty when it is well-formed): ids unique and well
 * shaped, every parent listed before its children, names present, keywords in English and Hindi
 * when `requireBothLanguages` (the built-in syllabus promises both).
 */
export function syllabusProblems(syllabus: Syllabus, requireBothLanguages = true): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const topic of syllabus.topics) {
    const where = `topic "${topic.id}"`;
    if (!TOPIC_ID.test(topic.id))
      problems.push(`${where}: the id must be dotted lower-case words (like gs2.polity).`);
    if (seen.has(topic.id)) problems.push(`${where} appears twice.`);
    const expectedParent = topic.id.includes('.') ? topic.id.slice(0, topic.id.lastIndexOf('.')) : null;
    if (topic.parent !== expectedParent) {
      problems.push(
        `${where}: its parent should be ${expectedParent ?? 'none'}, not ${topic.parent ?? 'none'}.`,
      );
    } else if (topic.parent !== null && !seen.has(topic.parent)) {
      problems.push(`${where}: its parent "${topic.parent}" is not listed before it.`);
    }
    if (topic.name.trim() === '') problems.push(`${where} has no name.`);
    for (const [field, value] of [
      ['Hindi name', topic.nameHi],
      ['Hindi description', topic.descriptionHi],
    ] as const) {
      if (value !== undefined && !/[\u0900-\u097F]/.test(value))
        problems.push(`${where}: its ${field} is not written in Devanagari.`);
    }
    if (requireBothLanguages) {
      if (topic.keywords.en.length === 0) problems.push(`${where} has no English keywords.`);
      if (topic.keywords.hi.length === 0) problems.push(`${where} has no Hindi keywords.`);
      if (!topic.keywords.hi.every((k) => /[\u0900-\u097F]/.test(k))) {
        problems.push(`${where}: a Hindi keyword is not written in Devanagari.`);
      }
    }
    seen.add(topic.id);
  }
  return problems;
}

/** The paper (root) a topic id belongs to: `gs3.environment.conservation` → `gs3`. */
export function paperOf(topicId: string): string {
  const dot = topicId.indexOf('.');
  return dot < 0 ? topicId : topicId.slice(0, dot);
}

/** True when `ancestor` is a strict ancestor of `topicId`. */
export function isAncestor(ancestor: string, topicId: string): boolean {
  return topicId.startsWith(`${ancestor}.`);
}

/** Topics by id. */
export function topicsById(syllabus: Syllabus): Map<string, SyllabusTopic> {
  return new Map(syllabus.topics.map((t) => [t.id, t]));
}

/** The languages a topic can be named in. */
export type TopicLanguage = 'en' | 'hi';

/** A topic's name in `language`: its Hindi name when asked for Hindi and it has one, else its name. */
export function localTopicName(topic: SyllabusTopic, language: TopicLanguage): string {
  return language === 'hi' && topic.nameHi ? topic.nameHi : topic.name;
}

/** The topic's path of names for display: `GS Paper 3 › Environment › Conservation`. */
export function topicPath(
  byId: ReadonlyMap<string, SyllabusTopic>,
  topicId: string,
  language: TopicLanguage = 'en',
): string {
  const names: string[] = [];
  for (let id: string | null = topicId; id !== null; id = byId.get(id)?.parent ?? null) {
    const topic = byId.get(id);
    if (!topic) break;
    names.unshift(localTopicName(topic, language));
  }
  return names.join(' › ');
}

/**
 * The Hindi fields of a topic for the app (`nameHi`, `pathHi`), present only when the topic or one of
 * its parents has a Hindi name, so a syllabus without Hindi adds nothing to what is sent.
 */
export function hindiNames(
  byId: ReadonlyMap<string, SyllabusTopic>,
  topicId: string,
): { nameHi?: string; pathHi?: string } {
  const pathHi = topicPath(byId, topicId, 'hi');
  if (pathHi === topicPath(byId, topicId)) return {};
  const nameHi = byId.get(topicId)?.nameHi;
  return nameHi ? { nameHi, pathHi } : { pathHi };
}
