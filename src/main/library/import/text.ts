import { dateFromFileName, findDateIn } from './dates';
import { isBareDateLine } from './finish';
import { isJunkLine } from './junk';
import { readMetaLine } from './meta-lines';
import type { ParsedArticle, ParsedBlock, SourceDocument } from './model';
import { cleanInline, toLines } from './normalize';

const SITE_MARKERS: Array<{ pattern: RegExp; source: string }> = [
  { pattern: /call us for counsel+ing/i, source: 'StudyIQ' },
  { pattern: /drishti/i, source: 'Drishti IAS' },
  { pattern: /posted on:.*\bpib\b/i, source: 'PIB' },
  { pattern: /प्रविष्टि तिथि:.*\bpib\b/i, source: 'PIB' },
];

/** `•` `-` `*` `♦` … bullets (group 2), `1.` `1)` numbers (group 3), `(i)` `(a)` `i)` markers (group 4). */
const BULLET =
  /^(\s*)(?:([•●▪■◦○♦◆❖➢➤►▸✓✔➔→–\-*])|(\d{1,2}[.)])|(\((?:[ivxlc]{1,5}|[a-z]|\d{1,2})\)|(?:[ivx]{1,4}|[a-h])\)))\s+(.*)$/;

interface Line {
  indent: number;
  text: string;
  /** A menu or breadcrumb line (`Home  Current Affairs  Quiz`), judged on the raw line's spacing. */
  nav?: boolean;
}

/** Reads an article copied from a current-affairs site as plain text. */
export function parseCopiedText(doc: SourceDocument): ParsedArticle {
  const lines: Array<Line | null> = toLines(doc.text).map((raw) => {
    const text = cleanInline(raw);
    if (text === '') return null;
    return { indent: raw.length - raw.trimStart().length, text, nav: isNavigationLine(raw.trim()) };
  });
  const source = SITE_MARKERS.find((m) => m.pattern.test(doc.text.slice(0, 20_000)))?.source ?? null;

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
    if (isJunkLine(line.text)) continue;
    const meta = body.length < 40 ? readMetaLine(line.text) : null;
    if (meta && dateText === null && (meta.dateText !== null || meta.tags.length > 0)) {
      if (meta.dateText !== null) {
        dateText = meta.dateText;
        date = meta.date;
      }
      tags = [...tags, ...meta.tags];
      continue;
    }
    // A line that is only a date, under the title: `22nd of March 2024`, `10 सितंबर 2023`.
    if (title !== null && dateText === null && body.length < 6 && isBareDateLine(line.text)) {
      const found = findDateIn(line.text)!;
      dateText = found.text;
      date = found.date;
      continue;
    }
    // Site navigation and a site's name on its own line come above the title in a copy.
    if (title === null && (line.nav === true || isSiteName(line.text))) continue;
    // The first line is the title, however long (the Add-article dialog promises it; the screen shortens it).
    if (title === null && !BULLET.test(line.text)) {
      title = line.text.replace(/^(?:title|शीर्षक)\s*[:：]\s*/iu, '').slice(0, 1_000);
      continue;
    }
    body.push(line);
  }

  const fileDate = dateFromFileName(doc.name);
  return {
    title: title ?? doc.name.replace(/\.[^.]+$/, ''),
    date: date ?? fileDate,
    ...(date ? { dateSource: 'meta-line' as const } : fileDate ? { dateSource: 'file-name' as const } : {}),
    dateText: dateText ?? null,
    tags: [...new Set(tags)],
    source,
    url: null,
    blocks: toBlocks(body),
  };
}

/**
 * Blocks from a plain-text body (a data dump's `content`), with no title or metadata lines to find.
 * Scraper debris is dropped: runs of one-word lines (a diff tool's word list), paragraphs that only
 * repeat part of a paragraph just before, and a closing line of officer initials (`SR`, `पीके / केसी`).
 */
