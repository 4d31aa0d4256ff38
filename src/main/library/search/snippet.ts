import { splitWords, termOf } from './analyzer';

/**
 * Cheap substrings that a word must contain to be analysed into one of `terms`: a stem's first
 * letters are in every word it comes from, as Porter only changes endings (the last letter of a
 * short stem can differ: “sky” → “ski”, hence at most the stem's length less one). Null when there
 * are too many terms to check.
 */
function probesOf(terms: ReadonlySet<string>): string[] | null {
  if (terms.size === 0 || terms.size > 24) return null;
  return [...terms].map((t) => t.slice(0, Math.max(1, Math.min(4, t.length - 1))));
}

/**
 * Ranges `[start, end)` of the words in `text` whose index term is one of `terms`. Only words that
 * contain a probe are analysed: a snippet's blocks hold thousands of words, and analysing them all
 * cost more than the search itself.
 */
export function matchRanges(
  text: string,
  terms: ReadonlySet<string>,
  probes: readonly string[] | null = probesOf(terms),
): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  if (terms.size === 0) return ranges;
  for (const word of splitWords(text)) {
    if (probes && !probes.some((probe) => word.text.includes(probe))) continue;
    const term = termOf(word.text);
    if (term === null || !terms.has(term)) continue;
    // Highlight the word without the punctuation around it.
    const raw = text.slice(word.start, word.end);
    const lead = raw.length - raw.replace(/^[^\p{L}\p{N}]+/u, '').length;
    const trail = raw.length - raw.replace(/[^\p{L}\p{N}\p{M}]+$/u, '').length;
    if (word.end - trail > word.start + lead) ranges.push([word.start + lead, word.end - trail]);
  }
  return ranges;
}

const WINDOW = 180;

/**
 * The passage to show for a hit: the block with the most matched words, cut to a window around
 * the first of them, with the matched ranges relative to the snippet.
 */
export function makeSnippet(
  blocks: readonly string[],
  terms: ReadonlySet<string>,
): { snippet: string; highlights: Array<[number, number]> } {
  let best = { text: blocks[0] ?? '', ranges: [] as Array<[number, number]> };
  const probes = probesOf(terms);
  for (const text of blocks) {
    if (probes) {
      const lower = text.toLowerCase();
      if (!probes.some((probe) => lower.includes(probe))) continue;
    }
    const ranges = matchRanges(text, terms, probes);
    if (ranges.length > best.ranges.length) best = { text, ranges };
  }
  const { text, ranges } = best;
  if (text.length <= WINDOW) return { snippet: text, highlights: ranges };
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - 60);
  if (start > 0) start = text.lastIndexOf(' ', start) + 1;
  let end = Math.min(text.length, start + WINDOW);
  if (end < text.length) end = Math.max(text.lastIndexOf(' ', end), first + 1);
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < text.length ? ' …' : '';
  const shift = prefix.length - start;
  return {
    snippet: `${prefix}${text.slice(start, end)}${suffix}`,
    highlights: ranges.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s + shift, e + shift]),
  };
}
