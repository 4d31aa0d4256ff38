/**
 * A generated corpus of files to import, in the shapes real sources have: StudyIQ copied text,
 * Drishti IAS pages (2021 single articles and 2025-26 whole days), PIB release pages, pages with site
 * chrome that Readability must see through, Markdown notes and JSON dumps. Article text comes from the
 * synthetic library generator (bench/corpus.ts); the same seed always gives the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateArticles, type CorpusArticle, type CorpusBlock } from './corpus';
import { MONTH_NAMES } from '../src/shared/dates';

export interface ImportCorpus {
  textDir: string;
  htmlDir: string;
  otherDir: string;
  /** Articles written in each folder. */
  counts: { text: number; html: number; other: number };
}

const MONTHS = MONTH_NAMES;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60);
const humanDate = (iso: string | null) => {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
};
const dmy = (iso: string | null) => (iso ? iso.split('-').reverse().join('-') : '01-01-2024');

/** StudyIQ's copied-text layout, bullets indented with `•`. */
export function studyIqText(a: CorpusArticle): string {
  const lines = [
    'Call us for Counseling - 9000000001, For Support - 9000000002.',
    '',
    'Current Affairs',
    '',
    'Filter By Date',
    '',
    a.title,
    '',
    `Date: ${humanDate(a.date)} Tags: ${a.tags.slice(0, 2).join(', ')}`,
    '',
  ];
  for (const b of a.blocks) {
    if (b.kind === 'heading') lines.push('', b.text, '');
    else if (b.kind === 'bullet') lines.push(`${'  '.repeat(b.level + 1)}• ${b.text}`, '');
    else lines.push(b.text, '', '');
  }
  return lines.join('\n');
}

/** Blocks as Drishti writes them: nested `<ul style>` lists, `<strong>` lead-ins, pretty-printed spans. */
function drishtiBody(blocks: CorpusBlock[]): string {
  const out: string[] = [];
  let depth = 0;
  const styles = ['square', 'circle', 'disc', 'disc'];
  for (const b of blocks) {
    const target = b.kind === 'bullet' ? b.level + 1 : 0;
    while (depth > target) {
      out.push('</li></ul>');
      depth--;
    }
    if (b.kind === 'bullet') {
      if (depth === target) out.push('</li>');
      while (depth < target) {
        out.push(`<ul style="list-style-type: ${styles[depth]};">`);
        depth++;
      }
      const [lead, ...rest] = b.text.split(' ');
      out.push(
        `<li><strong>${esc(lead ?? '')}</strong> <span data-contrast="none">\n   ${esc(rest.join(' '))}\n  </span>`,
      );
    } else if (b.kind === 'heading') out.push(`<h3>${esc(b.text)}</h3>`);
    else out.push(`<p><span data-contrast="none">${esc(b.text)}</span></p>`);
  }
  while (depth-- > 0) out.push('</li></ul>');
  return out.join('\n');
}

const SCRIPTS = `<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());</script>
<script src="https://cdn.example/jquery.min.js"></script><style>.a2a_kit{display:flex}.menu li{float:left}</style>`;
const NAV = `<header><nav class="menu"><ul>${Array.from({ length: 24 }, (_, i) => `<li><a href="/section-${i}">Section ${i}</a></li>`).join('')}</ul></nav></header>`;
const FOOTER = `<footer><div class="widget">${Array.from({ length: 30 }, (_, i) => `<a href="/page-${i}">Useful link ${i}</a>`).join(' | ')}</div><p>© Example Publications</p></footer>`;

