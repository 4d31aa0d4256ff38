import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../shared/domain';
import { PALETTE } from '../../../shared/palette';
import {
  articleAnchor,
  monthLabel,
  pieces,
  plural,
  tableOfContents,
  type CompiledArticle,
  type CompiledItem,
  type Compilation,
} from './compilation';

/**
 * The printable compilation as one self-contained HTML document (no scripts, no remote loads). It is a
 * pure function of the compilation so that the app (`webContents.printToPDF`) and the CLI (playwright-core
 * with the system's Chromium) print exactly the same thing.
 */

/** Page margins for printing, in millimetres; the footer with page numbers lives in the bottom one. */
export const PAGE_MARGINS_MM = { top: 16, right: 16, bottom: 18, left: 16 } as const;

export interface HtmlOptions {
  /** Page on which each article starts, by anchor; absent on the first pass, when they are not known. */
  pageNumbers?: ReadonlyMap<string, number>;
  /**
   * Puts a token in place of each article's page number (`pageToken`), for `fillPageNumbers` to
   * replace: the export worker builds the document once and the main thread prints it twice.
   */
  pageTokens?: boolean;
}

/** The stand-in for an article's page number in a document built with `pageTokens`. */
export function pageToken(anchor: string): string {
  return `\uE000${anchor}\uE001`;
}

/**
 * Fills the page-number tokens of a document built with `pageTokens`: with each article's page, or
 * (before the pages are known) with a placeholder of the same width, so that the layout is identical.
 */
export function fillPageNumbers(template: string, pages?: ReadonlyMap<string, number>): string {
  return template.replace(/\uE000([^\uE001]*)\uE001/g, (_, anchor: string) =>
    pages ? String(pages.get(anchor) ?? '') : '000',
  );
}

