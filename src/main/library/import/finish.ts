import { findDateIn } from './dates';
import { isJunkLine, isOfficerInitials } from './junk';
import { readMetaLine } from './meta-lines';
import type { ParsedArticle, ParsedBlock } from './model';
import { cleanInline } from './normalize';
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
  fallbackTitle?: string;
}

const META_SCAN_HEAD = 12;
const META_SCAN_TAIL = 6;
const MAX_TITLE = 300;

/**
 * Tidies a draft into an article: reads metadata lines near the top and the end (`Date: … Tags: …`,
 * `Posted On:`, `Category:`, a bare date under the title), drops site chrome and a heading that only
 * repeats the title, and finds a title when the source gave none. The source's own metadata wins over
 * lines found in the text; lines found in the text win over fallbacks (file name, URL).
 */
export function finishArticle(draft: ArticleDraft): ParsedArticle {
  let date = draft.date ?? null;
  let dateText = draft.dateText ?? null;
  const tags = [...(draft.tags ?? [])];
  const blocks = draft.blocks.filter((b) => !isJunkLine(b.text));

  const kept: ParsedBlock[] = [];
  blocks.forEach((block, index) => {
    const nearEdge = index < META_SCAN_HEAD || index >= blocks.length - META_SCAN_TAIL;
    if (nearEdge && block.kind === 'paragraph') {
      const meta = readMetaLine(block.text);
      if (meta && (meta.date !== null || meta.tags.length > 0 || meta.dateText !== null)) {
        if (!date && meta.date) {
          date = meta.date;
          dateText = meta.dateText;
        } else if (!date && !dateText) dateText = meta.dateText;
        tags.push(...meta.tags);
        return;
      }
      if (index < META_SCAN_HEAD && isBareDateLine(block.text)) {
        const found = findDateIn(block.text)!;
        if (!date && found.date) {
          date = found.date;
          dateText = found.text;
        }
        return;
      }
    }
    kept.push(block);
  });
  // PIB closes with officer initials (`VRRK/SH/BM`).
  while (kept.length > 0 && kept.at(-1)!.kind === 'paragraph' && isOfficerInitials(kept.at(-1)!.text))
    kept.pop();

  let title = cleanInline(draft.title ?? '');
  if (!title) {
    const heading = kept.find((b) => b.kind === 'heading' && b.text.length <= MAX_TITLE);
    if (heading && kept.indexOf(heading) <= 2) title = heading.text;
  }
  if (kept.length > 0 && kept[0]!.kind === 'heading' && sameText(kept[0]!.text, title)) kept.shift();
  if (!title) {
    const first = kept.find((b) => b.kind === 'paragraph' || b.kind === 'heading');
    title = first ? firstSentence(first.text) : '';
  }
  if (!title) title = draft.fallbackTitle ?? 'Untitled';
  if (!date && draft.fallbackDate) date = draft.fallbackDate;

  return {
    title: title.slice(0, MAX_TITLE),
    date,
    dateText: dateText ? dateText.slice(0, 200) : null,
    tags: uniqueTags(tags),
    source: draft.source ?? null,
    url: draft.url ?? null,
    blocks: kept,
  };
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
function isBareDateLine(text: string): boolean {
  if (text.length > 80) return false;
  const found = findDateIn(text);
  if (!found) return false;
  const rest = text
    .replace(found.text, '')
    .replace(/\b(published|updated|posted|on|by|date|last|admin)\b|[:|,–-]/gi, ' ')
    .trim();
  return rest.split(/\s+/).filter(Boolean).length <= 3;
}

/** The first sentence of a paragraph, at most 120 characters, as a title of last resort. */
export function firstSentence(text: string): string {
  const sentence = /^(.{20,}?[.!?।])(?:\s|$)/u.exec(text)?.[1] ?? text;
  if (sentence.length <= 120) return sentence;
  const cut = sentence.slice(0, 120);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 60 ? cut.lastIndexOf(' ') : 120)}…`;
}