export function textBlocks(text: string): ParsedBlock[] {
  const lines = toLines(text).map((raw): Line | null => {
    const clean = cleanInline(raw);
    return clean === '' || isJunkLine(clean)
      ? null
      : { indent: raw.length - raw.trimStart().length, text: clean };
  });
  return dropRepeats(toBlocks(dropWordRuns(lines)));
}

/** Removes runs of four or more lines of at most two words each (blank lines between them included). */
function dropWordRuns(lines: Array<Line | null>): Array<Line | null> {
  const out: Array<Line | null> = [];
  let run: Array<Line | null> = [];
  let words = 0;
  const end = () => {
    if (words < 4) out.push(...run);
    run = [];
    words = 0;
  };
  for (const line of lines) {
    if (line === null) run.push(line);
    // A list of reference links is text, not a diff tool's word list.
    else if (
      line.text.split(' ').length <= 2 &&
      !BULLET.test(line.text) &&
      !/^https?:\/\//i.test(line.text)
    ) {
      run.push(line);
      words++;
    } else {
      end();
      out.push(line);
    }
  }
  end();
  return out;
}

const INITIALS =
  /^(?:[A-Z]{1,6}(?:\s*\/\s*[A-Z]{1,6})*|\p{Script=Devanagari}{1,8}(?:\s*\/\s*\p{Script=Devanagari}{1,8})+)$/u;

function dropRepeats(blocks: ParsedBlock[]): ParsedBlock[] {
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const kept: ParsedBlock[] = [];
  for (const block of blocks) {
    const k = key(block.text);
    if (k.length > 0 && kept.slice(-3).some((r) => key(r.text).includes(k))) continue;
    kept.push(block);
  }
  while (kept.length > 1) {
    const last = kept.at(-1)!.text;
    if (!INITIALS.test(last) || last.split(/[\s/]+/).filter(Boolean).length > 5) break;
    kept.pop();
  }
  return kept;
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
      const numbered = Boolean(bullet[3] || bullet[4]);
      const block: ParsedBlock = {
        kind: 'bullet',
        // A number or `(i)` carries meaning, so it stays in the text; a glyph does not.
        text: numbered ? line.text : bullet[5]!,
        level: bulletIndents.length - 1,
        listStyle: numbered ? 'numbered' : 'bulleted',
      };
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
    const block: ParsedBlock = isHeading(line.text, lines.slice(index + 1, index + 12))
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
  if (/[.,;!"”।|)]$/.test(text)) return false;
  if (/:$/.test(text) && words > 5) return false;
  if (/^[a-z(]/.test(text) || /^\d/.test(text)) return false;
  return rest.some((l) => l !== null);
}

const NAV_WORDS =
  /^(home|current affairs|daily current affairs|quiz|quizzes|login|log in|sign in|register|courses?|menu|about( us)?|contact( us)?|blog|test series|editorials?|news|mains|prelims|upsc|e-?books?|magazines?|videos?|downloads?|होम|करंट अफेयर्स|समसामयिकी|प्रश्नोत्तरी|लॉगिन|कोर्स)$/iu;

/** `Home  Current Affairs  Quiz`, `Home > Current Affairs > Economy`: a site's menu or breadcrumb. */
function isNavigationLine(text: string): boolean {
  const parts = text
    .split(/\s{2,}|\s*[|»›>/•·]\s*|\t/u)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2 || parts.some((p) => p.split(/\s+/).length > 4)) return false;
  return parts.filter((p) => NAV_WORDS.test(p)).length >= Math.min(2, parts.length - 1);
}

/** A site's name alone on a line (`ExampleIAS`, `GKToday`, `Vision IAS Academy`), above the title. */
function isSiteName(text: string): boolean {
  if (text.length > 40 || /[.!?,:;]$/.test(text) || text.split(/\s+/).length > 4) return false;
  return /(?:ias|academy|classes|institute|coaching|gk ?today|adda\d*|josh|affairs ?cloud|\.com|\.in|\.org|आईएएस|अकादमी|क्लासेज|संस्थान)$/iu.test(
    text.trim(),
  );
}
