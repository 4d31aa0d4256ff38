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
}

export interface Article extends ArticleSummary {
  dateText: string | null;
  url: string | null;
  blocks: Block[];
  annotations: Annotation[];
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
