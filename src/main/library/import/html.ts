import { cutOffWarnings } from './cut-off';
import { blocksFromDom } from './dom-blocks';
import { takeReadMore } from './read-more';
import { bodyOf, parseHtmlDocument, stripUnsafe, textOf, type DomDocument, type DomElement } from './dom';
import { finishArticle, type ArticleDraft } from './finish';
import { readability } from './lazy';
import type { ParseOutcome, ParsedArticle, SourceDocument } from './model';
import { readPageMeta, savedFromUrl, type PageMeta } from './page-meta';
import { drishti } from './sites/drishti';
import { gktoday, insights, markedArticleRoot, studyiq } from './sites/others';
import { pib } from './sites/pib';
import type { SiteArticle, SiteRule } from './sites/rule';

/** Site rules, most specific first; a page no rule claims is read generically. */
const RULES: SiteRule[] = [pib, drishti, studyiq, gktoday, insights];

/**
 * Reads a saved web page (or an HTML fragment from a data dump) into articles: site rules for the sites
 * aspirants use most, `<article>`-like markers or Readability for the rest. Nothing executable survives:
 * the DOM is stripped of scripts, embedded content, forms and hidden elements, and only text is kept.
 */
export function parseHtml(doc: SourceDocument): ParseOutcome {
  const read = readHtml(doc.name, doc.text);
  const articles: ParsedArticle[] = read.drafts.map((draft) => finishArticle(draft));
  const warnings = [...read.warnings];
  warnings.push(...cutOffWarnings(doc.name, articles, doc.text));
  return { articles, skipped: [], warnings };
}

/** A page read into drafts, before tidying; `bySiteRule` says whether a site rule found the articles. */
export interface HtmlReading {
  drafts: ArticleDraft[];
  bySiteRule: boolean;
  warnings: string[];
}

/** Reads HTML into article drafts (a data dump merges them with its record's fields). */
export function readHtml(name: string, html: string): HtmlReading {
  const document = parseHtmlDocument(name, html);
  const meta = readPageMeta(document, name, savedFromUrl(html));
  stripUnsafe(document.documentElement);
  const rule = RULES.find((r) => r.matches(document, meta));
  const found = rule?.articles(document, meta) ?? [];
  const bySiteRule = found.length > 0;
  const siteArticles = bySiteRule ? found : [genericArticle(document, meta)];
  const one = siteArticles.length === 1;
  const warnings: string[] = [];
  const drafts = siteArticles.map((site): ArticleDraft => {
    // Before the walk, so `Read more` lines leave the text with their addresses (site rules may have done it).
    const links = [...(site.links ?? []), ...takeReadMore(site.root)];
    const walked = blocksFromDom(site.root);
    warnings.push(...walked.warnings);
    return {
      title: site.title ?? (one ? meta.title : null),
      date: site.date ?? (one ? meta.date : null),
      dateSource: site.date ? (site.dateSource ?? 'page') : 'field',
      links,
      dateText: site.dateText ?? (one ? meta.dateText : null),
      tags: [...(site.tags ?? []), ...(one ? meta.tags : [])],
      source: rule && bySiteRule ? rule.source : (meta.siteName ?? null),
      url: site.url ?? (one ? meta.url : null),
      blocks: walked.blocks,
      fallbackDate: meta.fallbackDate,
      fallbackSource: meta.fallbackDate && meta.url ? 'url' : 'file-name',
      fallbackTitle: name.replace(/\.[^.]+$/, ''),
    };
  });
  return { drafts, bySiteRule, warnings: [...new Set(warnings)] };
}

/** The article on a page no site rule knows: a marked article element, else what Readability finds, else the body. */
function genericArticle(document: DomDocument, meta: PageMeta): SiteArticle {
  const h1 = document.querySelector('h1');
  const title = meta.title ?? (h1 ? textOf(h1) : null);
  const marked = markedArticleRoot(document);
  if (marked) return { root: marked, title };
  const body = bodyOf(document);
  // Readability only where there is chrome to remove: it can drop data tables and short pages.
  if (textOf(body).length < 400 || !hasPageChrome(body)) return { root: body, title };
  let root: DomElement | null = null;
  try {
    const reader = new (readability().Readability)(document as never, {
      serializer: (el: unknown) => el,
      charThreshold: 250,
    });
    root = (reader.parse()?.content as DomElement | undefined) ?? null;
  } catch {
    root = null;
  }
  return { root: root ?? body, title };
}

/** Navigation, headers, sidebars or a link-heavy page: what Readability is for. */
function hasPageChrome(body: DomElement): boolean {
  if (
    body.querySelector('nav,header,footer,aside,[role="navigation"],.menu,.sidebar,.nav,#nav,#menu') !== null
  )
    return true;
  const links = Array.from(body.querySelectorAll('a'));
  if (links.length < 3) return false;
  const linkText = links.reduce((n, a) => n + textOf(a).length, 0);
  return linkText / Math.max(1, textOf(body).length) > 0.05;
}