export function drishtiPage(a: CorpusArticle): string {
  const tags = [`GS Paper - ${(a.title.length % 3) + 1}`, ...a.tags.slice(0, 2)];
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(a.title)}</title>${SCRIPTS}</head><body>${NAV}
<div class="article-detail">
<div class="next-post"><a class="prev" href="https://www.drishtiias.com/current-affairs-news-analysis-editorials/news-analysis/${dmy(a.date)}">Prev</a></div>
<h2><a href="https://www.drishtiias.com/daily-updates/daily-news-analysis/${slug(a.title)}" target="_blank">${esc(a.title)}</a></h2>
<div class="tags-new"><ul>Tags: ${tags.map((t) => `<li><a href="https://www.drishtiias.com/tags/${slug(t)}">${esc(t)}</a></li>`).join('')}</ul></div>
<div class="social-shares"><div class="a2a_kit"><a class="a2a_button_facebook"></a><a class="a2a_button_twitter"></a></div></div>
${drishtiBody(a.blocks)}
<p><a href="https://www.thehindu.com/x"><strong>Source: TH</strong></a></p>
</div>${FOOTER}</body></html>`;
}

/** A whole Drishti day (2025-26 layout): one `<h1 id="dynamic-title">` per article. */
export function drishtiDayPage(day: string | null, articles: CorpusArticle[]): string {
  const parts = articles.map(
    (a, i) => `<div class="article-container" id="article-sorted-${i}">
<h1 id="dynamic-title">
 <a href="https://www.drishtiias.com/daily-updates/daily-news-analysis/${slug(a.title)}" target="_blank">
  ${esc(a.title)}
 </a>
</h1>
<div class="starRating"><span class="star-checked">★</span><span class="star-unchecked">☆</span></div>
<div class="border-bg"><p><b><span data-contrast="none">For Prelims:</span></b> ${esc(a.tags.join(', '))}</p></div>
${drishtiBody(a.blocks)
  .replace(/<h3>/g, '<h2>')
  .replace(/<\/h3>/g, '</h2>')}
</div><hr>`,
  );
  return `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>Scraped Articles</title></head><body>
<h1>Current Affairs ${dmy(day)}</h1><h3>Credit - Drishti Ias</h3>
${parts.join('\n')}</body></html>`;
}

export function pibPage(a: CorpusArticle, id: number): string {
  let n = 0;
  const body = a.blocks
    .map((b) =>
      b.kind === 'bullet'
        ? `<p style="text-align:justify"><span style="font-family:Times New Roman"><span style="font-size:16px">${++n}. ${esc(b.text)}</span></span></p>`
        : `<p style="text-align:justify"><span style="font-family:Times New Roman"><span style="font-size:16px">${b.kind === 'heading' ? `<strong>${esc(b.text)}</strong>` : esc(b.text)}&nbsp;</span></span></p>`,
    )
    .join('\n');
  const d = a.date ? new Date(`${a.date}T00:00:00Z`) : new Date(Date.UTC(2024, 0, 1));
  const posted = `${String(d.getUTCDate()).padStart(2, '0')} ${MONTHS[d.getUTCMonth()]!.slice(0, 3).toUpperCase()} ${d.getUTCFullYear()} 6:48PM`;
  return `<!DOCTYPE html><html><head><title> Press Release:Press Information Bureau </title><meta charset="utf-8" />${SCRIPTS}</head><body>
<form method="post" id="form1"><input type="hidden" name="__VIEWSTATE" value="${'x'.repeat(2000)}" />
<div class="innner-page-main-about-us-content-right-part">
<div id="MinistryName" class="MinistryNameSubhead text-center"> ${esc(a.tags[0] ?? 'Ministry of Finance')} </div>
<div class="text-center event-heading-background"><h2 id="Titleh2"> ${esc(a.title)} </h2><h3 id="Subtitleh3"><span id="ltrSubtitle"></span></h3></div>
<div id="PrDateTime" class="ReleaseDateSubHeaddateTime text-center pt20"> Posted On: ${posted} by PIB Delhi </div>
${body}
<p style="text-align:center">&nbsp;&nbsp;*****</p><p>ABC/DE</p>
<span id="ReleaseId">(Release ID: ${id})</span><span id="lblViews">Visitor Counter : 502</span>
<div class="ReleaseLang">Read this release in: <a href="#">Urdu</a> , <a href="#">हिन्दी</a></div>
</div>
<div id="PdfDiv" style="display: none;"><table width="100%"><tr><td>${body}</td></tr></table></div>
</form></body></html>`;
}

/** A page no site rule knows, with navigation and footers that Readability has to see through. */
export function genericPage(a: CorpusArticle): string {
  const body = a.blocks
    .map((b) =>
      b.kind === 'heading'
        ? `<h2>${esc(b.text)}</h2>`
        : b.kind === 'bullet'
          ? `<ul><li>${esc(b.text)}</li></ul>`
          : `<p>${esc(b.text)}</p>`,
    )
    .join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} | Example News</title>
<meta property="og:title" content="${esc(a.title)}">${a.date ? `<meta property="article:published_time" content="${a.date}T09:00:00+05:30">` : ''}${SCRIPTS}</head>
<body>${NAV}<div class="layout"><div class="sidebar">${Array.from({ length: 12 }, (_, i) => `<a href="/trending-${i}">Trending story ${i}</a>`).join('<br>')}</div>
<div class="story"><h1>${esc(a.title)}</h1>${body}</div></div>${FOOTER}</body></html>`;
}

