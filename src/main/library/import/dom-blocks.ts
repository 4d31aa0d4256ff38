import type { ListStyle } from '../../../shared/domain';
import { isElement, TEXT_NODE, type DomElement, type DomNode } from './dom';
import { isJunkLine } from './junk';
import type { ParsedBlock } from './model';
import { cleanMarkupText, normalizeText } from './normalize';

/** Elements that end a line of text: each starts a new block. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CENTER',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'CAPTION',
  'LEGEND',
  'TEXTAREA',
  'XMP',
  'LISTING',
  'PLAINTEXT',
  'MENU',
]);

/** Deeper than this, an element's text is kept as one paragraph instead of being walked (B-65). */
const MAX_DEPTH = 200;
/** Bullets deeper than this are shown at this level. */
const MAX_BULLET_LEVEL = 8;

export interface WalkResult {
  blocks: ParsedBlock[];
  warnings: string[];
}

/** Turns a (sanitised) DOM subtree into blocks: headings, paragraphs, nested bullets, tables, quotes, captions. */
export function blocksFromDom(root: DomElement): WalkResult {
  const walker = new BlockWalker();
  walker.container(root, 0);
  walker.flush();
  return { blocks: walker.blocks.filter((b) => !isJunkLine(b.text)), warnings: walker.warnings };
}

class BlockWalker {
  readonly blocks: ParsedBlock[] = [];
  readonly warnings: string[] = [];
  private inline: string[] = [];
  private paragraphKind: 'paragraph' | 'quote' | 'caption' = 'paragraph';
  /** Inside how many `<b>`/`<strong>` elements the walk is, and how much of the line was bold. */
  private boldDepth = 0;
  private boldChars = 0;
  private plainChars = 0;

  /** Emits the inline text gathered so far as one paragraph (or quote, inside a blockquote). */
  flush(): void {
    if (this.inline.length === 0) return;
    const text = cleanMarkupText(this.inline.join(''));
    const allBold = this.boldChars > 0 && this.plainChars === 0;
    this.inline = [];
    this.boldChars = 0;
    this.plainChars = 0;
    if (!text) return;
    // A short, wholly bold line (`Note`, `Drishti Mains Question:`) is a sub-heading; `Ans: (d)` is not.
    if (allBold && this.paragraphKind === 'paragraph' && isPseudoHeading(text)) {
      this.blocks.push({ kind: 'heading', text: text.replace(/\s*:$/, ''), level: 4 });
    } else this.blocks.push({ kind: this.paragraphKind, text, level: 0 });
  }

  private text(value: string): void {
    this.inline.push(value);
    const visible = value.replace(/\s+/g, '').length;
    if (this.boldDepth > 0) this.boldChars += visible;
    else this.plainChars += visible;
  }

  container(el: DomElement, depth: number): void {
    if (depth > MAX_DEPTH) {
      this.flush();
      this.tooDeep(el);
      return;
    }
    for (const child of Array.from(el.childNodes)) this.node(child, depth + 1);
  }

  private tooDeep(el: DomElement): void {
    const text = cleanMarkupText(el.textContent ?? '');
    if (text) this.blocks.push({ kind: this.paragraphKind, text, level: 0 });
    if (this.warnings.length === 0) {
      this.warnings.push(
        `Part of the page is nested more than ${MAX_DEPTH} levels deep; its text was kept as plain paragraphs.`,
      );
    }
  }

