import type { DomDocument, DomElement } from '../dom';
import type { DateSource, RelatedLink } from '../model';
import type { PageMeta } from '../page-meta';

/** One article found on a page by a site rule: where its text is, and what the rule already knows. */
export interface SiteArticle {
  root: DomElement;
  title?: string | null;
  url?: string | null;
  date?: string | null;
  dateText?: string | null;
  tags?: string[];
  /** What gave `date` (default: the page's day). */
  dateSource?: DateSource;
  /** Links to other articles (`Read more: …`), taken out of the text. */
  links?: RelatedLink[];
}

/** Site-aware reading of a saved page: which site it is, and where each article's text and metadata are. */
export interface SiteRule {
  /** Shown as the article's source. */
  source: string;
  matches(doc: DomDocument, meta: PageMeta): boolean;
  /** The page's articles, or an empty list to fall back to the generic reading. */
  articles(doc: DomDocument, meta: PageMeta): SiteArticle[];
}

export function hostIs(url: string | null, host: string): boolean {
  if (!url) return false;
  try {
    const name = new URL(url).hostname.toLowerCase();
    return name === host || name.endsWith(`.${host}`);
  } catch {
    return false;
  }
}

/** Removes every element matching one of the selectors inside `root`. */
export function removeAll(root: DomElement, selectors: string): void {
  for (const el of Array.from(root.querySelectorAll(selectors))) el.remove();
}
