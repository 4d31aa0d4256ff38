import { linkedom } from './lazy';
import { ImportError } from '../errors';

/**
 * The slice of the DOM the importers use. linkedom implements it; declaring it here keeps the core
 * free of the DOM type library (the main process has no `window`).
 */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentElement: DomElement | null;
  textContent: string | null;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly children: ArrayLike<DomElement>;
  id: string;
  readonly nextElementSibling: DomElement | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  removeAttribute(name: string): void;
  readonly attributes: ArrayLike<{ name: string; value: string }>;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
  appendChild(node: DomNode): DomNode;
  insertBefore(node: DomNode, before: DomNode | null): DomNode;
  cloneNode(deep: boolean): DomElement;
}

export interface DomDocument {
  readonly documentElement: DomElement;
  readonly head: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  createElement(tag: string): DomElement;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Bounds on what one page may hold before we refuse it (B-65, B-66). */
export interface DomLimits {
  maxElements: number;
}

export const DEFAULT_DOM_LIMITS: DomLimits = { maxElements: 1_500_000 };

/** Parses HTML with linkedom, refusing pages with more elements than the limit before building them. */
export function parseHtmlDocument(
  name: string,
  html: string,
  limits: DomLimits = DEFAULT_DOM_LIMITS,
): DomDocument {
  let tags = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    if (++tags > limits.maxElements * 2) {
      throw new ImportError(
        'too-large',
        `${name} has too many HTML elements to import (over ${limits.maxElements.toLocaleString('en')}).`,
      );
    }
  }
  const lean = preStrip(html);
  // A page that is only a fragment (a JSON body, a feed item) still gets <html><body>.
  const wrapped = /<html[\s>]/i.test(lean.slice(0, 4096))
    ? lean
    : `<!doctype html><html><head></head><body>${lean}</body></html>`;
  const { document } = linkedom().parseHTML(wrapped) as unknown as { document: DomDocument };
  return document;
}

/**
 * Drops what would be removed after parsing anyway, before the parser builds nodes for it: scripts
 * (except JSON-LD, which carries metadata), style sheets and comments; a `style` attribute becomes
 * `hidden` when it hides its element, and disappears otherwise. Linear scans, no backtracking.
 */
export function preStrip(html: string): string {
  const out: string[] = [];
  const open = /<(script|style)\b([^>]*)>|<!--/gi;
  let at = 0;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    if (m[1]?.toLowerCase() === 'script' && /ld\+json/i.test(m[2] ?? '')) continue;
    out.push(html.slice(at, m.index));
    const close = m[1] ? new RegExp(`</${m[1]}\\s*>`, 'gi') : /-->/g;
    close.lastIndex = open.lastIndex;
    const end = close.exec(html);
    at = end ? close.lastIndex : html.length;
    open.lastIndex = at;
  }
  out.push(html.slice(at));
  return out
    .join('')
    .replace(/\sstyle\s*=\s*("[^"]*"|'[^']*')/gi, (_, value: string) =>
      HIDING.test(value.slice(1, -1)) ? ' hidden' : '',
    );
}

const HIDING = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Elements whose content is never article text: code, embedded content, form controls, page plumbing. */
const REMOVED = new Set(
  (
    'script,style,noscript,noembed,noframes,xmp,plaintext,template,iframe,frame,frameset,object,embed,applet,svg,' +
    'math,canvas,video,audio,source,track,input,select,option,optgroup,button,datalist,output,link,meta,base,map,' +
    'area,dialog,portal,param'
  )
    .toUpperCase()
    .split(','),
);

/**
 * Strips everything that could run, load or hide: the block model is text only, so what matters is
 * that no script, style or form text leaks into it and that hidden duplicates (PIB's print copy) are
 * not read twice. Text of forms, textareas and unknown elements stays. One pass over the elements: a
 * long selector list would cost linkedom one pass per alternative.
 */
export function stripUnsafe(root: DomElement): void {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (REMOVED.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden')) el.remove();
    else if (el.hasAttribute('style') && HIDING.test(el.getAttribute('style') ?? '')) el.remove();
  }
}

/** The text of an element with white space collapsed. */
export function textOf(node: DomNode | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/** The page's `<body>` (the outermost one in tag soup), else the root; linkedom's `document.body` invents an empty one. */
export function bodyOf(doc: DomDocument): DomElement {
  return doc.querySelector('body') ?? doc.documentElement;
}
