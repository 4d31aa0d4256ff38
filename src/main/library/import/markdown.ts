import type { ListStyle } from '../../../shared/domain';
import { dateFromFileName, parseMachineDate } from './dates';
import { bodyOf, parseHtmlDocument, stripUnsafe } from './dom';
import { blocksFromDom } from './dom-blocks';
import { finishArticle } from './finish';
import { markdownIt, yaml } from './lazy';
import type { ParseOutcome, ParsedBlock, SourceDocument } from './model';
import { cleanInline } from './normalize';
import { safeHttpUrl } from './page-meta';
import { splitTags, uniqueTags } from './tags';

// GFM tables on, links never made from bare text; raw HTML is parsed but only its text is kept.
let parser: MarkdownParser | undefined;
const md = (): MarkdownParser =>
  (parser ??= new (markdownIt())('default', { html: true, linkify: false, typographer: false }));
type MarkdownParser = InstanceType<ReturnType<typeof markdownIt>>;
type Token = ReturnType<ReturnType<typeof md>['parse']>[number];
interface OpenItem {
  block: ParsedBlock | null;
  number: string | null;
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]{0,65536}?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

interface FrontMatter {
  title?: string;
  date?: string | null;
  dateText?: string;
  tags: string[];
  source?: string;
  url?: string | null;
}

