/**
 * Notes are Markdown. markdown-it (with raw HTML off) turns a note into tokens; this module turns the
 * tokens into a small tree of allowed elements, which `NoteMarkdown` renders as React elements.
 * No HTML string is ever produced, so a note can never inject markup.
 */
import MarkdownIt, { type StateInline, type Token } from 'markdown-it';

export const ALLOWED_TAGS = [
  'p',
  'ul',
  'ol',
  'li',
  'blockquote',
  'strong',
  'em',
  's',
  'code',
  'pre',
  'hr',
  'br',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
] as const;
export type AllowedTag = (typeof ALLOWED_TAGS)[number];

export type MdNode =
  | { kind: 'text'; text: string }
  | { kind: 'element'; tag: AllowedTag; heading?: number; start?: number; children: MdNode[] }
  /** A link to a web page, shown as its text (the address as a tooltip); notes never navigate away. */
  | { kind: 'external'; href: string; children: MdNode[] }
  /** `[[Article title]]`: a link to another article, resolved by title. */
  | { kind: 'wikilink'; title: string };

const MAX_LINK_TITLE = 1_000; // titles are kept whole (up to 1,000 characters)

/** `[[Title]]` as one inline token, before markdown-it reads `[` as the start of a link. */
function wikilink(state: StateInline, silent: boolean): boolean {
  const { src, pos } = state;
  if (!src.startsWith('[[', pos)) return false;
  const close = src.indexOf(']]', pos + 2);
  if (close < 0) return false;
  const title = src.slice(pos + 2, close).trim();
  if (title === '' || title.length > MAX_LINK_TITLE || /[\n[\]]/.test(title)) return false;
  if (!silent) state.push('wikilink', '', 0).content = title;
  state.pos = close + 2;
  return true;
}

let parser: InstanceType<typeof MarkdownIt> | null = null;
function markdown(): InstanceType<typeof MarkdownIt> {
  if (!parser) {
    parser = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
    parser.inline.ruler.before('link', 'wikilink', wikilink);
  }
  return parser;
}

const ALLOWED = new Set<string>(ALLOWED_TAGS);

function openElement(token: Token): MdNode & { children: MdNode[] } {
  if (token.type === 'link_open')
    return { kind: 'external', href: String(token.attrGet('href') ?? ''), children: [] };
  if (token.type === 'heading_open') {
    return { kind: 'element', tag: 'p', heading: Number(token.tag.slice(1)) || 1, children: [] };
  }
  const tag = (ALLOWED.has(token.tag) ? token.tag : 'p') as AllowedTag;
  const start = tag === 'ol' ? Number(token.attrGet('start') ?? 1) : undefined;
  return start !== undefined && start !== 1
    ? { kind: 'element', tag, start, children: [] }
    : { kind: 'element', tag, children: [] };
}

function text(value: string): MdNode {
  return { kind: 'text', text: value };
}

/**
 * How deep the tree may nest. A note of 5,000 nested `*` once made a tree 2,500 levels deep, and
 * rendering it overflowed the stack and blanked the window; deeper elements join their parent instead
 * (their text stays, only the extra emphasis goes).
 */
export const MAX_NESTING = 24;

function build(tokens: readonly Token[], into: MdNode[], depth = 0): void {
  const stack: MdNode[][] = [into];
  const top = () => stack[stack.length - 1]!;
  for (const token of tokens) {
    if (token.type === 'inline') {
      build(token.children ?? [], top(), depth + stack.length - 1);
    } else if (token.nesting === 1) {
      // Hidden wrappers (the paragraphs of a tight list) add nothing: their content joins the parent;
      // so do elements past the nesting cap.
      if (token.hidden || depth + stack.length > MAX_NESTING) {
        stack.push(top());
        continue;
      }
      const element = openElement(token);
      top().push(element);
      stack.push(element.children);
    } else if (token.nesting === -1) {
      if (stack.length > 1) stack.pop();
    } else {
      switch (token.type) {
        case 'text':
        case 'html_inline':
        case 'html_block':
          if (token.content !== '') top().push(text(token.content));
          break;
        case 'code_inline':
          top().push({ kind: 'element', tag: 'code', children: [text(token.content)] });
          break;
        case 'code_block':
        case 'fence':
          top().push({
            kind: 'element',
            tag: 'pre',
            children: [{ kind: 'element', tag: 'code', children: [text(token.content.replace(/\n$/, ''))] }],
          });
          break;
        case 'softbreak':
        case 'hardbreak':
          // A line break typed in a note is kept: notes are written line by line.
          top().push({ kind: 'element', tag: 'br', children: [] });
          break;
        case 'hr':
          top().push({ kind: 'element', tag: 'hr', children: [] });
          break;
        case 'image':
          // Notes load nothing: an image is shown by its description.
          if (token.content !== '') top().push(text(token.content));
          break;
        case 'wikilink':
          top().push({ kind: 'wikilink', title: token.content });
          break;
        default:
          if (token.content) top().push(text(token.content));
      }
    }
  }
}

/** A note's Markdown as a tree of allowed elements, text and links. */
export function parseNote(source: string): MdNode[] {
  return plainParagraph(source) ?? parseMarkdown(source);
}

/** `parseNote` through markdown-it, whatever the note holds. */
export function parseMarkdown(source: string): MdNode[] {
  const root: MdNode[] = [];
  build(markdown().parse(source, {}), root);
  return root;
}

/**
 * Characters that may start Markdown inside a line (markdown-it's text rule stops at each of them:
 * emphasis, code, links, entities, escapes…), a line break, and the NUL markdown-it replaces.
 */
const MARKDOWN_CHAR = /[\n\r\0!#$%&*+\-:<=>@[\\\]^_`{}~]/;

/**
 * A note of one line of words with none of Markdown's characters is one paragraph of that text: most
 * notes are (issue 17). Read here without markdown-it, whose setting up (the first note a window
 * draws) and parsing were most of an article's first note cards' cost. Nothing may start a block
 * either: no space at either end (an indent is code), no digit first (`1.` is a list).
 */
function plainParagraph(source: string): MdNode[] | null {
  if (source === '' || source.trim() !== source || MARKDOWN_CHAR.test(source)) return null;
  if (source.charCodeAt(0) >= 48 && source.charCodeAt(0) <= 57) return null;
  return [{ kind: 'element', tag: 'p', children: [text(source)] }];
}

/** The `[[titles]]` a note links to, each once, in order. */
export function linkTitles(nodes: readonly MdNode[]): string[] {
  const titles = new Map<string, string>();
  const walk = (list: readonly MdNode[]) => {
    for (const node of list) {
      if (node.kind === 'wikilink') {
        if (!titles.has(node.title.toLowerCase())) titles.set(node.title.toLowerCase(), node.title);
      } else if (node.kind !== 'text') walk(node.children);
    }
  };
  walk(nodes);
  return [...titles.values()];
}

/** The note as plain text (for previews and screen-reader labels). */
export function plainText(nodes: readonly MdNode[]): string {
  return nodes
    .map((node) => {
      if (node.kind === 'text') return node.text;
      if (node.kind === 'wikilink') return node.title;
      if (node.kind === 'element' && node.tag === 'br') return ' ';
      return plainText(node.children);
    })
    .join('');
}
