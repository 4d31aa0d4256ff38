import type { BlockKind } from '../../../shared/domain';

/** A block as a parser produces it, before it has an id. */
export interface ParsedBlock {
  kind: BlockKind;
  text: string;
  level: number;
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
}

/** A decoded file handed to a format parser. */
export interface SourceDocument {
  /** File name (used for messages, the format and as a last-resort date source). */
  name: string;
  text: string;
}
