import { findDateIn } from './dates';
import { isJunkLine, isOfficerInitials } from './junk';
import { readMetaLine } from './meta-lines';
import type { DateSource, ParsedArticle, ParsedBlock, RelatedLink } from './model';
import { cleanInline } from './normalize';
import { firstSentenceDate, sentenceAt, takeReleaseEvidence } from './release';
import { uniqueTags } from './tags';

/** What a format parser knows about an article before its text is tidied. */
export interface ArticleDraft {
  title?: string | null;
  date?: string | null;
  dateText?: string | null;
  tags?: string[];
  source?: string | null;
  url?: string | null;
  blocks: ParsedBlock[];
  /** Used only when nothing better is found. */
  fallbackDate?: string | null;
  /** What the fallback date was read from (default: the file's name). */
  fallbackSource?: DateSource;
  fallbackTitle?: string;
  /** What gave `date` (default: a field of the source). */
  dateSource?: DateSource;
  /** Related links the format parser already found. */
  links?: RelatedLink[];
  /** Accept a date written in the first sentence before falling back (dumps of releases without dates). */
  sentenceDate?: boolean;
}

const META_SCAN_HEAD = 12;
const META_SCAN_TAIL = 6;
/** Titles are kept whole up to this length; the interface shortens them on screen. */
const MAX_TITLE = 1_000;

/**
 * Tidies a draft into an article: reads metadata lines near the top and the end (`Date: … Tags: …`,
 * `Posted On:`, `Category:`, a bare date under the title), drops site chrome and a heading that only
 * repeats the title, and finds a title when the source gave none. The source's own metadata wins over
 * lines found in the text; lines found in the text win over fallbacks (file name, URL).
 */
