import { cleanInline } from './normalize';

const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4' };

/** One spelling per tag: `GS Paper - 2`, `GS paper II` and `gs2` all become `GS-2`. */
export function normalizeTag(raw: string): string {
  const tag = cleanInline(raw).replace(/^#/, '');
  const gs = /^(?:gs|general studies)\s*(?:paper)?\s*[-–:]?\s*(iv|iii|ii|i|[1-4])$/i.exec(tag);
  if (gs) return `GS-${ROMAN[gs[1]!.toLowerCase()] ?? gs[1]}`;
  const known: Record<string, string> = { prelims: 'Prelims', mains: 'Mains', essay: 'Essay', ethics: 'Ethics' };
  return known[tag.toLowerCase()] ?? tag;
}

/** Splits a `Tags:` value on commas, pipes or semicolons and normalises each tag, without repeats. */
export function splitTags(raw: string): string[] {
  const tags = raw
    .split(/[,|;]/)
    .map(normalizeTag)
    .filter((t) => t.length > 0 && t.length <= 60);
  return [...new Set(tags)];
}