  private node(node: DomNode, depth: number): void {
    if (node.nodeType === TEXT_NODE) {
      this.text(node.textContent ?? '');
      return;
    }
    if (!isElement(node)) return;
    const tag = node.tagName.toUpperCase();
    if (tag === 'BR') {
      this.flush();
      return;
    }
    if (tag === 'IMG') return;
    if (!BLOCK_TAGS.has(tag)) {
      // Inline (and unknown) elements: their text joins the current line.
      const bold = tag === 'B' || tag === 'STRONG';
      if (bold) this.boldDepth++;
      if (depth > MAX_DEPTH) this.text(node.textContent ?? '');
      else for (const child of Array.from(node.childNodes)) this.node(child, depth + 1);
      if (bold) this.boldDepth--;
      return;
    }
    this.flush();
    switch (tag) {
      case 'H1':
      case 'H2':
      case 'H3':
      case 'H4':
      case 'H5':
      case 'H6': {
        const text = cleanMarkupText(node.textContent ?? '');
        if (text) this.blocks.push({ kind: 'heading', text, level: Number(tag[1]) });
        return;
      }
      case 'UL':
      case 'OL':
      case 'MENU':
        this.list(node, 0, depth);
        return;
      case 'LI':
        // A list item outside a list (broken markup): still a bullet.
        this.item(node, 0, 'bulleted', depth);
        return;
      case 'TABLE':
        this.table(node, depth);
        return;
      case 'BLOCKQUOTE':
        this.withKind('quote', () => this.container(node, depth));
        return;
      case 'FIGCAPTION':
      case 'CAPTION':
        this.withKind('caption', () => this.container(node, depth));
        return;
      case 'PRE':
      case 'LISTING':
      case 'TEXTAREA': {
        const text = normalizeText(node.textContent ?? '').replace(/^\n+|\s+$/g, '');
        if (text.trim()) this.blocks.push({ kind: this.paragraphKind, text, level: 0 });
        return;
      }
      case 'HR':
        return;
      default:
        if (hasClass(node, 'wp-caption-text')) this.withKind('caption', () => this.container(node, depth));
        else this.container(node, depth);
        this.flush();
    }
  }

  private withKind(kind: 'quote' | 'caption', run: () => void): void {
    const before = this.paragraphKind;
    this.flush();
    this.paragraphKind = kind;
    run();
    this.flush();
    this.paragraphKind = before;
  }

  private list(list: DomElement, level: number, depth: number): void {
    if (depth > MAX_DEPTH) {
      this.tooDeep(list);
      return;
    }
    const style: ListStyle = list.tagName.toUpperCase() === 'OL' ? 'numbered' : 'bulleted';
    // A numbered item keeps its number in its text, as copied text does (`1. …`).
    const marker = style === 'numbered' ? listMarker(list) : () => '';
    for (const child of Array.from(list.childNodes)) {
      if (!isElement(child)) {
        // Text straight inside <ul> (Drishti's `<ul>Tags: <li>…`) is kept as a paragraph.
        const text = cleanMarkupText(child.textContent ?? '');
        if (child.nodeType === TEXT_NODE && text) this.blocks.push({ kind: 'paragraph', text, level: 0 });
        continue;
      }
      const tag = child.tagName.toUpperCase();
      if (tag === 'LI') this.item(child, level, style, depth + 1, marker());
      else if (tag === 'UL' || tag === 'OL')
        this.list(child, Math.min(level + 1, MAX_BULLET_LEVEL), depth + 1);
      else {
        const text = cleanMarkupText(child.textContent ?? '');
        if (text) this.blocks.push({ kind: 'bullet', text, level, listStyle: style });
      }
    }
  }

  /** One list item: its own text (with nested lists left out) as a bullet, then its nested lists one level down. */
  private item(li: DomElement, level: number, style: ListStyle, depth: number, marker = ''): void {
    const own: string[] = [];
    const nested: DomElement[] = [];
    const collect = (node: DomNode, d: number): void => {
      if (node.nodeType === TEXT_NODE) {
        own.push(node.textContent ?? '');
        return;
      }
      if (!isElement(node)) return;
      const tag = node.tagName.toUpperCase();
      if (tag === 'UL' || tag === 'OL') {
        nested.push(node);
        return;
      }
      if (tag === 'BR' || (BLOCK_TAGS.has(tag) && own.length > 0)) own.push(' ');
      if (tag === 'IMG' || d > MAX_DEPTH) return;
      for (const child of Array.from(node.childNodes)) collect(child, d + 1);
      if (BLOCK_TAGS.has(tag)) own.push(' ');
    };
    for (const child of Array.from(li.childNodes)) collect(child, depth + 1);
    const ownText = cleanMarkupText(own.join(''));
    const emitted = ownText.length > 0 && !isJunkLine(ownText);
    const text =
      marker && !/^\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]\s/i.test(ownText) ? `${marker} ${ownText}` : ownText;
    if (emitted) this.blocks.push({ kind: 'bullet', text, level, listStyle: style });
    const next = emitted ? Math.min(level + 1, MAX_BULLET_LEVEL) : level;
    for (const list of nested) this.list(list, next, depth + 1);
  }

  /** A data table becomes one table block; a layout table (one column, or tables inside) is read as text. */
  private table(table: DomElement, depth: number): void {
    const rows = tableRows(table);
    const layout =
      table.querySelector('table') !== null ||
      rows.every((r) => r.length <= 1) ||
      table.querySelector('ul,ol,h1,h2,h3,h4,h5,h6,blockquote') !== null;
    if (layout) {
      for (const cell of Array.from(table.querySelectorAll('td,th'))) {
        if (closestTable(cell) !== table) continue;
        this.container(cell, depth + 1);
        this.flush();
      }
      return;
    }
    const kept = rows.filter((r) => r.some((c) => c.length > 0));
    if (kept.length === 0) return;
    this.blocks.push({
      kind: 'table',
      text: kept.map((r) => r.join(' | ')).join('\n'),
      level: 0,
      rows: kept,
    });
  }
}

