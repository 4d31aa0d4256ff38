import lunr from 'lunr';

/** Drops a possessive ending (`Russia’s` → `russia`), which lunr's trimmer leaves on the word. */
export const stripPossessive: lunr.PipelineFunction = (token) =>
  token.update((word) => word.replace(/['’]s?$/, ''));
lunr.Pipeline.registerFunction(stripPossessive, 'stripPossessive');

/** The index terms a word turns into, exactly as lunr's pipeline turns the article's words. */
function indexTerm(token: lunr.Token): string | null {
  const trimmed = lunr.trimmer(stripPossessive(token, 0, []) as lunr.Token) as lunr.Token;
  const stemmed = lunr.stemmer(trimmed) as lunr.Token;
  const term = stemmed.toString();
  return term === '' ? null : term;
}

/** Ranges `[start, end)` of the words in `text` whose index term is one of `terms`. */
export function matchRanges(text: string, terms: ReadonlySet<string>): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const token of lunr.tokenizer(text)) {
    const term = indexTerm(token);
    if (term === null || !terms.has(term)) continue;
    // lunr's tokenizer records each token's position; its type declarations leave `metadata` out.
    const [start, length] = (token as unknown as { metadata: { position: [number, number] } }).metadata.position;
    ranges.push([start, start + length]);
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
  for (const text of blocks) {
    const ranges = matchRanges(text, terms);
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
