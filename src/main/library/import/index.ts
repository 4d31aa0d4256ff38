import { ImportError } from '../errors';
import { decodeDocument, type DecodeLimits } from './decode';
import { parseDump } from './dump';
import { parseFeed } from './feed';
import { parseHtml } from './html';
import { parseMarkdown } from './markdown';
import type { FieldMap, ParseOutcome, ParsedArticle, SourceDocument } from './model';
import { parseCopiedText } from './text';

export type { FieldMap, ParseOutcome, ParsedArticle, SkippedRecord } from './model';

/** A format parser: one decoded document in, its articles (and what it left out) out. */
export type FormatParser = (doc: SourceDocument) => ParseOutcome;

const single =
  (parse: (doc: SourceDocument) => ParsedArticle): FormatParser =>
  (doc) => ({ articles: [parse(doc)], skipped: [], warnings: [] });

/** Parsers by file extension. */
const PARSERS: Record<string, FormatParser> = {
  txt: single(parseCopiedText),
  text: single(parseCopiedText),
  html: parseHtml,
  htm: parseHtml,
  xhtml: parseHtml,
  md: parseMarkdown,
  markdown: parseMarkdown,
  json: parseDump,
  jsonl: parseDump,
  ndjson: parseDump,
  csv: parseDump,
  rss: parseFeed,
  atom: parseFeed,
  xml: parseFeed,
  opml: parseFeed,
};

/** Formats that hold exactly one article, so a huge file is a mistake rather than a dump. */
const SINGLE_ARTICLE = new Set(['txt', 'text', 'md', 'markdown']);

export const SUPPORTED_EXTENSIONS = Object.keys(PARSERS);

export const DEFAULT_LIMITS: DecodeLimits = { maxBytes: 50 * 1024 * 1024 };

/** Longest article body we accept from one document, in characters. */
const MAX_ARTICLE_CHARS = 5_000_000;
/** A guard against a whole article read as its title, not a cut for the screen. */
const MAX_TITLE_CHARS = 1_000;

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot >= 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** True when Bulletin has a parser for the file's extension. */
export function isSupportedFile(name: string): boolean {
  return Object.hasOwn(PARSERS, extensionOf(name));
}

export interface ParseOptions {
  limits?: DecodeLimits;
  /** Field names for data dumps, from the mapping dialog or `--map`. */
  map?: FieldMap;
}

/**
 * Checks, decodes and parses one file's bytes into articles; throws ImportError with a sentence when
 * the whole file cannot be read. Records a dump could not read are reported in `skipped`.
 */
export function parseFile(name: string, bytes: Uint8Array, options: ParseOptions = {}): ParseOutcome {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const ext = extensionOf(name);
  const parser = Object.hasOwn(PARSERS, ext) ? PARSERS[ext] : undefined;
  if (!parser) {
    throw new ImportError(
      'unsupported',
      `${name}: Bulletin cannot import ${ext ? `.${ext}` : 'extension-less'} files (it reads ${SUPPORTED_EXTENSIONS.map((e) => `.${e}`).join(', ')}).`,
    );
  }
  const text = decodeDocument(name, bytes, limits);
  if (text.trim() === '') throw new ImportError('empty', `${name} holds only blank space.`);
  if (text.length > MAX_ARTICLE_CHARS && SINGLE_ARTICLE.has(ext)) {
    throw new ImportError(
      'too-large',
      `${name} is too long for one article (${text.length.toLocaleString('en')} characters; the limit is ${MAX_ARTICLE_CHARS.toLocaleString('en')}).`,
    );
  }
  refuseConflicted(name, ext, text);
  const read = byContent(name, ext, text);
  const outcome = (read?.parser ?? parser)({ name, text, map: options.map });
  if (read) outcome.warnings.unshift(read.warning);
  const articles = outcome.articles
    .map((a) => ({ ...a, title: a.title.slice(0, MAX_TITLE_CHARS) }))
    .filter((a) => a.blocks.length > 0);
  if (articles.length === 0) {
    if (outcome.skipped.length > 0) {
      throw new ImportError('no-content', `${name} has no article to import: ${outcome.skipped[0]!.reason}.`);
    }
    throw new ImportError('no-content', `${name} has no article text after its title.`);
  }
  return { ...outcome, articles };
}

const DUMP_EXTENSIONS = new Set(['json', 'jsonl', 'ndjson']);
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const FEED_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF|opml)[\s>]/;

/** What the text looks like, whatever its extension says. */
function looksLike(text: string): 'json' | 'json lines' | 'html' | 'feed' | null {
  const head = text.slice(0, 2_000);
  if (HTML_START.test(head)) return 'html';
  if (FEED_START.test(head)) return 'feed';
  if (/^\s*[[{]/.test(head)) {
    if (/^\s*\{[^\n]*\}\s*\n\s*\{/.test(text.slice(0, 1_000_000))) return 'json lines';
    try {
      JSON.parse(text);
      return 'json';
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * A file whose extension does not match its content is read by its content, with a warning saying so:
 * a JSON dump saved as `.txt` is a dump, not one article titled `[`; an HTML page saved as `.json` is a page.
 */
function byContent(
  name: string,
  ext: string,
  text: string,
): { parser: FormatParser; warning: string } | null {
  const shape = looksLike(text);
  if (shape === null) return null;
  const family = DUMP_EXTENSIONS.has(ext) ? 'dump' : Object.hasOwn(FAMILY, ext) ? FAMILY[ext]! : null;
  const wanted = shape === 'json' || shape === 'json lines' ? 'dump' : shape;
  if (family === null || family === wanted || (family === 'dump' && ext === 'csv')) return null;
  // A feed address that answers with a web page is not a feed: the feed parser refuses it with a sentence.
  if (family === 'feed' && wanted === 'html') return null;
  // Markdown and text may quote a little HTML; only a whole page is read as a page.
  const parser = wanted === 'dump' ? parseDump : wanted === 'html' ? parseHtml : parseFeed;
  const as = wanted === 'dump' ? 'a data dump' : wanted === 'html' ? 'a web page' : 'a feed';
  return {
    parser,
    warning: `${name} looks like ${shape === 'html' ? 'HTML' : shape === 'feed' ? 'an RSS/Atom feed' : shape === 'json' ? 'JSON' : 'JSON Lines'}, not .${ext}: read as ${as}`,
  };
}

const FAMILY: Record<string, 'text' | 'html' | 'feed' | 'dump'> = {
  txt: 'text',
  text: 'text',
  md: 'text',
  markdown: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  rss: 'feed',
  atom: 'feed',
  xml: 'feed',
  opml: 'feed',
};

/** A JSON file left mid-merge by git cannot be read, and the reason is worth saying. */
function refuseConflicted(name: string, ext: string, text: string): void {
  if (!DUMP_EXTENSIONS.has(ext) && !/^\s*[[{<]/.test(text.slice(0, 100))) return;
  if (/^<{7}(?: |$)[\s\S]*^={7}$[\s\S]*^>{7}(?: |$)/m.test(text)) {
    throw new ImportError(
      'unreadable',
      `${name} has git merge-conflict markers (<<<<<<<, =======, >>>>>>>): resolve the conflict, then import it again.`,
    );
  }
}

/** Checks, decodes and parses one file's bytes into articles; throws ImportError with a sentence. */
export function parseDocument(
  name: string,
  bytes: Uint8Array,
  limits: DecodeLimits = DEFAULT_LIMITS,
): ParsedArticle[] {
  return parseFile(name, bytes, { limits }).articles;
}
