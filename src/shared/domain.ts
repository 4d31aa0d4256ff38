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

/** A piece of an article as we store and render it: never raw HTML. */
export interface Block {
  id: number;
  kind: BlockKind;
  text: string;
  /** Heading level (1–6) or bullet nesting depth (0 = top level); 0 for other kinds. */
  level: number;
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
}
