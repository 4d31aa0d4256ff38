/**
 * Per-source report of the importers over the real files in ../shared/realdata (not in this repository:
 * their text belongs to the publishers). Run: `npm run bench:realdata [-- DIR] [--json]`.
 * For each file, checked against the source read by hand (not by the importers): articles found against
 * records in the source; exact titles; dates that match the article's own dateline or meta line; source
 * categories kept whole as tags; articles with a junk line (dateline, tweet leftovers, footers, `Read
 * more`); articles where every source paragraph longer than 60 characters is in the stored text.
 * `--verbose` lists each junk line and each lost paragraph.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseFile } from '../src/main/library/import';
import { normalizeTag } from '../src/main/library/import/tags';
import { tempLibrary } from '../test/support/temp-library';

const args = process.argv.slice(2);
const json = args.includes('--json');
const verbose = args.includes('--verbose');
const root = resolve(
  args.find((a) => !a.startsWith('--')) ??
    [
      join(__dirname, '..', '..', 'shared', 'realdata'),
      join(__dirname, '..', '..', '..', 'shared', 'realdata'),
    ].find((dir) => existsSync(dir)) ??
    join(__dirname, '..', '..', 'shared', 'realdata'),
);
if (!existsSync(root)) {
  console.error(`No real data at ${root}.`);
  process.exit(1);
}

const squash = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&nbsp;|\s+/g, ' ')
    .trim();
/** What one record (or one article of a page) of the source says, read without the importers. */
interface SourceItem {
  title: string | null;
  /** The day of the article's own dateline or meta line, when it has one. */
  ownDate: string | null;
  /** Categories the source gave, each of which should be one whole tag. */
  categories: string[];
  /** Paragraphs of the text longer than 60 characters, one list per language body. */
  bodies: string[][];
}

const MONTHS: Record<string, string> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  oct: '10',
  nov: '11',
  dec: '12',
};
/** `14 AUG 2026 7:33PM` (a PIB dateline), read by hand. */
function datelineDay(text: string): string | null {
  const m = /\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})\s*,?\s+\d{1,2}[:.]\d{2}\s*[AP]M/i.exec(text);
  const month = m ? MONTHS[m[2]!.toLowerCase()] : undefined;
  return m && month ? `${m[3]}-${month}-${m[1]!.padStart(2, '0')}` : null;
}
const decode = (s: string) =>
  s
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&[lr]dquo;/g, '"')
    .replace(/&[lr]squo;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');
/** Source paragraphs longer than 60 characters, tweet links and signatures taken off. */
function paragraphsOf(html: string): string[] {
  return [...html.matchAll(/<(p|li|td|h[1-6])\b[^>]*>([\s\S]*?)<\/\1>/gi)]
    .map((m) => squash(decode(m[2]!.replace(/<(p|li|td)\b[\s\S]*$/i, ''))))
    .concat([])
    .map(untweet)
    .filter((p) => p.length > 60 && !/^read (more|this release in)\b/i.test(p));
}
function untweet(p: string): string {
  return p
    .replace(/\s*(?:pic\.twitter\.com\/\w+|https?:\/\/t\.co\/\w+)/g, '')
    .replace(/\s*[—–-]{1,2}\s*[^()]{1,80}?\s*\(@\w+\)\s*[A-Z][a-z]+ \d{1,2},? \d{4}\s*$/, '')
    .trim();
}
const textParagraphs = (text: string) =>
  text
    .split(/\n\s*\n|\n/)
    .map((p) => untweet(squash(p)))
    .filter((p) => p.length > 60);

/** The source's own view of a file, record by record (keyed by the label the importers give records). */
function sourceItems(path: string, text: string): { records: number; items: Map<string, SourceItem> } {
  const name = basename(path);
  const items = new Map<string, SourceItem>();
  if (name.endsWith('.html')) {
    const day = /Current Affairs (\d{2})-(\d{2})-(\d{4})/.exec(text);
    const chunks = text.split(/<h1 id="dynamic-title">/).slice(1);
    if (chunks.length > 0) {
      chunks.forEach((chunk, i) => {
        const title = squash(decode(chunk.slice(0, chunk.indexOf('</h1>'))));
        items.set(`article ${i + 1}`, {
          title,
          ownDate: day ? `${day[3]}-${day[2]}-${day[1]}` : null,
          categories: [],
          bodies: [paragraphsOf(chunk.slice(chunk.indexOf('</h1>')))],
        });
      });
      return { records: chunks.length, items };
    }
    const visible = text.split('id="PdfDiv"')[0]!;
    const title = /<h2 id="Titleh2">([\s\S]*?)<\/h2>/.exec(visible);
    const ministry = /id="MinistryName"[^>]*>([\s\S]*?)<\/div>/.exec(visible);
    const after = visible.slice(visible.indexOf('PrDateTime'));
    items.set('article 1', {
      title: title ? squash(decode(title[1]!)) : null,
      ownDate: datelineDay(squash(after.slice(0, 400))),
      categories: ministry ? [squash(decode(ministry[1]!))] : [],
      bodies: [paragraphsOf(after).filter((p) => !/^Posted On/i.test(p))],
    });
    return { records: 1, items };
  }
  if (name.endsWith('.jsonl')) {
    const lines = text.split('\n');
    let records = 0;
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      records++;
      const r = JSON.parse(line) as Record<string, string>;
      items.set(`line ${i + 1}`, {
        title: null,
        ownDate: null,
        categories: [],
        bodies: [textParagraphs(r.english ?? ''), textParagraphs(r.hindi ?? '')],
      });
    });
    return { records, items };
  }
  const data = JSON.parse(text) as unknown;
  const records = (
    Array.isArray(data) ? data : (Object.values(data as object).find(Array.isArray) ?? [])
  ) as Array<Record<string, string>>;
  records.forEach((r, i) => {
    const content = r.content ?? r.fullText ?? '';
    const h2 = /<h2[^>]*>([\s\S]*?)<\/h2>/.exec(content);
    const tagList = /<div class="tags-new">([\s\S]*?)<\/div>/.exec(content);
    const categories = tagList
      ? [...tagList[1]!.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => squash(decode(m[1]!)))
      : r.category
        ? [r.category]
        : [];
    const url = r.sourceUrl ?? r.articleUrl ?? r.link ?? '';
    const urlDay = /\/(20\d{2})\/(\d{2})\/(\d{2})\//.exec(url);
    const isHtml = /<p\b/i.test(content);
    const body = isHtml
      ? content.replace(/<div class="(?:tags-new|next-post)">[\s\S]*?<\/div>/g, '')
      : content;
    items.set(`record ${i + 1}`, {
      title: squash(decode(h2 ? h2[1]! : (r.headline ?? r.title ?? ''))) || null,
      // The record's own date: a dateline in its text, a Drishti day field, a date in its URL.
      ownDate:
        datelineDay(squash(body)) ??
        (content.includes('drishtiias') ? (r.date ?? null) : null) ??
        (urlDay ? `${urlDay[1]}-${urlDay[2]}-${urlDay[3]}` : null),
      categories,
      bodies: [isHtml ? paragraphsOf(body) : textParagraphs(body)],
    });
  });
  return { records: records.length, items };
}

