/** Domain types shared by the core, the IPC contract and the renderer. Pure TypeScript. */
import type { ArticleTopic } from './syllabus';
import type { CoreCode, CoreParams } from './message-codes';

export const BLOCK_KINDS = ['heading', 'paragraph', 'bullet', 'table', 'quote', 'caption'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** Highlight colours, each with the meaning an aspirant gives it. */
export const HIGHLIGHT_COLORS = ['important', 'revise', 'doubt', 'fact'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

export const HIGHLIGHT_LABELS: Record<HighlightColor, string> = {
  important: 'Important',
  revise: 'Revise',
  doubt: 'Doubt',
  fact: 'Fact / figure',
};

/** How a list's items are marked: bullets or numbers. */
export const LIST_STYLES = ['bulleted', 'numbered'] as const;
export type ListStyle = (typeof LIST_STYLES)[number];

/** A piece of an article as we store and render it: never raw HTML. */
export interface Block {
  id: number;
  kind: BlockKind;
  /** Plain text; for a table, its rows one per line with cells joined by ` | `. */
  text: string;
  /** Heading level (1–6) or bullet nesting depth (0 = top level); 0 for other kinds. */
  level: number;
  /** Bullets only: whether the source list was bulleted or numbered (absent when unknown). */
  listStyle?: ListStyle;
  /** Tables only: the rows, each a list of cell texts. */
  rows?: string[][];
}

export interface ArticleSummary {
  id: number;
  title: string;
  /** Calendar day `YYYY-MM-DD`, or null when the source gave no date we could trust. */
  date: string | null;
  /** Tags that came from the source. */
  tags: string[];
  /** Tags the user added. */
  userTags: string[];
  source: string | null;
  read: boolean;
  noteCount: number;
  /** Starred by the user. */
  starred?: boolean;
  /** True for the first-run sample articles (absent otherwise). */
  sample?: boolean;
}

export interface Annotation {
  id: number;
  articleId: number;
  blockId: number | null;
  color: HighlightColor | null;
  note: string;
  /** The text of the block when the note was written, kept so a note is never without its context. */
  quote: string;
  createdAt: string;
  updatedAt: string;
  // The fields below are always set by the core; optional only so older literals still type-check.
  /** `block`: a note on the whole block; `span`: a highlight of some of its words (`quote` is them). */
  kind?: AnnotationKind;
  /** Spans: up to 32 characters of the block before and after the highlight (W3C TextQuoteSelector). */
  prefix?: string;
  suffix?: string;
  /** Spans: the highlight's offsets `[start, end)` in the block's text (W3C TextPositionSelector); null for blocks. */
  start?: number | null;
  end?: number | null;
  /** True when the note's block is gone and re-anchoring could not place it: it waits to be re-attached. */
  orphaned?: boolean;
  /**
   * Tables: the row (0 = the header, the line of the table's text) a span covers whole, which makes it
   * a note on that row; null for any other note. Derived from the offsets, never stored.
   */
  row?: number | null;
}

export const ANNOTATION_KINDS = ['block', 'span'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

export interface Article extends ArticleSummary {
  dateText: string | null;
  url: string | null;
  blocks: Block[];
  annotations: Annotation[];
  /**
   * Set when `annotations` holds only the notes of the first `fromBlock` blocks (the first screen,
   * issue 17): `total` notes in all, the rest to be asked for with `listArticleNotesAfter`.
   */
  moreAnnotations?: { fromBlock: number; total: number };
  /** The user's note on the whole article (Markdown); set by the core, optional for older literals. */
  articleNote?: string;
  starred?: boolean;
  /** The article's syllabus topics (issue 16): set by the `getArticle` channel. */
  syllabus?: ArticleTopic[];
  /** Where the user left it (the reader resumes there); null when never read past the top. */
  position?: { blockId: number | null; offset: number } | null;
  /** The source's `Read more: <another article>` lines, kept apart from the text, in order. */
  links?: ArticleLink[];
}

/** A related link of an article; `articleId` is the library's article of that title, when there is one. */
export interface ArticleLink {
  title: string;
  url: string | null;
  articleId: number | null;
}

/** An annotation with the article it belongs to, for the notes view and export. */
export interface NoteEntry extends Annotation {
  articleTitle: string;
  articleDate: string | null;
  articleTags: string[];
}

export interface TagCount {
  name: string;
  count: number;
}

export interface SearchHit {
  id: number;
  title: string;
  date: string | null;
  tags: string[];
  userTags: string[];
  score: number;
  snippet: string;
  /** Character ranges `[start, end)` inside `snippet` that matched the query. */
  highlights: Array<[number, number]>;
}

export interface ArticleFilter {
  from?: string;
  to?: string;
  tag?: string;
  /** Only articles with no known date. */
  undated?: boolean;
  /** With `tag`: only where the source gave the tag, or only where the user added it. */
  tagOrigin?: 'source' | 'user';
  /** Only starred articles. */
  starred?: boolean;
  /** Only unread articles. */
  unread?: boolean;
  /** Only articles placed on this syllabus topic or a topic under it (`gs3.environment`). */
  syllabus?: string;
}

/** Where a page of the library list ends: its last article's date and id (the list's sort key). */
export interface ArticleListCursor {
  date: string | null;
  id: number;
}

/** A page of the library list, with how many articles (and unread ones) the whole filtered list has. */
export interface ArticlePage {
  articles: ArticleSummary[];
  total: number;
  unread: number;
  /** Where the next page starts; null on the last page. */
  nextCursor: ArticleListCursor | null;
}

export interface NoteFilter extends ArticleFilter {
  color?: HighlightColor;
  articleId?: number;
  /** The article's source (site or publisher), exactly. */
  source?: string;
  /** Words that must all appear in the note or its highlighted text (case-insensitive). */
  query?: string;
  /** Only notes whose block is gone (true), or only placed ones (false). */
  orphaned?: boolean;
  /** Notes written on or after / on or before this local day, `YYYY-MM-DD` (`from`/`to` are article days). */
  writtenFrom?: string;
  writtenTo?: string;
}

/**
 * The code and parameters of a report line's English sentence (`src/shared/message-codes.ts`), so the
 * window can show it in its own language; absent when no template makes the sentence.
 */
export interface CodedSentence {
  code?: CoreCode;
  params?: CoreParams;
}

export interface ImportReport {
  imported: Array<{ id: number; title: string; path: string }>;
  duplicates: Array<{ path: string; id: number }>;
  /**
   * Files that could not be imported. A data dump whose fields were not recognised says so with
   * `kind: 'unmapped-fields'` and lists its `fields`, so they can be mapped (dialog, `--map`).
   */
  failed: Array<{ path: string; error: string; kind?: 'unmapped-fields'; fields?: string[] } & CodedSentence>;
  /** Articles already in the library (same URL, title and date) whose text was replaced in place. */
  updated?: Array<{ id: number; title: string; path: string }>;
  /** Records inside a file that were left out, each with the reason (a navigation page, an empty record). */
  skipped?: Array<{ path: string; title: string; reason: string } & CodedSentence>;
  /** Things to know that did not stop a file (text kept flat past a nesting limit, …). */
  warnings?: Array<{ path: string; warning: string } & CodedSentence>;
  /**
   * Articles met again whose title, date or source the user had edited: the user's value was kept over
   * the source's (`fields` names which).
   */
  keptEdits?: Array<{ id: number; title: string; path: string; fields: Array<'title' | 'date' | 'source'> }>;
  /** Articles that were in the trash and came back, with their notes, because this import held them again. */
  restored?: Array<{ id: number; title: string; path: string }>;
  /** True when the user cancelled before every file was imported. */
  cancelled?: boolean;
}

/** The roles a data dump's fields can play. */
export const DUMP_FIELD_ROLES = ['title', 'body', 'date', 'tags', 'url', 'source'] as const;
export type DumpFieldRole = (typeof DUMP_FIELD_ROLES)[number];

/** Which field of a data dump holds what; `''` means none (no field plays that role). */
export type DumpFieldMap = Partial<Record<DumpFieldRole, string>>;

/** A data dump's fields and how its first records would import with a field map (the mapping dialog). */
export interface DumpPreview {
  /** The file's fields in the order they first appear, each with a value from the first record that has one. */
  fields: Array<{ name: string; sample: string }>;
  /** The map shown: the one asked for, else the recognised fields and guesses for the others. */
  map: DumpFieldMap;
  /** The fields recognised by their names alone. */
  recognised: DumpFieldMap;
  /** How many records the file holds. */
  records: number;
  /** The first records as they would import (or why one would be left out). */
  articles: Array<{
    label: string;
    title: string;
    date: string | null;
    dateText: string | null;
    tags: string[];
    /** The start of the article's text. */
    firstLine: string;
    /** Why this record would be left out, or null. */
    skipped: string | null;
  }>;
  /** Why nothing would import with this map (no body field chosen), or null. */
  problem: string | null;
}

/** Where a folder or batch import stands, reported after each file. */
export interface ImportProgress {
  /** Files finished so far. */
  done: number;
  total: number;
  /** The file being imported next (or the last one, when done === total). */
  current: string;
  /** Seconds left at the pace so far, or null before the first file is done. */
  etaSeconds: number | null;
  imported: number;
  updated: number;
  duplicates: number;
  failed: number;
}

// ---- Notes: the notebook, the trash, revision and study settings ----

export const NOTEBOOK_GROUPINGS = ['article', 'tag', 'day'] as const;
export type NotebookGrouping = (typeof NOTEBOOK_GROUPINGS)[number];

/** One page of the notebook: the notes matching a filter, in the order of their grouping. */
export interface NotebookQuery extends NoteFilter {
  groupBy?: NotebookGrouping;
  offset?: number;
  limit?: number;
}

/** A note as the notebook lists it, with the group it is shown under. */
export interface NotebookEntry extends NoteEntry {
  articleSource: string | null;
  /** The group key: an article id, a tag name ('' for untagged articles) or the local day it was written. */
  group: string;
  groupLabel: string;
}

export interface NotebookPage {
  entries: NotebookEntry[];
  /** The offset of the next page, or null after the last one. */
  nextOffset: number | null;
}

/** The size of a notebook query: rows listed (with `groupBy: 'tag'` a note once per tag) and notes. */
export interface NotebookCount {
  rows: number;
  notes: number;
}

/** Study rhythm for one local day: articles marked read and notes written. */
export interface HeatMapDay {
  day: string;
  articlesRead: number;
  notesWritten: number;
}

/** A deleted article in the trash, restorable until it expires (30 days after deletion). */
export interface DeletedArticle {
  id: number;
  title: string;
  date: string | null;
  source: string | null;
  /** Notes (annotations) that went to the trash with it. */
  noteCount: number;
  deletedAt: string;
  expiresAt: string;
}

/** The syllabus tags, first in the sidebar: the exam's papers and stages. */
export const SYLLABUS_TAGS = ['GS-1', 'GS-2', 'GS-3', 'GS-4', 'Prelims', 'Essay'] as const;

/** A tag in one group, counted over its own origin only (a user's "GS-2" never adds to the source's). */
export interface GroupedTag {
  name: string;
  count: number;
  origin: 'source' | 'user';
}

/** The tag list in three groups: the syllabus tags the sources gave, the user's own, the sources' others. */
export interface TagGroups {
  syllabus: GroupedTag[];
  user: GroupedTag[];
  source: GroupedTag[];
}

/** A change to an article's title, date (null: undated) or source; fields left out stay as they are. */
export interface ArticleEdit {
  title?: string;
  date?: string | null;
  source?: string | null;
}

/** A deleted note, restorable until it expires (30 days after deletion). */
export interface DeletedNote extends NoteEntry {
  deletedAt: string;
  expiresAt: string;
}

/** The user's own layer over a whole article. */
export interface ArticleNote {
  articleId: number;
  note: string;
  starred: boolean;
  updatedAt: string | null;
}

/** A `[[title]]` link in a note, resolved to an article (null when no article has that title). */
export interface NoteLink {
  title: string;
  articleId: number | null;
}

export const REVIEW_GRADES = ['again', 'hard', 'good', 'easy'] as const;
export type ReviewGrade = (typeof REVIEW_GRADES)[number];

export const CARD_STATES = ['new', 'learning', 'review', 'relearning'] as const;
export type CardState = (typeof CARD_STATES)[number];

/** A revision card made from an annotation: the front is the block (a cloze for a span), the back the note. */
export interface ReviewCard {
  cardId: number;
  annotationId: number;
  articleId: number;
  articleTitle: string;
  /** The block the note is on now; null while the note is orphaned. */
  blockId: number | null;
  /** The front: the block's text, with a span's words replaced by `[…]` on a cloze card. */
  prompt: string;
  /** The hidden words of a cloze card, or null. */
  cloze: string | null;
  /** The back: the note, Markdown. */
  note: string;
  color: HighlightColor | null;
  /** When the card is next due, ISO date-time. */
  due: string;
  state: CardState;
  reps: number;
  lapses: number;
  lastReview: string | null;
  /**
   * When each grade would bring the card back, in milliseconds after now: computed by the same
   * scheduler (FSRS, compressed towards the exam) that grading uses. Present on the review queue's cards.
   */
  intervals?: Record<ReviewGrade, number>;
}

export const EXAM_KINDS = ['prelims', 'mains'] as const;
export type ExamKind = (typeof EXAM_KINDS)[number];

/** Today's progress and the load ahead, up to the next exam. */
export interface ReviewStats {
  /** Reviews done today, and cards still due before the end of today. */
  today: { reviewed: number; due: number };
  /** Cards due now (overdue included): what a session would show at once. */
  dueNow: number;
  /**
   * Cards due soon, grouped by the minute they fall due (`inMs` after now, soonest first, and their local
   * `day`): those due later today, and those due within the hour even past midnight.
   */
  soon: Array<{ inMs: number; cards: number; day: string }>;
  /** Cards due on each local day from today until the exam's eve (30 days without an exam); overdue ones count today. */
  forecast: Array<{ day: string; due: number }>;
  /** The next exam the schedule is compressed towards, or null when none is set ahead. */
  exam: { kind: ExamKind; date: string; daysLeft: number } | null;
  cards: number;
}

/** What the user sets for their study: exam dates and the meaning of each highlight colour. */
export interface StudySettings {
  prelimsDate: string | null;
  mainsDate: string | null;
  colorNames: Record<HighlightColor, string>;
  /** Every note or highlight of `autoCardColors` gets a review card by itself (on by default). */
  autoCards: boolean;
  /** The colours whose notes get cards by themselves; Revise by default. */
  autoCardColors: HighlightColor[];
}

/** The file formats notes and articles can be exported to. */
export const EXPORT_FORMATS = ['md', 'pdf', 'docx', 'anki', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What an export would hold, shown live in the export dialog. */
export interface ExportPreview {
  title: string;
  description: string;
  articleCount: number;
  noteCount: number;
  articles: Array<{
    id: number;
    title: string;
    date: string | null;
    tags: string[];
    items: Array<{
      kind: string;
      level: number;
      text: string;
      color: HighlightColor | null;
      notes: Array<{ color: HighlightColor | null; note: string }>;
    }>;
  }>;
}

/**
 * The first articles of an export as the format writes them, for the export dialog's preview:
 * Markdown text, the HTML the PDF is printed from, Anki's cards (HTML fields), or the CSV's rows.
 */
export type ExportSample = { format: ExportFormat; articles: number } & (
  | { kind: 'markdown'; text: string }
  | { kind: 'page'; html: string }
  | {
      kind: 'cards';
      cards: Array<{ notetype: string; front: string; back: string; tags: string }>;
      more: number;
    }
  | { kind: 'table'; columns: string[]; rows: string[][]; more: number }
);

// ---- Feeds: subscribed RSS and Atom addresses, refreshed on demand ----

/**
 * How a feed's last fetch went: `pending` before the first one; `unchanged` when the server said
 * 304 Not Modified; `unreachable` when the network failed (offline, refused, timed out); `failed`
 * for any other problem (an error answer, not a feed).
 */
export const FEED_STATUSES = ['pending', 'ok', 'unchanged', 'failed', 'unreachable'] as const;
export type FeedStatus = (typeof FEED_STATUSES)[number];

/** A subscription and how its last fetch went. */
export interface Feed {
  id: number;
  url: string;
  /** The feed's own title, learned on the first fetch; null until then. */
  title: string | null;
  addedAt: string;
  /** The last attempt, and the last one that reached the feed (ISO times), or null. */
  lastFetchedAt: string | null;
  lastSuccessAt: string | null;
  status: FeedStatus;
  /** Why the last fetch failed, when it did. */
  error: string | null;
  /** New and updated articles from the last successful fetch, and the items the feed held then. */
  lastNew: number;
  lastUpdated: number;
  itemCount: number | null;
  /** The last fetch in one sentence. */
  message: string;
}

/** What one refresh of one feed did. */
export interface FeedRefresh {
  id: number;
  url: string;
  title: string | null;
  status: Exclude<FeedStatus, 'pending'>;
  /** Articles added, articles updated in place, and items already in the library as they are. */
  new: number;
  updated: number;
  unchanged: number;
  articles: Array<{ id: number; title: string; change: 'new' | 'updated' }>;
  error: string | null;
  message: string;
}

/** A refresh of every feed: each feed's result, totals, and whether the network could not be reached at all. */
export interface FeedsRefreshReport {
  feeds: FeedRefresh[];
  new: number;
  updated: number;
  /** Feeds that failed or could not be reached. */
  failed: number;
  /** Every feed was unreachable: the laptop is most likely offline. */
  offline: boolean;
  message: string;
}

/** A new subscription and its first fetch (which may have found the laptop offline). */
export interface FeedSubscribeResult {
  feed: Feed;
  refresh: FeedRefresh;
  offline: boolean;
  message: string;
}

/** Subscriptions taken from an OPML file (not fetched yet). */
export interface FeedsFromOpml {
  added: Feed[];
  /** Feeds of the file already subscribed to. */
  existing: Feed[];
  message: string;
}
