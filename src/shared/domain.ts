/** Domain types shared by the core, the IPC contract and the renderer. Pure TypeScript. */

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
}

export const ANNOTATION_KINDS = ['block', 'span'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

export interface Article extends ArticleSummary {
  dateText: string | null;
  url: string | null;
  blocks: Block[];
  annotations: Annotation[];
  /** The user's note on the whole article (Markdown); set by the core, optional for older literals. */
  articleNote?: string;
  starred?: boolean;
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

export interface ImportReport {
  imported: Array<{ id: number; title: string; path: string }>;
  duplicates: Array<{ path: string; id: number }>;
  failed: Array<{ path: string; error: string }>;
  /** Articles already in the library (same URL, title and date) whose text was replaced in place. */
  updated?: Array<{ id: number; title: string; path: string }>;
  /** Records inside a file that were left out, each with the reason (a navigation page, an empty record). */
  skipped?: Array<{ path: string; title: string; reason: string }>;
  /** Things to know that did not stop a file (text kept flat past a nesting limit, …). */
  warnings?: Array<{ path: string; warning: string }>;
  /** True when the user cancelled before every file was imported. */
  cancelled?: boolean;
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
}

export const EXAM_KINDS = ['prelims', 'mains'] as const;
export type ExamKind = (typeof EXAM_KINDS)[number];

/** Today's progress and the load ahead, up to the next exam. */
export interface ReviewStats {
  /** Reviews done today, and cards still due before the end of today. */
  today: { reviewed: number; due: number };
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
