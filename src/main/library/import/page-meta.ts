import { dateFromFileName, dateFromUrl, parseMachineDate } from './dates';
import { textOf, type DomDocument } from './dom';
import { cleanInline } from './normalize';
import { uniqueTags } from './tags';

/** What the page says about itself outside the article text: meta tags, JSON-LD, `<time>`, the URL. */
export interface PageMeta {
  title: string | null;
  url: string | null;
  /** From meta tags, JSON-LD or `<time>`: the page's own statement. */
  date: string | null;
  dateText: string | null;
  /** From the URL or the file name: used when neither the page nor its text gives a date. */
  fallbackDate: string | null;
  tags: string[];
  siteName: string | null;
}

/** The URL a browser's "Save page as" records: `<!-- saved from url=(0071)https://… -->`. */
export function savedFromUrl(html: string): string | null {
  const m = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 4096));
  return m ? safeHttpUrl(m[1]!) : null;
}

/** An http(s) URL, or null: `javascript:`, `file:`, `data:` and the like are never kept. */
export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = raw.trim();
  if (text.length > 2048) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The page's `<meta>` and `<link>` values by key (`property`, `name`, `itemprop` or `rel`, lower case), in order. */
type MetaIndex = Map<string, string[]>;

function indexMeta(doc: DomDocument): MetaIndex {
  const index: MetaIndex = new Map();
  for (const el of Array.from(doc.querySelectorAll('meta,link'))) {
    const key = (
      el.getAttribute('property') ??
      el.getAttribute('name') ??
      el.getAttribute('itemprop') ??
      el.getAttribute('rel')
    )
      ?.trim()
      .toLowerCase();
    const value = (el.getAttribute('content') ?? el.getAttribute('href'))?.trim();
    if (!key || !value) continue;
    const list = index.get(key) ?? [];
    list.push(value);
    index.set(key, list);
  }
  return index;
}

function metaContent(index: MetaIndex, keys: string[]): string[] {
  return keys.flatMap((k) => index.get(k) ?? []);
}

interface LinkedData {
  headline?: string;
  datePublished?: string;
  keywords: string[];
  url?: string;
}

/** The first Article-like object in the page's JSON-LD, read defensively (bounded size and depth). */
function linkedData(doc: DomDocument): LinkedData | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = script.textContent ?? '';
    if (raw.length > 1_000_000) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      continue;
    }
    const found = findArticleObject(data, 0);
    if (found) {
      const keywords = found.keywords;
      return {
        headline:
          typeof found.headline === 'string'
            ? found.headline
            : typeof found.name === 'string'
              ? found.name
              : undefined,
        datePublished: typeof found.datePublished === 'string' ? found.datePublished : undefined,
        url: typeof found.url === 'string' ? found.url : undefined,
        keywords: Array.isArray(keywords)
          ? keywords.filter((k): k is string => typeof k === 'string')
          : typeof keywords === 'string'
            ? keywords.split(',')
            : [],
      };
    }
  }
  return null;
}

function findArticleObject(value: unknown, depth: number): Record<string, unknown> | null {
  if (depth > 8 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 100)) {
      const found = findArticleObject(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const obj = value as Record<string, unknown>;
  const type = obj['@type'];
  const types = Array.isArray(type) ? type : [type];
  if (types.some((t) => typeof t === 'string' && /article|posting|report/i.test(t))) return obj;
  return findArticleObject(obj['@graph'], depth + 1);
}

/** Reads the page's own metadata. Call before `stripUnsafe`, which removes `<meta>` and `<script>`. */
export function readPageMeta(doc: DomDocument, fileName: string, savedUrl: string | null): PageMeta {
  const ld = linkedData(doc);
  const meta = indexMeta(doc);
  const url = safeHttpUrl(metaContent(meta, ['canonical', 'og:url'])[0]) ?? safeHttpUrl(ld?.url) ?? savedUrl;

  // Several published_time tags (B-87): the first real day in document order wins.
  const dateCandidates = [
    ...metaContent(meta, [
      'article:published_time',
      'datepublished',
      'pubdate',
      'publish-date',
      'date',
      'dc.date.issued',
      'dc.date',
    ]),
    ...(ld?.datePublished ? [ld.datePublished] : []),
    ...Array.from(doc.querySelectorAll('time[datetime]')).map((t) => t.getAttribute('datetime') ?? ''),
  ];
  let date: string | null = null;
  let dateText: string | null = null;
  for (const candidate of dateCandidates) {
    const day = parseMachineDate(candidate);
    if (day) {
      date = day;
      dateText = candidate.slice(0, 100);
      break;
    }
    dateText ??= candidate.slice(0, 100) || null;
  }
  const fallbackDate = (url ? dateFromUrl(url) : null) ?? dateFromFileName(fileName);

  const ogTitle = metaContent(meta, ['og:title', 'twitter:title'])[0];
  const titleTag = textOf(doc.querySelector('title'));
  const title = cleanInline(ogTitle ?? ld?.headline ?? '') || stripSiteSuffix(titleTag) || null;
  const siteName = metaContent(meta, ['og:site_name'])[0] ?? null;
  const tags = uniqueTags([
    ...metaContent(meta, ['article:tag', 'article:section']),
    ...(ld?.keywords ?? []),
  ]);
  return {
    title: title ? title.slice(0, 1_000) : null,
    url,
    date,
    dateText,
    fallbackDate,
    tags: tags.slice(0, 20),
    siteName: siteName ? cleanInline(siteName) : null,
  };
}

/** `Bonn Climate Change Conference - GKToday` → `Bonn Climate Change Conference`. */
export function stripSiteSuffix(title: string): string {
  const text = cleanInline(title);
  const m = /^(.{8,}?)\s+[|–—-]\s+([^|–—-]{2,40})$/.exec(text);
  return m ? m[1]! : text;
}
