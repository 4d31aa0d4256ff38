/**
 * Small string-similarity tools for re-anchoring notes. Written here rather than taken from a
 * library: what we need is two functions, and the usual choice (diff-match-patch's Bitap) cannot
 * search for patterns longer than 32 characters, which a highlighted sentence often is.
 */

/** An approximate occurrence of a pattern: `text.slice(start, end)` is `errors` edits from it. */
export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

/** Above this many cells (pattern × text) a block is not searched fuzzily: it would take too long. */
const MAX_CELLS = 4_000_000;

/**
 * Finds where `pattern` occurs in `text` with at most `maxErrors` insertions, deletions or
 * substitutions (Sellers' algorithm: edit distance with a free start and end in the text).
 * Returns the best match for each distinct start, fewest errors first.
 */
export function approximateMatches(text: string, pattern: string, maxErrors: number): ApproxMatch[] {
  const m = pattern.length;
  const n = text.length;
  if (m === 0 || n === 0 || m * n > MAX_CELLS) return [];
  // Column j of the DP: cost[i] = fewest edits turning pattern[0, i) into a suffix of text[0, j),
  // from[i] = where in the text that suffix starts.
  let cost = Array.from({ length: m + 1 }, (_, i) => i);
  let from = new Array<number>(m + 1).fill(0);
  let nextCost = new Array<number>(m + 1);
  let nextFrom = new Array<number>(m + 1);
  const best = new Map<number, ApproxMatch>();
  for (let j = 1; j <= n; j++) {
    nextCost[0] = 0;
    nextFrom[0] = j;
    const c = text.charCodeAt(j - 1);
    for (let i = 1; i <= m; i++) {
      const diagonal = cost[i - 1]! + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      const skipText = cost[i]! + 1;
      const skipPattern = nextCost[i - 1]! + 1;
      if (diagonal <= skipText && diagonal <= skipPattern) {
        nextCost[i] = diagonal;
        nextFrom[i] = from[i - 1]!;
      } else if (skipText <= skipPattern) {
        nextCost[i] = skipText;
        nextFrom[i] = from[i]!;
      } else {
        nextCost[i] = skipPattern;
        nextFrom[i] = nextFrom[i - 1]!;
      }
    }
    const errors = nextCost[m]!;
    if (errors <= maxErrors) {
      const start = nextFrom[m]!;
      const known = best.get(start);
      if (!known || errors < known.errors) best.set(start, { start, end: j, errors });
    }
    [cost, nextCost] = [nextCost, cost];
    [from, nextFrom] = [nextFrom, from];
  }
  return [...best.values()].sort((a, b) => a.errors - b.errors || a.start - b.start);
}

/** Levenshtein distance between two short strings. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1),
        previous[j]! + 1,
        current[j - 1]! + 1,
      );
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** 1 for equal strings, 0 for entirely different ones (edit distance over the longer length). */
export function stringSimilarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Word overlap of two texts (Dice's coefficient over word multisets): 1 for the same words, about
 * 0.9 when one word in ten changed, about 0.7 for the first half of a bullet that was split in two.
 */
export function wordSimilarity(a: string, b: string): number {
  const left = words(a);
  const right = words(b);
  if (left.length === 0 || right.length === 0) return a.trim() === b.trim() ? 1 : 0;
  const counts = new Map<string, number>();
  for (const w of left) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of right) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}
