/**
 * A syllabus topic's words in the interface's language: the Hindi name, path and description the
 * syllabus gives (`nameHi`, `pathHi`, `descriptionHi`) in the Hindi interface, else the English ones.
 * A student's rename needs no rule here: the core drops the Hindi name of a renamed topic, so the
 * student's name is the one shown in both languages.
 */
import { useT } from '../../i18n';

/** Anything named like a topic: a tree node, an article's topic, a gap, a syllabus. */
export interface NamedTopic {
  name: string;
  nameHi?: string;
}

/** True when the interface language is Hindi (`hi`, or a regional tag like `hi-IN`). */
export const isHindi = (language: string | undefined): boolean => (language ?? '').startsWith('hi');

/** The topic's name in `language`. */
export function topicName(topic: NamedTopic, language: string | undefined): string {
  return isHindi(language) && topic.nameHi ? topic.nameHi : topic.name;
}

/** The topic's path (`GS Paper 3 › Environment › Conservation`) in `language`. */
export function topicPathText(
  topic: { path: string; pathHi?: string },
  language: string | undefined,
): string {
  return isHindi(language) && topic.pathHi ? topic.pathHi : topic.path;
}

/** The topic's description in `language`. */
export function topicDescription(
  topic: { description: string; descriptionHi?: string },
  language: string | undefined,
): string {
  return isHindi(language) && topic.descriptionHi ? topic.descriptionHi : topic.description;
}

/** The three helpers bound to the interface's current language, for components. */
export function useTopicWords() {
  const { i18n } = useT();
  const language = i18n.language;
  return {
    name: (topic: NamedTopic) => topicName(topic, language),
    path: (topic: { path: string; pathHi?: string }) => topicPathText(topic, language),
    description: (topic: { description: string; descriptionHi?: string }) =>
      topicDescription(topic, language),
  };
}
