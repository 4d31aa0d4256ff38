import type { ArticleTerms } from '../syllabus/text';
import type { PlacedTopics } from './placement';
import type { BlockKind, ListStyle } from '../../../shared/domain';

/** A block as a parser produces it, before it has an id. */
export interface ParsedBlock {
  kind: BlockKind;
  text: string;
  level: number;
  /** Bullets: bulleted or numbered, when the source said. */
  listStyle?: ListStyle;
  /** Tables: rows of cell texts (`text` holds the same, one row a line). */
  rows?: string[][];
}

/** One article as a parser read it from a file, ready to be stored. */
export interface ParsedArticle {
  title: string;
  /** `YYYY-MM-DD` or null when no trustworthy date was found. */
  date: string | null;
  /** The date as the source wrote it, kept even when it could not be parsed. */
  dateText: string | null;
  /** Tags as the source gave them, already normalised. */
  tags: string[];
  /** The site or publisher, when known. */
  source: string | null;
  url: string | null;
  blocks: ParsedBlock[];
  /**
   * In a file of independent records (a data dump's record, a feed's item): the record's label
   * (`row 5`, `record 3`, `line 4`, `item 2`). The runner stores such a file a slice of records at a
   * time, each record (its articles) on its own; a file whose articles have no label is stored whole.
   */
  record?: string;
  /**
   * Which evidence gave `date`: the release's own dateline, a `Date:` meta line, a signed tweet, a date in
   * the first sentence, a record's date field, the page's day, the URL, or the file's name. Kept for
   * reports and re-import decisions; not stored and not part of the CLI's JSON.
   */
  dateSource?: DateSource;
  /** Related articles the source linked to (`Read more: …`), kept apart from the text. */
  links?: RelatedLink[];
  /**
   * The title and text analysed as the syllabus reads them (`articleTerms`), computed by the parse
   * worker so that the main thread does not stem every word again when it places a new article.
   */
  syllabusTerms?: ArticleTerms;
  /**
   * With `placed`, instead of `syllabusTerms`: the article's distinct terms joined in one string
   * (`joinDistinctTerms`), sent only when a source tag placed it (the learned model learns from them).
   */
  learnedTerms?: string;
  /** The syllabus topics the parse worker chose for the article as a new one (see placement.ts). */
  placed?: PlacedTopics;
  /** `contentHash` of the article as parsed, computed by the parse worker (the main thread's store uses it). */
  contentHash?: string;
}

/** Where an article's date came from, best evidence first. */
export type DateSource =
  'dateline' | 'meta-line' | 'field' | 'tweet' | 'first-sentence' | 'page' | 'url' | 'file-name';

/** A link to another article (`Read more: Hoysala Temples`), with its address when the source gave one. */
export interface RelatedLink {
  title: string;
  url: string | null;
}

/** A record inside a file that was deliberately left out, and why. */
export interface SkippedRecord {
  title: string;
  reason: string;
}

/** What a parser made of one file: the articles, and the records it left out or could not read. */
export interface ParseOutcome {
  articles: ParsedArticle[];
  skipped: SkippedRecord[];
  /** Things the user should know that did not stop the import (content cut at a nesting limit, …). */
  warnings: string[];
}

/** Explicit field names for data dumps (`--map title=headline,body=fullText`). */
export interface FieldMap {
  title?: string;
  date?: string;
  tags?: string;
  body?: string;
  url?: string;
  source?: string;
}

/** A decoded file handed to a format parser. */
export interface SourceDocument {
  /** File name (used for messages, the format and as a last-resort date source). */
  name: string;
  text: string;
  /** Field mapping for data dumps, when the user gave one. */
  map?: FieldMap;
}
