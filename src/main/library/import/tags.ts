import { TAG_MAX_CHARS } from '../../../shared/limits';
import { cleanInline } from './normalize';

const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4' };
const GS = /^(?:gs|general studies)\s*(?:paper)?\s*[-–:]?\s*(iv|iii|ii|i|[1-4])$/i;
// A Map, not an object: a tag named `constructor` or `__proto__` must not find Object's own members.
const KNOWN = new Map([
  ['prelims', 'Prelims'],
  ['mains', 'Mains'],
  ['essay', 'Essay'],
  ['ethics', 'Ethics'],
]);

/** One spelling per tag: `GS Paper - 2`, `GS paper II` and `gs2` all become `GS-2`. */
export function normalizeTag(raw: string): string {
  const tag = cleanInline(raw)
    .replace(/^#/, '')
    .replace(/^[-–,;:|\s]+|[-–,;:|\s]+$/g, '');
  const gs = GS.exec(tag);
  if (gs) return `GS-${ROMAN[gs[1]!.toLowerCase()] ?? gs[1]}`;
  return KNOWN.get(tag.toLowerCase()) ?? tag;
}

/**
 * Splits a `Tags:` value on pipes or semicolons, and on commas when they separate tags, and normalises
 * each tag, without repeats. A name with a comma in it (`Ministry of Environment, Forest and Climate
 * Change`) stays one tag, and a sentence is not chopped into fragments.
 */
export function splitTags(raw: string): string[] {
  return uniqueTags(
    raw.split(/[|;]/).flatMap((part) => (commasSeparateTags(part) ? part.split(',') : [part])),
  );
}

const NAMED_BODY =
  /^\s*(?:(?:union|central)\s+)?(?:ministry|department|office|commission|council|board|institute|bureau|directorate|authority|secretariat)\s+(?:of|for)\b/i;

function commasSeparateTags(part: string): boolean {
  if (!part.includes(',')) return false;
  if (NAMED_BODY.test(part)) return false;
  const pieces = part
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (/[.!?।]\s*$/u.test(part.trim())) return false;
  if (pieces.some((p) => p.split(/\s+/).length > 6)) return false;
  // `…, Forest and Climate Change`: a piece that continues the name before it.
  return !pieces.slice(1).some((p) => /^(?:and|&|or)\b/i.test(p));
}

/** Normalises a list of tags, dropping empty, over-long, sentence-like and repeated ones (case-insensitively). */
export function uniqueTags(raw: readonly string[]): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const item of raw) {
    const tag = normalizeTag(item);
    if (tag.length === 0 || tag.length > TAG_MAX_CHARS || isSentence(tag) || seen.has(tag.toLowerCase()))
      continue;
    seen.add(tag.toLowerCase());
    tags.push(tag);
  }
  return tags;
}

/** A field that holds a sentence (five words or more, ending like one), not a tag. */
function isSentence(text: string): boolean {
  return /[.!?।]$/u.test(text) && text.split(/\s+/).length >= 5;
}

/**
 * Syllabus tags named inside a line: `GS Paper 2`, `Syllabus : GS 2 : Governance`, `GS-III`,
 * `General Studies Paper IV`, `Prelims level : …` (→ Prelims), `Mains level : …` (→ Mains).
 */
export function findSyllabusTags(text: string): string[] {
  const found: string[] = [];
  const gs = /\b(?:GS|General Studies)\s*(?:Paper)?\s*[-–:]?\s*(IV|III|II|I|[1-4])\b/gi;
  for (const m of text.matchAll(gs)) found.push(`GS-${ROMAN[m[1]!.toLowerCase()] ?? m[1]}`);
  if (/\bprelims?\s+level\s*:/i.test(text)) found.push('Prelims');
  if (/\bmains\s+level\s*:/i.test(text)) found.push('Mains');
  return [...new Set(found)];
}
