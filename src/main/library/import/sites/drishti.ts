import { findDateIn } from '../dates';
import { bodyOf, textOf, type DomDocument, type DomElement } from '../dom';
import { uniqueTags } from '../tags';
import { safeHttpUrl } from '../page-meta';
import { takeReadMore } from '../read-more';
import { hostIs, removeAll, type SiteArticle, type SiteRule } from './rule';

const CHROME = '.next-post,.social-shares,.a2a_kit,.starRating,.tags-new,.article-rating,.share-buttons';

/**
 * Drishti IAS. 2021 pages: each article in `.article-detail` with an `<h2>` title and a `Tags:` list led
 * by `GS Paper - N`. 2025-26 pages: `<h1 id="dynamic-title">` per article, often a whole day on one
 * page (`Current Affairs 08-08-2026`), each article in `.article-container`.
 */
export const drishti: SiteRule = {
  source: 'Drishti IAS',
  matches: (doc, meta) =>
    hostIs(meta.url, 'drishtiias.com') ||
    doc.querySelector('[id="dynamic-title"],.tags-new,.article-detail') !== null ||
    /credit\s*-\s*drishti/i.test(textOf(doc.querySelector('body h3'))),
  articles: (doc) => {
    const dayDate = pageDay(doc);
    const titles = Array.from(doc.querySelectorAll('[id="dynamic-title"]'));
    if (titles.length > 0) return titles.flatMap((h1) => newStyle(doc, h1, dayDate));
    const details = Array.from(doc.querySelectorAll('.article-detail'));
    const roots = details.length > 0 ? details : [bodyOf(doc)];
    return roots.map((root) => oldStyle(root, dayDate)).filter((a): a is SiteArticle => a !== null);
  },
};

/** `Current Affairs 08-08-2026` at the top of a day page. */
function pageDay(doc: DomDocument): { date: string | null; dateText: string | null } {
  for (const h of Array.from(doc.querySelectorAll('body > h1, h1'))) {
    if (h.id === 'dynamic-title') continue;
    const found = findDateIn(textOf(h));
    if (found) return { date: found.date, dateText: found.text };
  }
  return { date: null, dateText: null };
}

function oldStyle(
  root: DomElement,
  day: { date: string | null; dateText: string | null },
): SiteArticle | null {
  const h2 = root.querySelector('h2');
  if (!h2) return null;
  const tags = uniqueTags(Array.from(root.querySelectorAll('.tags-new li')).map((li) => textOf(li)));
  const url = safeHttpUrl(h2.querySelector('a')?.getAttribute('href'));
  const title = textOf(h2);
  h2.remove();
  removeAll(root, CHROME);
  return { root, title, url, tags, ...day, links: takeReadMore(root) };
}

function newStyle(
  doc: DomDocument,
  h1: DomElement,
  day: { date: string | null; dateText: string | null },
): SiteArticle[] {
  const title = textOf(h1);
  const url = safeHttpUrl(h1.querySelector('a')?.getAttribute('href'));
  let root = h1.parentElement;
  while (root && !(root.getAttribute('class') ?? '').split(/\s+/).includes('article-container'))
    root = root.parentElement;
  if (!root) {
    // No container: the article runs from this title to the next one.
    root = doc.createElement('div');
    let node = h1.nextElementSibling;
    while (node && node.id !== 'dynamic-title') {
      const next = node.nextElementSibling;
      root.appendChild(node);
      node = next;
    }
  }
  h1.remove();
  removeAll(root, CHROME);
  return [{ root, title, url, tags: [], ...day, links: takeReadMore(root) }];
}
