/**
 * Per-source report of the importers over the real files in ../shared/realdata (not in this repository:
 * their text belongs to the publishers). Run: `npm run bench:realdata [-- DIR] [--json]`.
 * For each file: articles, records skipped (with reasons), titles that match the source's own title,
 * dates found, tags found, and bullets kept against the `<li>` elements of the source HTML.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseFile } from '../src/main/library/import';
import { tempLibrary } from '../test/support/temp-library';

const args = process.argv.slice(2);
const json = args.includes('--json');
const root = resolve(
  args.find((a) => !a.startsWith('--')) ?? join(__dirname, '..', '..', 'shared', 'realdata'),
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
/** List items of the article text: Drishti's `Tags:` list is metadata, not bullets. */
const liCount = (html: string) =>
  (html.replace(/<div class="tags-new">[\s\S]*?<\/div>/g, '').match(/<li[\s>]/gi) ?? []).length;

/** The titles the source itself gives, read independently of the importers, and its list items. */
function expected(path: string, text: string): { titles: string[] | null; sourceBullets: number | null } {
  const name = basename(path);
  if (name.endsWith('.html')) {
    const dynamic = [...text.matchAll(/<h1 id="dynamic-title">([\s\S]*?)<\/h1>/g)].map((m) => squash(m[1]!));
    const pib = [...text.matchAll(/<h2 id="Titleh2">([\s\S]*?)<\/h2>/g)].map((m) => squash(m[1]!));
    // PIB pages repeat the release in a hidden print copy: count the visible list items only.
    return { titles: dynamic.length ? dynamic : pib, sourceBullets: liCount(text.split('id="PdfDiv"')[0]!) };
  }
  if (name.endsWith('.jsonl')) return { titles: null, sourceBullets: null };
  const data = JSON.parse(text) as unknown;
  const records = (
    Array.isArray(data) ? data : (Object.values(data as object).find(Array.isArray) ?? [])
  ) as Array<Record<string, string>>;
  const titles = records.map((r) => {
    const h2 = /<h2[^>]*>([\s\S]*?)<\/h2>/.exec(r.content ?? '');
    return squash(h2 ? h2[1]! : (r.headline ?? r.title ?? ''));
  });
  const sourceBullets = records.reduce((n, r) => n + liCount(r.content ?? r.fullText ?? ''), 0);
  return { titles, sourceBullets };
}

interface Row {
  source: string;
  file: string;
  articles: number;
  skipped: number;
  titlesRight: string;
  datesFound: string;
  tagsFound: string;
  bulletsKept: string;
  failed: string;
}

const rows: Row[] = [];
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

for (const path of files) {
  const bytes = readFileSync(path);
  const source = relative(root, path).split('/')[0]!;
  try {
    const outcome = parseFile(basename(path), bytes);
    const { articles } = outcome;
    const { titles, sourceBullets } = expected(path, bytes.toString('utf8'));
    const wanted = titles ? new Set(titles.map((t) => t.toLowerCase())) : null;
    const right = wanted ? articles.filter((a) => wanted.has(squash(a.title).toLowerCase())).length : null;
    const bullets = articles.reduce((n, a) => n + a.blocks.filter((b) => b.kind === 'bullet').length, 0);
    rows.push({
      source,
      file: basename(path),
      articles: articles.length,
      skipped: outcome.skipped.length,
      titlesRight: right === null ? 'n/a (no title in source)' : `${right}/${articles.length}`,
      datesFound: `${articles.filter((a) => a.date).length}/${articles.length}`,
      tagsFound: `${articles.filter((a) => a.tags.length > 0).length}/${articles.length}`,
      bulletsKept: sourceBullets ? `${bullets}/${sourceBullets} li` : `${bullets}`,
      failed: '',
    });
    for (const s of outcome.skipped) notes.push(`${basename(path)}: skipped ${s.reason}`);
    for (const w of outcome.warnings) notes.push(`${basename(path)}: ${w}`);
  } catch (error) {
    rows.push({
      source,
      file: basename(path),
      articles: 0,
      skipped: 0,
      titlesRight: '',
      datesFound: '',
      tagsFound: '',
      bulletsKept: '',
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
    'articles',
    'skipped',
    'titlesRight',
    'datesFound',
    'tagsFound',
    'bulletsKept',
    'failed',
  ];
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const row of rows) console.log(`| ${header.map((h) => String(row[h])).join(' | ')} |`);
  const total = rows.reduce((n, r) => n + r.articles, 0);
  console.log(
    `\nTotal: ${total} articles from ${rows.length} files; stored in a fresh library: ${stored.imported.length} imported, ${stored.duplicates.length} duplicates, ${stored.failed.length} failed, ${stored.skipped?.length ?? 0} records skipped.`,
  );
  for (const f of stored.failed) console.log(`failed: ${f.error}`);
  if (notes.length) console.log(`\nNotes:\n${notes.map((n) => `- ${n}`).join('\n')}`);
}