export function markdownNote(a: CorpusArticle): string {
  const body = a.blocks
    .map((b) =>
      b.kind === 'heading'
        ? `## ${b.text}`
        : b.kind === 'bullet'
          ? `${'  '.repeat(b.level)}- ${b.text}`
          : b.text,
    )
    .join('\n\n');
  return `---\ntitle: "${a.title.replace(/"/g, "'")}"\ndate: ${a.date ?? ''}\ntags: [${a.tags.map((t) => JSON.stringify(t)).join(', ')}]\n---\n\n${body}\n`;
}

/** Writes `articles` articles as files: half copied text, 40% saved pages, the rest Markdown and JSON. */
export function writeImportCorpus(dir: string, articles: number, seed = 7): ImportCorpus {
  const corpus: ImportCorpus = {
    textDir: join(dir, 'text'),
    htmlDir: join(dir, 'html'),
    otherDir: join(dir, 'other'),
    counts: { text: 0, html: 0, other: 0 },
  };
  for (const d of [corpus.textDir, corpus.htmlDir, corpus.otherDir]) mkdirSync(d, { recursive: true });
  const all = [...generateArticles({ seed, articles, annotations: 0, hindiShare: 0.03 })];
  const textCount = Math.round(articles * 0.5);
  const htmlCount = Math.round(articles * 0.4);
  all
    .slice(0, textCount)
    .forEach((a, i) => writeFileSync(join(corpus.textDir, `studyiq-${i}.txt`), studyIqText(a)));
  corpus.counts.text = textCount;

  const html = all.slice(textCount, textCount + htmlCount);
  let i = 0;
  let file = 0;
  while (i < html.length) {
    const kind = file % 5;
    if (kind === 4 && i + 6 <= html.length) {
      const day = html.slice(i, i + 6);
      writeFileSync(join(corpus.htmlDir, `drishti-day-${file}.html`), drishtiDayPage(day[0]!.date, day));
      i += 6;
    } else {
      const a = html[i++]!;
      const page =
        kind === 0 || kind === 4
          ? drishtiPage(a)
          : kind === 1
            ? pibPage(a, 3_000_000 + file)
            : kind === 2
              ? genericPage(a)
              : drishtiPage(a);
      writeFileSync(join(corpus.htmlDir, `page-${file}.html`), page);
    }
    file++;
  }
  corpus.counts.html = html.length;

  const other = all.slice(textCount + htmlCount);
  const half = Math.floor(other.length / 2);
  other
    .slice(0, half)
    .forEach((a, k) => writeFileSync(join(corpus.otherDir, `note-${k}.md`), markdownNote(a)));
  for (let k = half; k < other.length; k += 50) {
    const records = other.slice(k, k + 50).map((a) => ({
      title: a.title,
      date: a.date,
      tags: a.tags,
      content: a.blocks.map((b) => (b.kind === 'bullet' ? `- ${b.text}` : b.text)).join('\n\n'),
    }));
    writeFileSync(join(corpus.otherDir, `dump-${k}.json`), JSON.stringify(records));
  }
  corpus.counts.other = other.length;
  return corpus;
}

// `tsx bench/corpus-import.ts DIR N`: writes the corpus and prints its counts (the benchmark runs this in
// a child process, so that generating the text does not count towards the importer's memory).
if (process.argv[1] && /corpus-import\.(ts|js)$/.test(process.argv[1])) {
  const [dir, n] = process.argv.slice(2);
  process.stdout.write(JSON.stringify(writeImportCorpus(dir!, Number(n))));
}
