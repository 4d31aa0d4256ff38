import { ImportError } from '../errors';
import { decodeDocument, type DecodeLimits } from './decode';
import type { ParsedArticle, SourceDocument } from './model';
import { parseCopiedText } from './text';

export type { ParsedArticle } from './model';

/** A format parser: one decoded document in, one or more articles out. */
export type FormatParser = (doc: SourceDocument) => ParsedArticle[];

/** Parsers by file extension. Later formats register here. */
const PARSERS: Record<string, FormatParser> = {
  txt: (doc) => [parseCopiedText(doc)],
  text: (doc) => [parseCopiedText(doc)],
};

/** Formats that hold exactly one article, so a huge file is a mistake rather than a dump. */
const SINGLE_ARTICLE = new Set(['txt', 'text']);

export const SUPPORTED_EXTENSIONS = Object.keys(PARSERS);

export const DEFAULT_LIMITS: DecodeLimits = { maxBytes: 50 * 1024 * 1024 };

/** Longest article body we accept from one document, in characters. */
const MAX_ARTICLE_CHARS = 5_000_000;
const MAX_TITLE_CHARS = 300;

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot >= 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** Checks, decodes and parses one file's bytes into articles; throws ImportError with a sentence. */
export function parseDocument(name: string, bytes: Uint8Array, limits: DecodeLimits = DEFAULT_LIMITS): ParsedArticle[] {
  const ext = extensionOf(name);
  const parser = PARSERS[ext];
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
  const articles = parser({ name, text }).map((a) => ({ ...a, title: a.title.slice(0, MAX_TITLE_CHARS) }));
  const withContent = articles.filter((a) => a.blocks.length > 0);
  if (withContent.length === 0) {
    throw new ImportError('no-content', `${name} has no article text after its title.`);
  }
  return withContent;
}