/** Leftovers a reader would call junk: datelines, tweet debris, PIB footers, `Read more` lines. */
const JUNK_LINE = [
  /\b\d{1,2}\s+[A-Z]{3}\s+\d{4}\s+\d{1,2}:\d{2}\s*[AP]M\b/,
  /pic\.twitter\.com|https?:\/\/t\.co\//i,
  /\(@\w+\)\s+[A-Z][a-z]+ \d{1,2}, \d{4}\s*$/,
  /^visitor counter\b|^\(?release id\b|^view on pib website$|^more\b.{1,60}\bstories$|^read this release in\b/i,
  /^(read more|click here to (read|see))\b/i,
  /^posted on\s*:/i,
  /^follow us on social media\b/i,
  // PIB's closing officer initials (`VRRK/SH/BM`, `पीके/केसी/एसकेएस`), a slash left of them, and the Hindi
  // "see it in PDF" link.
  /^[A-Z]{1,6}(\s*\/\s*[A-Z.]{1,6}){1,6}\.?(\s*\/)?$|^\p{Script=Devanagari}{1,8}( \p{Script=Devanagari}{1,3})?(\s*\/\s*\p{Script=Devanagari}{1,8}( \p{Script=Devanagari}{1,3})?){1,6}(\s*\/)?$|^\/$/u,
  /^पीडीएफ में देखने के लिए/u,
];

const letters = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

interface Row {
  source: string;
  file: string;
  found: string;
  exactTitles: string;
  ownDates: string;
  wholeCategories: string;
  junk: string;
  allParagraphs: string;
  failed: string;
}

const rows: Row[] = [];

/** The counts behind one row, summed per source for the per-source table. */
interface Counts {
  articles: number;
  records: number;
  titled: number;
  titles: number;
  dated: number;
  dates: number;
  categorised: number;
  categories: number;
  junky: number;
  whole: number;
}
const bySource = new Map<string, Counts>();
function addCounts(source: string, counts: Counts): void {
  const sum = bySource.get(source);
  if (!sum) bySource.set(source, { ...counts });
  else for (const key of Object.keys(counts) as Array<keyof Counts>) sum[key] += counts[key];
}
const notes: string[] = [];
const files = readdirSync(root)
  .filter((d) => statSync(join(root, d)).isDirectory())
  .sort()
  .flatMap((d) =>
    readdirSync(join(root, d))
      .filter((f) => !f.endsWith('.md'))
      .sort()
      .map((f) => join(root, d, f)),
  );

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${n}/${d} (${Math.round((100 * n) / d)}%)`);
for (const path of files) {
  const bytes = readFileSync(path);
  const source = relative(root, path).split('/')[0]!;
  try {
    const outcome = parseFile(basename(path), bytes);
    const { articles } = outcome;
    const { records, items } = sourceItems(path, bytes.toString('utf8'));
    let titled = 0,
      titles = 0,
      dated = 0,
      dates = 0,
      categorised = 0,
      categories = 0,
      junky = 0,
      whole = 0;
    const perRecord = new Map<string, number>();
    articles.forEach((article, i) => {
      const label = article.record ?? `article ${i + 1}`;
      const nth = perRecord.get(label) ?? 0;
      perRecord.set(label, nth + 1);
      const item = items.get(label);
      if (item?.title && nth === 0) {
        titles++;
        if (squash(article.title).toLowerCase() === item.title.toLowerCase()) titled++;
      }
      if (item?.ownDate) {
        dates++;
        if (article.date === item.ownDate) dated++;
      }
      if (item && item.categories.length > 0 && nth === 0) {
        categories++;
        const tags = new Set(article.tags.map((t) => normalizeTag(t).toLowerCase()));
        const lost = item.categories.filter((c) => !tags.has(normalizeTag(c).toLowerCase()));
        if (lost.length === 0) categorised++;
        else if (verbose)
          notes.push(
            `${basename(path)}: category not a tag in “${article.title.slice(0, 60)}”: ${lost.join(' | ')}`,
          );
      }
      // The title repeated as the first paragraph counts only where the source has a title of its own.
      const lead = new Set([item?.title ? letters(article.title) : '', ...article.tags.map(letters)]);
      lead.delete('');
      if (
        article.blocks.some((b) => JUNK_LINE.some((p) => p.test(b.text))) ||
        (article.blocks[0] !== undefined && lead.has(letters(article.blocks[0].text)))
      ) {
        junky++;
        if (verbose) notes.push(`${basename(path)}: junk in “${article.title.slice(0, 60)}”`);
      }
      const stored = letters(
        [
          article.title,
          ...article.blocks.map((b) => b.text),
          ...(article.links ?? []).map((l) => l.title),
        ].join(' '),
      );
      const wanted = (item?.bodies[nth] ?? []).filter((p) => !JUNK_LINE.some((j) => j.test(p)));
      const missing = wanted.filter((p) => !stored.includes(letters(p)));
      if (missing.length === 0) whole++;
      else if (verbose)
        notes.push(
          `${basename(path)}: lost in “${article.title.slice(0, 60)}”: ${missing[0]!.slice(0, 100)}`,
        );
    });
    rows.push({
      source,
      file: basename(path),
      found:
        `${articles.length} from ${records} records` +
        (outcome.skipped.length ? ` (${outcome.skipped.length} skipped)` : ''),
      exactTitles: pct(titled, titles),
      ownDates: pct(dated, dates),
      wholeCategories: pct(categorised, categories),
      junk: `${junky}/${articles.length}`,
      allParagraphs: pct(whole, articles.length),
      failed: '',
    });
    addCounts(source, {
      articles: articles.length,
      records,
      titled,
      titles,
      dated,
      dates,
      categorised,
      categories,
      junky,
      whole,
    });
    for (const s of outcome.skipped) notes.push(`${basename(path)}: skipped ${s.reason}`);
    for (const w of outcome.warnings) notes.push(`${basename(path)}: ${w}`);
  } catch (error) {
    rows.push({
      source,
      file: basename(path),
      found: '0',
      exactTitles: '',
      ownDates: '',
      wholeCategories: '',
      junk: '',
      allParagraphs: '',
      failed: (error as Error).message,
    });
  }
}

// The same files through the library, into a real SQLite file: nothing may fail at the storage step.
const library = tempLibrary();
const stored = library.importTree(files);
library.close();

if (json) {
  console.log(
    JSON.stringify({
      rows,
      sources: Object.fromEntries(bySource),
      notes,
      stored: {
        imported: stored.imported.length,
        duplicates: stored.duplicates.length,
        failed: stored.failed,
        skipped: stored.skipped?.length ?? 0,
      },
    }),
  );
} else {
  const header: Array<keyof Row> = [
    'source',
    'file',
    'found',
    'exactTitles',
    'ownDates',
    'wholeCategories',
    'junk',
    'allParagraphs',
    'failed',
  ];
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const row of rows) console.log(`| ${header.map((h) => String(row[h])).join(' | ')} |`);
  console.log('\nPer source:\n');
  console.log('| source | found | exactTitles | ownDates | wholeCategories | junk | allParagraphs |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [source, c] of bySource)
    console.log(
      `| ${source} | ${c.articles} from ${c.records} records | ${pct(c.titled, c.titles)} | ${pct(c.dated, c.dates)} | ${pct(c.categorised, c.categories)} | ${c.junky}/${c.articles} | ${pct(c.whole, c.articles)} |`,
    );
  const total = rows.reduce((n, r) => n + Number.parseInt(r.found, 10), 0);
  console.log(
    `\nTotal: ${total} articles from ${rows.length} files; stored in a fresh library: ${stored.imported.length} imported, ${stored.duplicates.length} duplicates, ${stored.failed.length} failed, ${stored.skipped?.length ?? 0} records skipped.`,
  );
  for (const f of stored.failed) console.log(`failed: ${f.error}`);
  if (notes.length) console.log(`\nNotes:\n${notes.map((n) => `- ${n}`).join('\n')}`);
}