function tableRows(table: DomElement): string[][] {
  const rows: string[][] = [];
  for (const tr of Array.from(table.querySelectorAll('tr'))) {
    if (closestTable(tr) !== table) continue;
    const cells: string[] = [];
    for (const cell of Array.from(tr.children)) {
      const tag = cell.tagName.toUpperCase();
      if (tag === 'TD' || tag === 'TH') cells.push(cellText(cell));
    }
    if (cells.length > 0) rows.push(cells);
  }
  return rows;
}

/** A cell's text with its paragraphs and line breaks turned into spaces. */
function cellText(cell: DomElement): string {
  const parts: string[] = [];
  const walk = (node: DomNode, depth: number): void => {
    if (node.nodeType === TEXT_NODE) parts.push(node.textContent ?? '');
    else if (isElement(node)) {
      if (depth > MAX_DEPTH) {
        parts.push(' ', node.textContent ?? '', ' ');
        return;
      }
      const tag = node.tagName.toUpperCase();
      if (tag === 'BR' || BLOCK_TAGS.has(tag)) parts.push(' ');
      for (const child of Array.from(node.childNodes)) walk(child, depth + 1);
      if (BLOCK_TAGS.has(tag)) parts.push(' ');
    }
  };
  walk(cell, 0);
  return cleanMarkupText(parts.join(''));
}

function closestTable(el: DomElement): DomElement | null {
  let node = el.parentElement;
  while (node && node.tagName.toUpperCase() !== 'TABLE') node = node.parentElement;
  return node;
}

/** Numbers for an `<ol>`'s items, honouring `start` and `type` (1, a, A, i, I). */
function listMarker(list: DomElement): () => string {
  let n = Number.parseInt(list.getAttribute('start') ?? '1', 10);
  if (!Number.isFinite(n) || n < 0 || n > 100_000) n = 1;
  const type = list.getAttribute('type') ?? '1';
  return () => {
    const value = n++;
    if (type === 'a' || type === 'A') {
      const letter = String.fromCharCode(96 + (((value - 1) % 26) + 1));
      return `${type === 'A' ? letter.toUpperCase() : letter}.`;
    }
    if (type === 'i' || type === 'I') {
      const roman = toRoman(value);
      return `${type === 'I' ? roman.toUpperCase() : roman}.`;
    }
    return `${value}.`;
  };
}

function toRoman(value: number): string {
  const numerals: Array<[number, string]> = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let rest = Math.max(1, Math.min(value, 3999));
  let out = '';
  for (const [n, s] of numerals)
    while (rest >= n) {
      out += s;
      rest -= n;
    }
  return out;
}

function isPseudoHeading(text: string): boolean {
  if (text.length > 80 || /[.!;,]$/.test(text)) return false;
  const colon = text.indexOf(':');
  return colon < 0 || colon === text.length - 1;
}

export function hasClass(el: DomElement, name: string): boolean {
  return (el.getAttribute('class') ?? '').split(/\s+/).includes(name);
}
