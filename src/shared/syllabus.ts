/**
 * The syllabus as the app and the CLI see it (issue 16): an article's topics, the tree with its
 * coverage counts, the gaps, related articles and a story. Plain data and the zod schemas of the
 * syllabus channels, kept apart from `contract.ts` so the syllabus's shapes live in one place.
 */
import { z } from 'zod';

/** Where a topic of an article came from, strongest first. */
export const TOPIC_ORIGINS = ['user', 'source', 'keywords', 'learned'] as const;
export type ArticleTopicOrigin = (typeof TOPIC_ORIGINS)[number];

/** One syllabus topic of an article, with why it was placed there. */
export interface ArticleTopic {
  topic: string;
  name: string;
  /** The names from the paper down: `GS Paper 3 › Environment › Conservation`. */
  path: string;
  /** The name in Hindi, for the Hindi interface; absent when there is none (or the student renamed it). */
  nameHi?: string;
  /** The path in Hindi (`सामान्य अध्ययन प्रश्नपत्र-3 › पर्यावरण › संरक्षण`); absent when no name on it has Hindi. */
  pathHi?: string;
  /** 0..1; the student's own choice is 1. */
  confidence: number;
  origin: ArticleTopicOrigin;
  /** Shown on hover: the words that matched, the source tag that mapped, or "chosen by you". */
  reason: string;
}

/** How much of a topic (and everything under it) the student has covered. */
export interface TopicCoverage {
  articles: number;
  read: number;
  withNotes: number;
  /** Review cards of the topic's notes that were reviewed at least once. */
  cardsReviewed: number;
  /** The last time an article of the topic was read, annotated or reviewed (ISO time), or null. */
  lastTouched: string | null;
}

/** One node of the syllabus tree with its coverage. */
export interface SyllabusNode extends TopicCoverage {
  id: string;
  parent: string | null;
  name: string;
  description: string;
  /** The name in Hindi, for the Hindi interface; absent when there is none (or the student renamed it). */
  nameHi?: string;
  /** The description in Hindi; absent when there is none. */
  descriptionHi?: string;
  /** A sub-topic the student added. */
  own: boolean;
}

/** The active syllabus with its coverage, and the syllabi the student can switch to. */
export interface SyllabusTree {
  id: string;
  name: string;
  /** The syllabus's name in Hindi, when it has one. */
  nameHi?: string;
  topics: SyllabusNode[];
  /** Articles placed on no topic of this syllabus. */
  unplaced: number;
  syllabi: Array<{ id: string; name: string; nameHi?: string }>;
}

/** A topic read least in the last 90 days. */
export interface SyllabusGap {
  topic: string;
  name: string;
  path: string;
  /** The name and path in Hindi, when the syllabus has them (see ArticleTopic). */
  nameHi?: string;
  pathHi?: string;
  /** Articles of the topic read in the last 90 days. */
  readRecently: number;
  articles: number;
  lastTouched: string | null;
}

/** An article of the same story. */
export interface RelatedArticleSummary {
  id: number;
  title: string;
  date: string | null;
  /** Similarity to the article asked about, 0..1. */
  score: number;
}

/** One article of a story, with the student's notes on it. */
export interface StoryArticle {
  id: number;
  title: string;
  date: string | null;
  source: string | null;
  /** The article the story was opened from. */
  current: boolean;
  articleNote: string;
  notes: Array<{ id: number; quote: string; note: string; color: string | null }>;
}

const TopicId = z
  .string()
  .max(300, 'a topic id is at most 300 characters')
  .regex(
    /^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)*$/,
    'a topic id is dotted lower-case words, like gs2.polity',
  );
const TopicName = z
  .string()
  .trim()
  .min(1, 'a topic needs a name')
  .max(120, 'a topic name is at most 120 characters')
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
  .refine((t) => !/[\u0000-\u001f\u007f]/.test(t), 'a topic name cannot contain control characters');
const ArticleId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const SyllabusSchemas = {
  TopicId,
  TopicName,
  ArticleTopic: z.object({
    topic: z.string(),
    name: z.string(),
    path: z.string(),
    nameHi: z.string().optional(),
    pathHi: z.string().optional(),
    confidence: z.number(),
    origin: z.enum(TOPIC_ORIGINS),
    reason: z.string(),
  }),
  Tree: z.object({
    id: z.string(),
    name: z.string(),
    nameHi: z.string().optional(),
    topics: z.array(
      z.object({
        id: z.string(),
        parent: z.string().nullable(),
        name: z.string(),
        description: z.string(),
        nameHi: z.string().optional(),
        descriptionHi: z.string().optional(),
        own: z.boolean(),
        articles: z.number().int(),
        read: z.number().int(),
        withNotes: z.number().int(),
        cardsReviewed: z.number().int(),
        lastTouched: z.string().nullable(),
      }),
    ),
    unplaced: z.number().int(),
    syllabi: z.array(z.object({ id: z.string(), name: z.string(), nameHi: z.string().optional() })),
  }),
  Gap: z.object({
    topic: z.string(),
    name: z.string(),
    path: z.string(),
    nameHi: z.string().optional(),
    pathHi: z.string().optional(),
    readRecently: z.number().int(),
    articles: z.number().int(),
    lastTouched: z.string().nullable(),
  }),
  Related: z.object({ id: ArticleId, title: z.string(), date: z.string().nullable(), score: z.number() }),
  StoryArticle: z.object({
    id: ArticleId,
    title: z.string(),
    date: z.string().nullable(),
    source: z.string().nullable(),
    current: z.boolean(),
    articleNote: z.string(),
    notes: z.array(
      z.object({ id: ArticleId, quote: z.string(), note: z.string(), color: z.string().nullable() }),
    ),
  }),
};