/** Reads YAML front matter safely: core schema, no custom tags, at most 50 aliases (billion laughs, B-69). */
export function readFrontMatter(yamlText: string): { meta: FrontMatter; warning?: string } {
  let data: unknown;
  try {
    data = yaml().parse(yamlText, {
      schema: 'core',
      maxAliasCount: 50,
      customTags: [],
      prettyErrors: false,
      uniqueKeys: false,
      logLevel: 'error',
    });
  } catch (error) {
    return {
      meta: { tags: [] },
      warning: `Its front matter could not be read (${(error as Error).message.split('\n')[0]}).`,
    };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { meta: { tags: [] } };
  const obj = data as Record<string, unknown>;
  const str = (v: unknown): string | undefined =>
    typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
  const rawTags = obj.tags ?? obj.tag ?? obj.categories ?? obj.category;
  const tags = Array.isArray(rawTags)
    ? uniqueTags(rawTags.map(str).filter((t): t is string => t !== undefined))
    : typeof rawTags === 'string'
      ? splitTags(rawTags)
      : [];
  const dateText = str(obj.date ?? obj.published ?? obj.datePublished);
  return {
    meta: {
      title: str(obj.title),
      date: dateText ? parseMachineDate(dateText) : undefined,
      dateText,
      tags,
      source: str(obj.source ?? obj.site),
      url: safeHttpUrl(str(obj.url ?? obj.link)),
    },
  };
}

/** Reads a Markdown note (CommonMark + GFM tables) with optional YAML front matter into one article. */
export function parseMarkdown(doc: SourceDocument): ParseOutcome {
  let body = doc.text;
  let meta: FrontMatter = { tags: [] };
  const warnings: string[] = [];
  const fm = FRONT_MATTER.exec(body);
  if (fm) {
    const read = readFrontMatter(fm[1]!);
    meta = read.meta;
    if (read.warning) warnings.push(read.warning);
    body = body.slice(fm[0].length);
  }
  const blocks = markdownBlocks(body);
  // Without front matter, a leading `#`/`##` heading is the title; a bold pseudo-heading is not.
  const first = blocks[0];
  const headingTitle = first?.kind === 'heading' && first.level <= 2 ? first.text : null;
  const article = finishArticle({
    title: meta.title ?? headingTitle ?? doc.name.replace(/\.[^.]+$/, ''),
    date: meta.date ?? null,
    dateText: meta.dateText ?? null,
    tags: meta.tags,
    source: meta.source ?? null,
    url: meta.url ?? null,
    blocks,
    fallbackDate: dateFromFileName(doc.name),
    fallbackTitle: doc.name.replace(/\.[^.]+$/, ''),
  });
  return { articles: [article], skipped: [], warnings };
}

/** Markdown to blocks through markdown-it's token stream. */
export function markdownBlocks(source: string): ParsedBlock[] {
  const tokens = md().parse(source, {});
  const blocks: ParsedBlock[] = [];
  const lists: Array<{ style: ListStyle }> = [];
  let quoteDepth = 0;
  let item: OpenItem | null = null;
  const items: Array<OpenItem | null> = [];
  let row: string[] | null = null;
  let rows: string[][] | null = null;
  let pendingHeading: number | null = null;

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    switch (token.type) {
      case 'heading_open':
        pendingHeading = Number(token.tag.slice(1));
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists.push({ style: token.type === 'ordered_list_open' ? 'numbered' : 'bulleted' });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open':
        items.push(item);
        item = {
          block: null,
          number: lists.at(-1)?.style === 'numbered' ? `${token.info || '1'}${token.markup || '.'}` : null,
        };
        break;
      case 'list_item_close':
        item = items.pop() ?? null;
        break;
      case 'blockquote_open':
        quoteDepth++;
        break;
      case 'blockquote_close':
        quoteDepth--;
        break;
      case 'table_open':
        rows = [];
        break;
      case 'table_close':
        if (rows && rows.length > 0)
          blocks.push({ kind: 'table', text: rows.map((r) => r.join(' | ')).join('\n'), level: 0, rows });
        rows = null;
        break;
      case 'tr_open':
        row = [];
        break;
      case 'tr_close':
        if (row && rows) rows.push(row);
        row = null;
        break;
      case 'fence':
      case 'code_block': {
        const text = token.content.replace(/\s+$/, '');
        if (text.trim()) blocks.push({ kind: quoteDepth > 0 ? 'quote' : 'paragraph', text, level: 0 });
        break;
      }
      case 'html_block': {
        const document = parseHtmlDocument('markdown', token.content);
        stripUnsafe(document.documentElement);
        blocks.push(...blocksFromDom(bodyOf(document)).blocks);
        break;
      }
      case 'inline': {
        const text = inlineText(token.children ?? []);
        if (row) {
          row.push(text);
          break;
        }
        if (!text) break;
        if (pendingHeading !== null) {
          blocks.push({ kind: 'heading', text, level: pendingHeading });
          pendingHeading = null;
        } else if (item && lists.length > 0) {
          if (item.block) item.block.text = `${item.block.text} ${text}`;
          else {
            item.block = {
              kind: 'bullet',
              text: item.number ? `${item.number} ${text}` : text,
              level: Math.min(lists.length - 1, 8),
              listStyle: lists.at(-1)!.style,
            };
            blocks.push(item.block);
          }
        } else if (isBoldOnly(token.children ?? []) && text.length <= 120) {
          // `**Government Schemes:**` on its own line is a pseudo-heading.
          blocks.push({ kind: 'heading', text: text.replace(/:$/, ''), level: 3 });
        } else {
          // `**1. CONTEXT**` then a line break then text: the bold first line heads the paragraph.
          const lead = quoteDepth === 0 ? boldFirstLine(token.children ?? []) : null;
          if (lead) blocks.push({ kind: 'heading', text: lead.heading.replace(/:$/, ''), level: 3 });
          blocks.push({
            kind: quoteDepth > 0 ? 'quote' : 'paragraph',
            text: lead ? lead.rest : text,
            level: 0,
          });
        }
        break;
      }
      case 'heading_close':
        pendingHeading = null;
        break;
      default:
        break;
    }
  }
  return blocks;
}

function inlineText(children: Token[]): string {
  let text = '';
  for (const child of children) {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += ' ';
    else if (child.type === 'html_inline' && /^<br\s*\/?>$/i.test(child.content)) text += ' ';
  }
  return cleanInline(text);
}

/** A paragraph whose first line is wholly bold and short: that line, and the text after it. */
function boldFirstLine(children: Token[]): { heading: string; rest: string } | null {
  const brk = children.findIndex((c) => c.type === 'softbreak' || c.type === 'hardbreak');
  if (brk <= 0 || !isBoldOnly(children.slice(0, brk))) return null;
  const heading = inlineText(children.slice(0, brk));
  const rest = inlineText(children.slice(brk + 1));
  return heading.length <= 80 && rest ? { heading, rest } : null;
}

function isBoldOnly(children: Token[]): boolean {
  const meaningful = children.filter((c) => !(c.type === 'text' && c.content.trim() === ''));
  return (
    meaningful.length >= 3 &&
    meaningful[0]!.type === 'strong_open' &&
    meaningful.at(-1)!.type === 'strong_close'
  );
}