export function finishArticle(draft: ArticleDraft): ParsedArticle {
  let date = draft.date ?? null;
  let dateText = draft.dateText ?? null;
  let dateSource: DateSource | undefined = date ? (draft.dateSource ?? 'field') : undefined;
  const tags = [...(draft.tags ?? [])];
  const repeats = new Set([draft.title ?? '', ...tags].map(letters).filter(Boolean));
  const evidence = takeReleaseEvidence(
    draft.blocks.filter((b) => !isJunkLine(b.text)),
    repeats,
  );
  // The release's own dateline beats a record's field, the page's day, the URL and the file's name.
  if (evidence.dateline && dateSource !== 'dateline' && dateSource !== 'meta-line') {
    date = evidence.dateline.date;
    dateText = evidence.dateline.text;
    dateSource = 'dateline';
  }
  const blocks = evidence.blocks;

  const kept: ParsedBlock[] = [];
  blocks.forEach((block, index) => {
    // Officer initials of three or more parts (`PK/GDH/RP`) are a sign-off wherever a scrape left them.
    if (isClosingLine(block) && isOfficerInitials(block.text, 3)) return;
    const nearEdge = index < META_SCAN_HEAD || index >= blocks.length - META_SCAN_TAIL;
    if (nearEdge && block.kind === 'paragraph') {
      const meta = readMetaLine(block.text);
      if (meta && (meta.date !== null || meta.tags.length > 0 || meta.dateText !== null)) {
        if (!date && meta.date) {
          date = meta.date;
          dateText = meta.dateText;
          dateSource = 'meta-line';
        } else if (!date && !dateText) dateText = meta.dateText;
        tags.push(...meta.tags);
        return;
      }
      if (index < META_SCAN_HEAD && isBareDateLine(block.text)) {
        const found = findDateIn(block.text)!;
        if (!date && found.date) {
          date = found.date;
          dateText = found.text;
          dateSource = 'meta-line';
        }
        return;
      }
    }
    kept.push(block);
  });
  // PIB closes with officer initials (`VRRK/SH/BM`).
  // A plain-text body can make them a heading (a short line), and split them over two lines.
  while (kept.length > 0 && isClosingLine(kept.at(-1)!) && isOfficerInitials(kept.at(-1)!.text)) kept.pop();
  // …and the JSON Lines' Hindi bodies sometimes open with them.
  while (kept.length > 1 && kept[0]!.kind !== 'bullet' && isOfficerInitials(kept[0]!.text)) kept.shift();

  let title = cleanInline(draft.title ?? '');
  if (!title) {
    const heading = kept.find(
      (b) =>
        b.kind === 'heading' &&
        b.text.length <= MAX_TITLE &&
        !isGenericHeading(b.text) &&
        !isOfficerInitials(b.text),
    );
    if (heading && kept.indexOf(heading) <= 2) title = heading.text;
  }
  if (kept.length > 0 && kept[0]!.kind === 'heading' && sameText(kept[0]!.text, title)) kept.shift();
  if (!title) {
    // Officer initials (`पीके/केसी`) and a bare `Introduction` are not what the article is about.
    const first = kept.find(
      (b) =>
        (b.kind === 'paragraph' || b.kind === 'heading') &&
        !isOfficerInitials(b.text) &&
        !isGenericHeading(b.text),
    );
    // A body of bullets only still names itself by its first line.
    const any = first ?? kept.find((b) => b.kind !== 'table' && b.text.trim() !== '');
    title = any ? firstSentence(any.text) : '';
  }
  if (!title) title = draft.fallbackTitle ?? 'Untitled';
  if (!date && evidence.tweetDate) {
    date = evidence.tweetDate.date;
    dateText = evidence.tweetDate.text;
    dateSource = 'tweet';
  }
  if (!date && draft.sentenceDate) {
    const said = firstSentenceDate(kept, draft.fallbackDate ?? null);
    if (said) {
      date = said.date;
      dateText = said.text;
      dateSource = 'first-sentence';
    }
  }
  if (!date && draft.fallbackDate) {
    date = draft.fallbackDate;
    dateSource = draft.fallbackSource ?? 'file-name';
  }
  const links = [...(draft.links ?? []), ...evidence.links];

  return {
    title: title.slice(0, MAX_TITLE),
    date,
    dateText: dateText ? dateText.slice(0, 200) : null,
    tags: uniqueTags(tags),
    source: draft.source ?? null,
    url: draft.url ?? null,
    blocks: kept,
    ...(date && dateSource ? { dateSource } : {}),
    ...(links.length > 0 ? { links } : {}),
  };
}

const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Section names that open a text but say nothing about it. */
function isGenericHeading(text: string): boolean {
  return /^(introduction|background|overview|summary|contents?|key (points|takeaways|highlights)|highlights|परिचय|पृष्ठभूमि|सारांश|मुख्य बिन्दु|मुख्य बिंदु)\s*:?$/iu.test(
    text.replace(/[\u200c\u200d]/g, '').trim(),
  );
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return norm(a) === norm(b);
}

/** A short line that is only a date, maybe with a label or a byline: `July 28, 2026`, `Updated: 10 Jan 2022 | Admin`. */
export function isBareDateLine(text: string): boolean {
  if (text.length > 80) return false;
  const found = findDateIn(text);
  if (!found) return false;
  const rest = text
    .replace(found.text, '')
    .replace(/\b(published|updated|posted|on|by|date|last|admin)\b|[:|,–-]/gi, ' ')
    .trim();
  return rest.split(/\s+/).filter(Boolean).length <= 3;
}

/** The first sentence of a paragraph (at most 300 characters, cut between words), as a title of last resort. */
export function firstSentence(text: string): string {
  const sentence = sentenceAt(text);
  if (sentence.length <= 300) return sentence;
  const cut = sentence.slice(0, 300);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 150 ? cut.lastIndexOf(' ') : 300)}…`;
}

/** A paragraph or heading (not a bullet or a table): where a closing line of initials can sit. */
function isClosingLine(block: ParsedBlock): boolean {
  return block.kind === 'paragraph' || block.kind === 'heading';
}
