import { ImportError } from '../errors';
import { dateFromUrl, parseMachineDate } from './dates';
import { finishArticle, type ArticleDraft } from './finish';
import { readHtml } from './html';
import { fastXmlParser } from './lazy';
import type { ParseOutcome, ParsedArticle, ParsedBlock, SkippedRecord, SourceDocument } from './model';
import { cleanInline } from './normalize';
import { safeHttpUrl } from './page-meta';
import { uniqueTags } from './tags';
import { textBlocks } from './text';

type Node = Record<string, unknown>;

/**
 * Entity declarations are refused before parsing; the parser's own limits are a second fence, counted on
 * declared entities only (`appliesTo: 'external'`, a documented option its types lack). Counting every
 * `&lt;` too refused ordinary feeds: 60 items of escaped HTML hold far more than 1,000 references.
 */
const ENTITY_LIMITS = {
  enabled: true,
  maxEntityCount: 50,
  maxEntitySize: 1000,
  maxTotalExpansions: 1000,
  maxExpandedLength: 100_000,
  appliesTo: 'external',
};

const parser = once(
  () =>
    new (fastXmlParser().XMLParser)({
      ignoreAttributes: false,
      attributeNamePrefix: '@_',
      parseTagValue: false,
      parseAttributeValue: false,
      trimValues: true,
      processEntities: ENTITY_LIMITS,
      htmlEntities: true,
      isArray: (name) => ['item', 'entry', 'outline', 'category', 'link'].includes(name),
    }),
);

const MAX_ITEMS = 10_000;

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** A feed subscription listed in an OPML file. */
export interface FeedSubscription {
  title: string;
  xmlUrl: string;
  htmlUrl: string | null;
}

/** Reads an RSS 2.0 / RSS 1.0 / Atom feed file (each item an article) or an OPML outline. */
export function parseFeed(doc: SourceDocument): ParseOutcome {
  const root = parseXml(doc);
  if (root.rss || root['rdf:RDF']) return rssArticles(doc, root);
  if (root.feed) return atomArticles(root.feed as Node);
  if (root.opml) return opmlOutline(doc, root.opml as Node);
  throw new ImportError('unsupported', `${doc.name} is XML but not an RSS, Atom or OPML file.`);
}

function parseXml(doc: SourceDocument): Node {
  if (/<!ENTITY/i.test(doc.text.slice(0, 100_000))) {
    throw new ImportError(
      'unsupported',
      `${doc.name} declares XML entities; Bulletin does not read such files, for safety.`,
    );
  }
  try {
    return parser().parse(doc.text) as Node;
  } catch (error) {
    throw new ImportError(
      'unreadable',
      `${doc.name} is not well-formed XML (${(error as Error).message.split('\n')[0]}).`,
    );
  }
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return text(value[0]);
  if (value && typeof value === 'object') return text((value as Node)['#text'] ?? '');
  return '';
}

function list(value: unknown): Node[] {
  if (Array.isArray(value)) return value.filter((v): v is Node => v !== null && typeof v === 'object');
  return value && typeof value === 'object' ? [value as Node] : [];
}

function itemArticle(fields: {
  title: string;
  link: string | null;
  date: string;
  categories: string[];
  body: string;
  source: string | null;
}): ParsedArticle {
  const base: ArticleDraft = {
    title: cleanInline(fields.title) || null,
    date: parseMachineDate(fields.date) ?? (fields.link ? dateFromUrl(fields.link) : null),
    dateText: fields.date ? fields.date.slice(0, 100) : null,
    tags: uniqueTags(fields.categories),
    source: fields.source,
    url: fields.link,
    blocks: [],
  };
  let blocks: ParsedBlock[];
  if (/<[a-z][^>]*>/i.test(fields.body)) blocks = readHtml('item.html', fields.body).drafts[0]?.blocks ?? [];
  else blocks = textBlocks(fields.body);
  return finishArticle({ ...base, blocks });
}

function collect(items: Node[], toArticle: (item: Node) => ParsedArticle): ParseOutcome {
  const articles: ParsedArticle[] = [];
  const skipped: SkippedRecord[] = [];
  items.slice(0, MAX_ITEMS).forEach((item, i) => {
    const article = toArticle(item);
    if (article.blocks.length === 0)
      skipped.push({ title: article.title, reason: `item ${i + 1} (“${article.title}”) has no text` });
    else articles.push({ ...article, record: `item ${i + 1}` });
  });
  return {
    articles,
    skipped,
    warnings: items.length > MAX_ITEMS ? [`Only the first ${MAX_ITEMS} items were read.`] : [],
  };
}

