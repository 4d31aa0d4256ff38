import { dateFromFileName, findDateIn } from './dates';
import type { ParsedArticle, ParsedBlock, SourceDocument } from './model';
import { cleanInline, toLines } from './normalize';
import { splitTags } from './tags';

/** Lines that belong to a site's chrome, not to the article. */
const JUNK_LINES: RegExp[] = [
  /^call us for counsel+ing\b/i,
  /^for support\s*[-–:]/i,
  /^current affairs$/i,
  /^filter by date$/i,
  /^(share|share this|print|print friendly, pdf & email|read more|prev|previous|next|previous article|next article)$/i,
  /^(previous|next) (post|article)\b.{0,80}$/i,
  /^(whatsapp|telegram|call|phone|mobile)\s*(us|no\.?|number)?\s*[:\-–]?\s*[+\d][\d\s-]{8,}$/i,
  /^visitor counter\s*:/i,
  /^\(?release id\s*:?\s*\d+\)?$/i,
  /^\*{3,}$/,
  /^(image credit|image courtesy|image not found)\b/i,
  /^(★|☆|\s)+$/,
];

const SITE_MARKERS: Array<{ pattern: RegExp; source: string }> = [
  { pattern: /call us for counsel+ing/i, source: 'StudyIQ' },
  { pattern: /drishti/i, source: 'Drishti IAS' },
  { pattern: /posted on:.*\bpib\b/i, source: 'PIB' },
];

const BULLET = /^(\s*)(?:([•●▪■◦○♦◆➢➤►✓✔–\-*])|(\d{1,2}[.)])|(\((?:[ivx]{1,4}|[a-z])\)))\s+(.*)$/;

interface Line {
  indent: number;
  text: string;
}

const isJunk = (text: string) => JUNK_LINES.some((p) => p.test(text));

/** Reads an article copied from a current-affairs site as plain text. */
export function parseCopiedText(doc: SourceDocument): ParsedArticle {
  const lines: Array<Line | null> = toLines(doc.text).map((raw) => {
    const text = cleanInline(raw);
    if (text === '') return null;
    return { indent: raw.length - raw.trimStart().length, text };
  });
  const source = SITE_MARKERS.find((m) => m.pattern.test(doc.text))?.source ?? null;

  let title: string | null = null;
  let dateText: string | null = null;
  let date: string | null = null;
  let tags: string[] = [];
  const body: Array<Line | null> = [];

  for (const line of lines) {
    if (line === null) {
      body.push(null);
      continue;
    }
    if (isJunk(line.text)) continue;
    const meta = readMetaLine(line.text);
    if (meta && dateText === null && (meta.dateText !== null || meta.tags.length > 0)) {
      if (meta.dateText !== null) {
        dateText = meta.dateText;
        date = meta.date;
      }
      tags = [...tags, ...meta.tags];
      continue;
    }
    if (title === null && !BULLET.test(line.text) && line.text.length <= 250) {
      title = line.text.replace(/^title\s*:\s*/i, '');
      continue;
    }
    body.push(line);
  }

  return {
    title: title ?? doc.name.replace(/\.[^.]+$/, ''),
    date: date ?? dateFromFileName(doc.name),
    dateText: dateText ?? null,
    tags: [...new Set(tags)],
    source,
    url: null,
    blocks: toBlocks(body),
  };
}

/** `Date: 10 January 2022 Tags: Miscellaneous`, `Posted On: …`, or a lone `Tags:`/`Category:` line. */
function readMetaLine(text: string): { date: string | null; dateText: string | null; tags: string[] } | null {
  const labelled = /^(?:date|posted on|published(?: on)?|updated)\s*:\s*(.*)$/i.exec(text);
  if (labelled) {
    const rest = labelled[1]!;
    const tagsAt = rest.search(/\b(?:tags?|category|categories)\s*:/i);
    const datePart = tagsAt >= 0 ? rest.slice(0, tagsAt) : rest;
    const found = findDateIn(datePart);
    const tagPart = tagsAt >= 0 ? rest.slice(tagsAt).replace(/^[^:]*:/, '') : '';
    return { date: found?.date ?? null, dateText: found?.text ?? datePart.trim(), tags: splitTags(tagPart) };
  }
  const tagLine = /^(?:tags?|category|categories)\s*:\s*(.+)$/i.exec(text);
  if (tagLine) return { date: null, dateText: null, tags: splitTags(tagLine[1]!) };
  return null;
}

/** Turns body lines into paragraphs, headings and bullets (with nesting from indentation). */
function toBlocks(lines: Array<Line | null>): ParsedBlock[] {
  const blocks: ParsedBlock[] = [];
  const bulletIndents: number[] = [];
  let previous: { line: Line; block: ParsedBlock } | null = null;

  lines.forEach((line, index) => {
    if (line === null) {
      previous = null;
      return;
    }
    const bullet = BULLET.exec(' '.repeat(line.indent) + line.text);
    if (bullet) {
      const indent = bullet[1]!.length;
      while (bulletIndents.length > 0 && indent < bulletIndents.at(-1)!) bulletIndents.pop();
      if (bulletIndents.length === 0 || indent > bulletIndents.at(-1)!) bulletIndents.push(indent);
      const block: ParsedBlock = { kind: 'bullet', text: line.text.replace(/^\S+\s+/, ''), level: bulletIndents.length - 1 };
      if (bullet[3] || bullet[4]) block.text = line.text; // keep "1." and "(i)": they carry meaning
      blocks.push(block);
      previous = { line, block };
      return;
    }
    // An indented line right under a bullet continues it; a lower-case line continues a paragraph.
    if (previous && (isContinuation(previous, line) || startsLowerCase(line.text))) {
      previous.block.text = `${previous.block.text} ${line.text}`;
      return;
    }
    bulletIndents.length = 0;
    const block: ParsedBlock = isHeading(line.text, lines.slice(index + 1))
      ? { kind: 'heading', text: line.text.replace(/:$/, ''), level: 2 }
      : { kind: 'paragraph', text: line.text, level: 0 };
    blocks.push(block);
    previous = block.kind === 'paragraph' ? { line, block } : null;
  });
  return blocks;
}

function isContinuation(previous: { line: Line; block: ParsedBlock }, line: Line): boolean {
  return previous.block.kind === 'bullet' && line.indent > previous.line.indent;
}

function startsLowerCase(text: string): boolean {
  return /^[a-z]/.test(text);
}

/** A short line with no closing punctuation, followed by more text, is a section heading. */
function isHeading(text: string, rest: Array<Line | null>): boolean {
  const words = text.split(' ').length;
  if (text.length > 80 || words > 10) return false;
  if (/[.,;!"”]$/.test(text)) return false;
  if (/:$/.test(text) && words > 5) return false;
  if (/^[a-z]/.test(text)) return false;
  return rest.some((l) => l !== null);
}
