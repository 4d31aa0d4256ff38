/**
 * The shapes of a syllabus and of the suggestions made from it. Plain data only, so the same types
 * serve the built-in UPSC syllabus, a state PSC's file, the classifier and (later) the database.
 */

/** Keywords and phrases that signal a topic, per language. Phrases match as whole word sequences. */
export interface TopicKeywords {
  en: string[];
  hi: string[];
}

/** One node of a syllabus tree: a paper, a section or a topic. */
export interface SyllabusTopic {
  /** Stable dotted id (`gs3.environment.conservation`); the parent's id is everything before the last dot. */
  id: string;
  /** The parent's id, or null for a paper (a root). */
  parent: string | null;
  name: string;
  description: string;
  /** The name in Hindi, shown in the Hindi interface; absent when the syllabus gives none or the student renamed it. */
  nameHi?: string;
  /** The description in Hindi; absent when the syllabus gives none or the student rewrote it. */
  descriptionHi?: string;
  keywords: TopicKeywords;
  /** Tags other sources use for this topic (Drishti's `Conservation`, `Judgements & Cases`), lower-case. */
  sourceTags: string[];
}

/** A whole syllabus: the papers and their topics, parents listed before their children. */
export interface Syllabus {
  id: string;
  name: string;
  /** The syllabus's name in Hindi, when it has one. */
  nameHi?: string;
  topics: SyllabusTopic[];
}

/** Where a suggested topic came from, strongest first. */
export type TopicOrigin = 'user' | 'source' | 'keywords' | 'learned';

/** One syllabus topic suggested for an article. */
export interface TopicSuggestion {
  topic: string;
  name: string;
  /** 0..1; a user's choice is 1. */
  confidence: number;
  origin: TopicOrigin;
  /** What to show on hover: the words that matched, or the source tag that mapped. */
  reason: string;
}

/** The parts of an article the suggestions read: no database, no ids. */
export interface ArticleText {
  title: string;
  /** The text of the article's blocks, in order. */
  blocks: readonly string[];
  /** Tags as the source gave them (Drishti's `GS-2`, `Government Policies & Interventions`). */
  tags: readonly string[];
}
