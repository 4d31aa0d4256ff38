/**
 * The palette's fuzzy match: the query's letters must appear in the text in order (spaces ignored);
 * runs of consecutive letters and letters at the start of a word score higher. Null: no match.
 */
export function fuzzyScore(query: string, text: string): number | null {
  const wanted = query.toLowerCase().replace(/\s+/g, '');
  if (wanted === '') return 0;
  const haystack = text.toLowerCase();
  let score = 0;
  let from = 0;
  let previous = -2;
  for (const letter of wanted) {
    const at = haystack.indexOf(letter, from);
    if (at < 0) return null;
    score += at === previous + 1 ? 3 : 1;
    if (at === 0 || /[\s\-–(/“"]/.test(haystack[at - 1]!)) score += 2;
    previous = at;
    from = at + 1;
  }
  // Between equal matches the shorter text is the closer one.
  return score - haystack.length / 1000;
}

/** The items whose text matches, best first (ties keep their order). */
export function fuzzyFilter<T>(query: string, items: readonly T[], text: (item: T) => string): T[] {
  return items
    .map((item, index) => ({ item, index, score: fuzzyScore(query, text(item)) }))
    .filter((entry): entry is { item: T; index: number; score: number } => entry.score !== null)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.item);
}
