/**
 * Signs that an article stops before its end: a page whose `<html>`/`<body>` never closes, or an
 * article shorter than its own outline: it ends on a label such as `… About Policy Reforms:` that
 * announces text which is not there.
 */
import type { ParsedArticle, ParsedBlock } from './model';

/** A saved page opened `<html>` or `<body>` and never closed it: the save or the download stopped. */
export function pageLooksCutOff(html: string): boolean {
  const opened = /<(?:html|body)[\s>]/i.test(html.slice(0, 20_000));
  if (!opened) return false;
  const tail = html.slice(-4_000);
  return !/<\/(?:html|body)\s*>/i.test(tail);
}

/**
 * The article's last block promises more than follows: a label ending in a colon with nothing under
 * it. (A closing heading alone is not enough: a plain-text body makes any short last line a heading.)
 */
export function articleLooksCutOff(blocks: readonly ParsedBlock[]): boolean {
  const last = blocks.at(-1);
  if (!last || last.kind === 'table') return false;
  return /[:：]\s*$/.test(last.text);
}

/** The warning a cut-off file gets; `title` names the article when the file holds several. */
export function cutOffWarning(file: string, title?: string): string {
  return title
    ? `${file} looks cut off: “${title}” may be incomplete`
    : `${file} looks cut off: the last article may be incomplete`;
}

/** The cut-off warnings for a file's articles: the page as a whole, else each article that stops short. */
export function cutOffWarnings(file: string, articles: readonly ParsedArticle[], html?: string): string[] {
  if (html !== undefined && pageLooksCutOff(html)) return [cutOffWarning(file)];
  const short = articles.filter((a) => articleLooksCutOff(a.blocks));
  if (short.length === 0) return [];
  return articles.length === 1 ? [cutOffWarning(file)] : short.map((a) => cutOffWarning(file, a.title));
}