export function escapeHtml(text: string): string {
  // The page-number token's private-use characters too, so that no text can pose as one.
  return text.replace(/[&<>"'\uE000\uE001]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Colours as printed (the one palette): a tint for the highlighted text, the strong tone for bars and labels. */
const COLORS: Record<HighlightColor, { tint: string; strong: string }> = PALETTE;

const SERIF = `"Noto Serif", "Noto Serif Devanagari", "Nirmala UI", "Mangal", "Kohinoor Devanagari", "Devanagari MT", Georgia, serif`;
const SANS = `"Noto Sans", "Noto Sans Devanagari", "Nirmala UI", "Mangal", "Kohinoor Devanagari", "Segoe UI", "Helvetica Neue", Arial, sans-serif`;

const STYLE = `
@page { size: A4; }
* { box-sizing: border-box; }
html { font-family: ${SERIF}; font-size: 10.5pt; line-height: 1.5; color: #1d2125;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
h1, h2, h3, h4, h5, h6, .sans, .kicker, .toc, .tag, .note-label, .cover { font-family: ${SANS}; }
.cover { height: 255mm; display: flex; flex-direction: column; justify-content: space-between; break-after: page;
  padding: 18mm 4mm 6mm; border-top: 3pt solid #1d2125; }
.cover .brand { font-size: 10pt; letter-spacing: 0.18em; text-transform: uppercase; color: #5b6470; }
.cover h1 { font-size: 27pt; line-height: 1.2; margin: 10mm 0 6mm; font-weight: 700; }
.cover .scope { font-size: 12.5pt; color: #3a424b; }
.cover .stats { margin-top: 10mm; font-size: 11pt; color: #3a424b; }
.cover .stats b { color: #1d2125; }
.cover .legend { display: flex; gap: 5mm; flex-wrap: wrap; font-size: 9pt; color: #3a424b; }
.cover .legend span { display: inline-flex; align-items: center; gap: 1.5mm; }
.cover .legend i { display: inline-block; width: 3.5mm; height: 3.5mm; border-radius: 1mm; }
.cover .foot { font-size: 9pt; color: #5b6470; border-top: 0.5pt solid #c9ced4; padding-top: 3mm; }
.toc { break-after: page; }
.toc h2 { font-size: 17pt; margin: 0 0 6mm; }
.toc h3 { font-size: 10pt; text-transform: uppercase; letter-spacing: 0.08em; color: #5b6470; margin: 5mm 0 1.5mm;
  break-after: avoid; }
.toc a { color: inherit; text-decoration: none; display: flex; align-items: baseline; gap: 2mm; padding: 0.6mm 0;
  font-size: 10pt; break-inside: avoid; }
.toc .t { flex: 0 1 auto; }
.toc .d { color: #5b6470; font-size: 8.5pt; white-space: nowrap; }
.toc .dots { flex: 1 1 auto; border-bottom: 0.8pt dotted #9aa3ad; min-width: 6mm; transform: translateY(-1mm); }
.toc .p { flex: 0 0 9mm; text-align: right; font-variant-numeric: tabular-nums; }
.article { padding-top: 2mm; }
.syllabus-heading { font-size: 13pt; margin: 10mm 0 4mm; padding: 2mm 3mm; border-left: 3pt solid #3d63dd;
  background: #eef2fc; break-after: avoid; }
.article + .article { margin-top: 9mm; border-top: 0.6pt solid #c9ced4; padding-top: 6mm; }
.article header { break-inside: avoid; break-after: avoid; margin-bottom: 3mm; }
.kicker { font-size: 8.5pt; color: #5b6470; text-transform: uppercase; letter-spacing: 0.06em; }
.article h2 { font-size: 15pt; line-height: 1.25; margin: 1mm 0 1.5mm; }
.tags { display: flex; flex-wrap: wrap; gap: 1.5mm; }
.tag { font-size: 7.5pt; border: 0.6pt solid #b6bdc5; border-radius: 2mm; padding: 0.2mm 1.8mm; color: #3a424b; }
.item { break-inside: avoid; }
.article h3, .article h4, .article h5, .article h6 { margin: 4mm 0 1.5mm; break-after: avoid; }
.article h3 { font-size: 12pt; } .article h4 { font-size: 11pt; } .article h5, .article h6 { font-size: 10.5pt; }
p { margin: 0 0 2.2mm; }
.b { position: relative; margin: 0 0 1.4mm; padding-left: calc(6.5mm + var(--lvl) * 6mm); }
.b::before { content: var(--marker); position: absolute; left: calc(var(--lvl) * 6mm); width: 4.5mm; text-align: right;
  color: #5b6470; }
blockquote { margin: 0 0 2.2mm 4mm; padding-left: 3mm; border-left: 1.5pt solid #c9ced4; font-style: italic; }
.caption { font-size: 9pt; color: #5b6470; }
table { border-collapse: collapse; margin: 1mm 0 3mm; font-size: 9pt; width: 100%; }
td, th { border: 0.5pt solid #b6bdc5; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
th { background: #eef1f4; }
mark { padding: 0.1em 0.15em; border-radius: 0.6mm; color: inherit; box-decoration-break: clone;
  -webkit-box-decoration-break: clone; }
.note { margin: 0.6mm 0 2.4mm calc(6.5mm + var(--lvl) * 6mm); padding: 1.2mm 2.5mm; border-left: 2pt solid #9aa3ad;
  background: #f5f6f8; font-size: 9.5pt; }
.note-label { font-size: 7.5pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.06em; margin-right: 1.5mm; }
.note-text { white-space: pre-wrap; }
.note-quote { font-style: italic; color: #3a424b; }
mark.plain { background: #ece9e1; }
.orphan { font-style: italic; }
.empty { font-size: 12pt; color: #5b6470; margin-top: 20mm; text-align: center; }
${Object.entries(COLORS)
  .map(
    ([c, { tint, strong }]) =>
      `mark.${c} { background: ${tint}; } .note.${c} { border-left-color: ${strong}; } .note.${c} .note-label { color: ${strong}; } .legend i.${c} { background: ${tint}; border: 0.6pt solid ${strong}; }`,
  )
  .join('\n')}
`;

function formatDay(date: string | null, fallback: string | null): string {
  if (!date) return fallback ?? 'Undated';
  return `${Number(date.slice(8, 10))} ${monthLabel(date)}`;
}

function textHtml(text: string): string {
  return escapeHtml(text).replace(/\n/g, '<br>');
}

/** The item's text as HTML, with highlights: the whole text, or the highlighted words. */
function marked(item: CompiledItem, html?: string): string {
  if (item.color) return `<mark class="${item.color}">${html ?? textHtml(item.text)}</mark>`;
  if (html !== undefined) return html;
  return pieces(item.text, item.spans)
    .map((p) =>
      p.span ? `<mark class="${p.span.color ?? 'plain'}">${textHtml(p.text)}</mark>` : textHtml(p.text),
    )
    .join('');
}

function notesHtml(item: CompiledItem, level: number, names: Record<HighlightColor, string>): string {
  return item.annotations
    .filter((n) => n.color || n.note.trim() || n.kind === 'span')
    .map((n) => {
      const label = n.color ? `<span class="note-label">${escapeHtml(names[n.color])}</span>` : '';
      // A row note's row is shown above it; other highlights quote their words.
      const onRow = n.row !== null && n.row !== undefined;
      const words =
        n.kind === 'span' && !onRow ? `<span class="note-quote">“${escapeHtml(n.quote)}”</span> ` : '';
      const body = n.note.trim() ? `<span class="note-text">${escapeHtml(n.note.trim())}</span>` : '';
      return `<div class="note ${n.color ?? ''}" style="--lvl:${level}">${label}${words}${body}</div>`;
    })
    .join('');
}

function itemHtml(item: CompiledItem, marker: string, names: Record<HighlightColor, string>): string {
  const block = item.block;
  if (block === null) {
    return `<div class="item"><div class="b orphan" style="--lvl:0;--marker:'“'">${marked(item)}</div>${notesHtml(item, 0, names)}</div>`;
  }
  let html: string;
  let level = 0;
  switch (block.kind) {
    case 'heading': {
      const h = Math.min(6, Math.max(3, block.level + 2));
      html = `<h${h}>${marked(item)}</h${h}>`;
      break;
    }
    case 'bullet':
      level = Math.max(0, Math.min(block.level, 6));
      html = `<div class="b" style="--lvl:${level};--marker:'${marker}'">${marked(item)}</div>`;
      break;
    case 'table': {
      // A noted row comes out alone under the table's header, its cells highlighted.
      const row = item.row;
      const rows = row
        ? [...(row.header ? [row.header] : []), row.cells]
        : (block.rows ?? block.text.split('\n').map((line) => line.split(' | ')));
      const [head = [], ...rest] = rows;
      const cells = (r: string[], tag: string): string =>
        r
          .map((c) => {
            const text = textHtml(c);
            const marked = row !== undefined && r === row.cells && item.color !== null && c.trim() !== '';
            return `<${tag}>${marked ? `<mark class="${item.color}">${text}</mark>` : text}</${tag}>`;
          })
          .join('');
      html = `<table${row ? ' class="row-note"' : ''}><thead><tr>${cells(head, 'th')}</tr></thead><tbody>${rest.map((r) => `<tr>${cells(r, 'td')}</tr>`).join('')}</tbody></table>`;
      break;
    }
    case 'quote':
      html = `<blockquote>${marked(item)}</blockquote>`;
      break;
    case 'caption':
      html = `<p class="caption">${marked(item)}</p>`;
      break;
    default:
      html = `<p>${marked(item)}</p>`;
  }
  return `<div class="item">${html}${notesHtml(item, level, names)}</div>`;
}

/** Numbers consecutive numbered bullets per level; bullets get a dot. */
function markers(items: readonly CompiledItem[]): string[] {
  const counters: number[] = [];
  return items.map((item) => {
    const b = item.block;
    if (!b || b.kind !== 'bullet') {
      counters.length = 0;
      return '';
    }
    counters.length = b.level + 1;
    if (b.listStyle !== 'numbered') {
      counters[b.level] = 0;
      return '•';
    }
    counters[b.level] = (counters[b.level] ?? 0) + 1;
    return `${counters[b.level]}.`;
  });
}

function articleHtml(a: CompiledArticle, names: Record<HighlightColor, string>): string {
  const kicker = [formatDay(a.date, a.dateText), a.source].filter(Boolean).map((s) => escapeHtml(s!));
  const tags = a.tags.map((t) => `<span class="tag">${escapeHtml(t)}</span>`).join('');
  const marks = markers(a.items);
  return `<article class="article" id="${articleAnchor(a)}">
<header><div class="kicker">${kicker.join(' · ')}</div><h2>${escapeHtml(a.title)}</h2>${tags ? `<div class="tags">${tags}</div>` : ''}</header>
${a.items.map((item, i) => itemHtml(item, marks[i]!, names)).join('\n')}
</article>`;
}

/** The articles; grouped by syllabus, each topic's articles under a heading of their own. */
function articlesHtml(c: Compilation): string {
  if (c.grouping !== 'syllabus') return c.articles.map((a) => articleHtml(a, c.colorNames)).join('\n');
  return tableOfContents(c)
    .map(
      (group) =>
        `<h2 class="syllabus-heading">${escapeHtml(group.heading)}</h2>\n${group.articles.map((a) => articleHtml(a, c.colorNames)).join('\n')}`,
    )
    .join('\n');
}

function tocHtml(c: Compilation, options: HtmlOptions): string {
  const pages = options.pageNumbers;
  const groups = tableOfContents(c)
    .map(
      (g) =>
        `<h3>${escapeHtml(g.heading)}</h3>${g.articles
          .map((a) => {
            const anchor = articleAnchor(a);
            // Before the pages are known, a placeholder of the same width keeps the layout identical.
            const page = options.pageTokens
              ? pageToken(anchor)
              : pages
                ? String(pages.get(anchor) ?? '')
                : '000';
            return `<a href="#${anchor}"><span class="t">${escapeHtml(a.title)}</span><span class="d">${escapeHtml(formatDay(a.date, a.dateText))}</span><span class="dots"></span><span class="p">${page}</span></a>`;
          })
          .join('')}`,
    )
    .join('\n');
  return `<nav class="toc"><h2>Contents</h2>${groups}</nav>`;
}

function coverHtml(c: Compilation): string {
  const legend = HIGHLIGHT_COLORS.map(
    (k) => `<span><i class="${k}"></i>${escapeHtml(c.colorNames[k])}</span>`,
  ).join('');
  return `<section class="cover">
<div><div class="brand">Bulletin · ${c.content === 'notes' ? 'Notes compilation' : 'Compilation'}</div>
<h1>${escapeHtml(c.title)}</h1>
<div class="scope">${escapeHtml(c.description)}</div>
<div class="stats"><b>${c.articles.length}</b> ${plural(c.articles.length, 'article')} · <b>${c.noteCount}</b> ${plural(c.noteCount, 'note')}</div></div>
<div><div class="legend">${legend}</div>
<div class="foot">Compiled on ${escapeHtml(formatDay(c.exportedOn, null))} with Bulletin. Notes appear under the passage they belong to.</div></div>
</section>`;
}

/** The whole printable document. */
export function compilationToHtml(c: Compilation, options: HtmlOptions = {}): string {
  const content = c.articles.length
    ? `${tocHtml(c, options)}\n${articlesHtml(c)}`
    : '<p class="empty">Nothing in the library matches this export.</p>';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:">
<title>${escapeHtml(c.title)}</title>
<style>${STYLE}</style></head>
<body>
${coverHtml(c)}
${content}
</body></html>
`;
}

/** The running footer: title on the left, page numbers on the right (Chromium's header/footer template). */
export function footerTemplate(c: Compilation): string {
  return `<div style="width:100%; margin:0 ${PAGE_MARGINS_MM.left}mm; display:flex; justify-content:space-between; font-family:${SANS.replace(/"/g, "'")}; font-size:7.5pt; color:#5b6470;"><span style="overflow:hidden; white-space:nowrap; text-overflow:ellipsis; max-width:75%;">${escapeHtml(c.title)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}
