/**
 * Article text as search terms: the search index's own analysis (lunr's English stemmer and stop
 * words, the Hindi stemmer), so that a keyword, an article and the index agree on what a word is.
 */
import { SEPARATOR, termOf } from '../search/analyzer';
import type { ArticleText } from './model';

const SEPARATORS = new RegExp(SEPARATOR.source, 'g');

/**
 * The analysed terms of a text, in order (stop words dropped); `surface` gets each term's first word as
 * written (lower-cased; `surfaceOf` trims it). The words are `splitWords`'s, without an object each: the
 * text is lower-cased once and each word is one slice of it.
 */
export function termsOf(text: string, surface?: Map<string, string>): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  SEPARATORS.lastIndex = 0;
  let start = 0;
  for (;;) {
    const match = SEPARATORS.exec(lower);
    const end = match ? match.index : lower.length;
    if (end > start) {
      const word = lower.slice(start, end);
      const term = termOf(word);
      if (term !== null) {
        out.push(term);
        if (surface && !surface.has(term)) surface.set(term, word);
      }
    }
    if (!match) break;
    start = match.index + match[0].length;
  }
  return out;
}

/** A word of the article for `term`, trimmed of punctuation, to show in a reason (`conserv` → `conservation`). */
export function surfaceOf(terms: ArticleTerms, term: string): string {
  const word = terms.surface?.get(term);
  return word === undefined ? term : word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}\p{M}]+$/gu, '');
}

/** An article as term sequences: the title's and the body's, kept apart so the title can weigh more. */
export interface ArticleTerms {
  title: string[];
  body: string[];
  /** A word of the article for each term, as written (lower-cased): see `surfaceOf`. */
  surface?: Map<string, string>;
}

/** Between the terms of a joined list (see `joinDistinctTerms`): no term holds a control character. */
const TERM_JOIN = '\u0001';

/**
 * An article's distinct terms, the title's first, as one string: what the learned model learns from,
 * sent from a parse worker to the main thread. One string crosses between threads as one copy; a list
 * of a few hundred strings was copied (and read back) string by string.
 */
export function joinDistinctTerms(terms: ArticleTerms): string {
  return [...new Set([...terms.title, ...terms.body])].join(TERM_JOIN);
}

/** The terms `joinDistinctTerms` joined, as the body of an `ArticleTerms` (the model reads them as a set). */
export function splitJoinedTerms(joined: string): ArticleTerms {
  return { title: [], body: joined === '' ? [] : joined.split(TERM_JOIN) };
}

/** Longest body the suggestions read, in characters: the gist of an article is in its first pages. */
const MAX_BODY_CHARS = 20_000;

/** Analyses an article's title and the start of its body. */
export function articleTerms(article: Pick<ArticleText, 'title' | 'blocks'>): ArticleTerms {
  let body = '';
  for (const block of article.blocks) {
    if (body.length >= MAX_BODY_CHARS) break;
    body += `${block}\n`;
  }
  const surface = new Map<string, string>();
  return {
    title: termsOf(article.title, surface),
    body: termsOf(body.slice(0, MAX_BODY_CHARS), surface),
    surface,
  };
}
