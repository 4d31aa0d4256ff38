/**
 * `Read more: <a>Hoysala Temples</a>` and `Click here to Read` lines of a saved page (often alone in a
 * one-cell table): links to other articles, taken out of the text and kept as the article's related
 * links, with their address. Every site rule's article and a generic page go through it.
 */
import { textOf, type DomElement } from './dom';
import type { RelatedLink } from './model';
import { safeHttpUrl } from './page-meta';

const READ_MORE = /^\s*(?:read more|also read|click here to read(?: more)?)\b\s*[:：\-–]?\s*/i;

/**
 * `Read more: <a>Hoysala Temples</a>` and `Click here to Read` (often alone in a one-cell table): links
 * to other articles, taken out of the text and kept as the article's related links.
 */
export function takeReadMore(root: DomElement): RelatedLink[] {
  const links: RelatedLink[] = [];
  for (const el of Array.from(root.querySelectorAll('p,li,td,div'))) {
    if (!inside(el, root)) continue;
    const text = textOf(el);
    if (!READ_MORE.test(text) || text.length > 400) continue;
    const anchors = Array.from(el.querySelectorAll('a'));
    if (anchors.length > 0)
      for (const a of anchors) {
        const title = textOf(a).replace(READ_MORE, '');
        const url = safeHttpUrl(a.getAttribute('href'));
        if (title || url) links.push({ title: title || (url ?? ''), url });
      }
    else {
      const title = text.replace(READ_MORE, '').trim();
      if (title) links.push({ title, url: null });
    }
    // A one-cell table that only holds the link goes with it.
    let table: DomElement | null = el.parentElement;
    while (table && table !== root && table.tagName.toLowerCase() !== 'table') table = table.parentElement;
    if (table === root) table = null;
    if (table && textOf(table) === text) table.remove();
    else el.remove();
  }
  return links;
}

/** True while `el` is still under `root` (not taken out with an element removed before it). */
function inside(el: DomElement, root: DomElement): boolean {
  for (let node: DomElement | null = el.parentElement; node; node = node.parentElement)
    if (node === root) return true;
  return false;
}
