import { bodyOf, textOf, type DomDocument, type DomElement } from '../dom';
import { readMetaLine } from '../meta-lines';
import { uniqueTags } from '../tags';
import { hostIs, removeAll, type SiteArticle, type SiteRule } from './rule';

const WORDPRESS_CHROME =
  '.sharedaddy,.share-buttons,.social-share,.post-navigation,.nav-links,.navigation,.related-posts,.comments-area,' +
  '#comments,.comment-respond,.printfriendly,.pf-button,.breadcrumb,.breadcrumbs,.widget,.sidebar,nav,header,footer';

function firstOf(doc: DomDocument, selectors: string[]): DomElement | null {
  for (const selector of selectors) {
    const el = doc.querySelector(selector);
    if (el && textOf(el).length > 0) return el;
  }
  return null;
}

/** The first `<h1>` that is a title rather than a section name. */
function pageTitle(doc: DomDocument, skip: RegExp): DomElement | null {
  for (const h of Array.from(doc.querySelectorAll('h1,.entry-title'))) {
    const text = textOf(h);
    if (text && !skip.test(text)) return h;
  }
  return null;
}

/** A WordPress-like page: title heading, then a content element; the title is taken out of the text. */
function wordpressArticle(doc: DomDocument, contentSelectors: string[], skipTitle: RegExp): SiteArticle[] {
  const titleEl = pageTitle(doc, skipTitle);
  const root = firstOf(doc, contentSelectors) ?? bodyOf(doc);
  if (!root) return [];
  const title = titleEl ? textOf(titleEl) : null;
  if (titleEl && isInside(titleEl, root)) titleEl.remove();
  removeAll(root, WORDPRESS_CHROME);
  return [{ root, title }];
}

function isInside(el: DomElement, root: DomElement): boolean {
  for (let node: DomElement | null = el; node; node = node.parentElement) if (node === root) return true;
  return false;
}

/**
 * StudyIQ (currentaffairs.studyiq.com): title, then `Date: 10 January 2022 Tags: Miscellaneous` on one
 * line, body in `div.page-content`; the counselling phone line and `Filter By Date` are dropped.
 */
export const studyiq: SiteRule = {
  source: 'StudyIQ',
  matches: (doc, meta) =>
    hostIs(meta.url, 'studyiq.com') || /call us for counsel+ing/i.test(textOf(bodyOf(doc)).slice(0, 2000)),
  articles: (doc) => {
    const postedOn = doc.querySelector('.posted-on');
    const meta = postedOn ? readMetaLine(textOf(postedOn)) : null;
    const tags = uniqueTags([
      ...(meta?.tags ?? []),
      ...Array.from(doc.querySelectorAll('.posted-on a')).map((a) => textOf(a)),
    ]);
    removeAll(doc.documentElement, '.posted-on');
    const [article] = wordpressArticle(
      doc,
      ['.page-content', '.entry-content', 'article', 'main'],
      /^(current affairs|filter by date)$/i,
    );
    return article ? [{ ...article, tags, date: meta?.date ?? null, dateText: meta?.dateText ?? null }] : [];
  },
};

/** GKToday: `July 28, 2026` under the title and a `Category:` link; body in `.inside_post` / `.entry-content`. */
export const gktoday: SiteRule = {
  source: 'GKToday',
  matches: (doc, meta) => hostIs(meta.url, 'gktoday.in') || /gktoday/i.test(meta.siteName ?? ''),
  articles: (doc) => {
    const tags = uniqueTags(
      Array.from(doc.querySelectorAll('a[rel~="category"],a[rel~="tag"],.cat-links a')).map((a) => textOf(a)),
    );
    const article = wordpressArticle(
      doc,
      ['.inside_post', '.entry-content', '.post-content', 'article', 'main'],
      /^gktoday$/i,
    );
    return article.map((a) => ({ ...a, tags }));
  },
};

/** InsightsIAS: date in the URL, `GS Paper 2` / `Syllabus` and `Topics Covered:` lines read as tags. */
export const insights: SiteRule = {
  source: 'InsightsIAS',
  matches: (doc, meta) => hostIs(meta.url, 'insightsonindia.com') || /insightsias/i.test(meta.siteName ?? ''),
  articles: (doc) => {
    const tags = uniqueTags(
      Array.from(doc.querySelectorAll('a[rel~="category"],a[rel~="tag"]')).map((a) => textOf(a)),
    );
    const article = wordpressArticle(
      doc,
      ['.pf-content', '.entry-content', '.td-post-content', 'article', 'main'],
      /^insights/i,
    );
    return article.map((a) => ({ ...a, tags }));
  },
};

/** Any other page: the article element the page marks, or none (then Readability decides). */
export function markedArticleRoot(doc: DomDocument): DomElement | null {
  const marked = firstOf(doc, [
    '[itemprop="articleBody"]',
    '.entry-content',
    '.post-content',
    '.article-content',
    '.article-body',
  ]);
  if (marked) return marked;
  const articles = Array.from(doc.querySelectorAll('article'));
  if (articles.length === 1) return articles[0]!;
  return null;
}