function rssArticles(doc: SourceDocument, root: Node): ParseOutcome {
  const rdf = root['rdf:RDF'] as Node | undefined;
  const channel = (rdf?.channel ?? (root.rss as Node | undefined)?.channel ?? {}) as Node;
  const items = list(rdf?.item ?? channel.item);
  const site = cleanInline(text(channel.title)) || null;
  if (items.length === 0) throw new ImportError('no-content', `${doc.name} is a feed with no items.`);
  return collect(items, (item) =>
    itemArticle({
      title: text(item.title),
      link: safeHttpUrl(text(item.link)) ?? safeHttpUrl(text(item.guid)),
      date: text(item.pubDate ?? item['dc:date'] ?? item.date),
      categories: list(item.category)
        .map(text)
        .concat(
          Array.isArray(item.category) ? item.category.filter((c): c is string => typeof c === 'string') : [],
        ),
      body: text(item['content:encoded'] ?? item.description ?? ''),
      source: site,
    }),
  );
}

function atomArticles(feed: Node): ParseOutcome {
  const entries = list(feed.entry);
  const site = cleanInline(text(feed.title)) || null;
  return collect(entries, (entry) => {
    const links = list(entry.link);
    const alternate = links.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? links[0];
    return itemArticle({
      title: text(entry.title),
      link: safeHttpUrl(alternate ? String(alternate['@_href'] ?? '') : ''),
      date: text(entry.published ?? entry.updated ?? ''),
      categories: list(entry.category).map((c) => String(c['@_label'] ?? c['@_term'] ?? '')),
      body: text(entry.content ?? entry.summary ?? ''),
      source: site,
    });
  });
}

/** OPML subscriptions (`xmlUrl`), flattened, at most 10,000. */
export function opmlSubscriptions(opml: Node): FeedSubscription[] {
  const found: FeedSubscription[] = [];
  const visit = (outlines: Node[], depth: number): void => {
    if (depth > 20) return;
    for (const o of outlines) {
      if (found.length >= MAX_ITEMS) return;
      const xmlUrl = safeHttpUrl(String(o['@_xmlUrl'] ?? ''));
      if (xmlUrl)
        found.push({
          title: cleanInline(String(o['@_title'] ?? o['@_text'] ?? xmlUrl)),
          xmlUrl,
          htmlUrl: safeHttpUrl(String(o['@_htmlUrl'] ?? '')),
        });
      visit(list(o.outline), depth + 1);
    }
  };
  visit(list((opml.body as Node | undefined)?.outline), 0);
  return found;
}

/**
 * The feed subscriptions an OPML file lists (for `Feeds.addFromOpml`); a sentence when the file is not
 * OPML or lists none.
 */
export function readOpmlSubscriptions(doc: SourceDocument): FeedSubscription[] {
  const root = parseXml(doc);
  if (!root.opml) throw new ImportError('unsupported', `${doc.name} is not an OPML file.`);
  const found = opmlSubscriptions(root.opml as Node);
  if (found.length === 0)
    throw new ImportError('no-content', `${doc.name} lists no feed addresses (no outline has an xmlUrl).`);
  return found;
}

/**
 * An OPML file is either a list of feed subscriptions or an outline (notes as nested points). An
 * outline becomes one article with nested bullets; a subscription list is reported, since fetching
 * feeds over the network is not part of file import.
 */
function opmlOutline(doc: SourceDocument, opml: Node): ParseOutcome {
  const subscriptions = opmlSubscriptions(opml);
  if (subscriptions.length > 0) {
    throw new ImportError(
      'unsupported',
      `${doc.name} lists ${subscriptions.length} feed subscription${subscriptions.length === 1 ? '' : 's'} (${subscriptions
        .slice(0, 3)
        .map((s) => s.title)
        .join(
          ', ',
        )}${subscriptions.length > 3 ? ', …' : ''}); subscribe to them under Feeds (Add feed… → From an OPML file…) or with \`bulletin feeds add --opml\`.`,
    );
  }
  const blocks: ParsedBlock[] = [];
  const visit = (outlines: Node[], level: number): void => {
    for (const o of outlines) {
      if (blocks.length >= 50_000) return;
      const line = cleanInline(String(o['@_text'] ?? o['@_title'] ?? ''));
      if (line) blocks.push({ kind: 'bullet', text: line, level: Math.min(level, 8), listStyle: 'bulleted' });
      if (level < 50) visit(list(o.outline), line ? level + 1 : level);
    }
  };
  visit(list((opml.body as Node | undefined)?.outline), 0);
  const head = (opml.head ?? {}) as Node;
  const article = finishArticle({
    title: cleanInline(text(head.title)) || null,
    date: parseMachineDate(text(head.dateCreated ?? head.dateModified ?? '')),
    dateText: text(head.dateCreated ?? head.dateModified ?? '') || null,
    tags: [],
    blocks,
    fallbackTitle: doc.name.replace(/\.[^.]+$/, ''),
  });
  return { articles: [article], skipped: [], warnings: [] };
}
