/**
 * Every index term, sorted, in memory: what fuzzy matching (`kazakstan~1`, spelling slips) and
 * wildcards that do not end the word (`*stan`, `ka*stan`) walk. About 10 MB for 200,000 terms;
 * loaded only when a query first needs it.
 */
export class Vocabulary {
  private sorted: string[];
  private added: string[] = [];

  constructor(terms: string[], alreadySorted = false) {
    this.sorted = alreadySorted ? terms : [...terms].sort(compare);
  }

  get size(): number {
    return this.sorted.length + this.added.length;
  }

  add(term: string): void {
    this.added.push(term);
  }

  /** All terms, sorted (merging what was added since the last call). */
  terms(): readonly string[] {
    if (this.added.length > 0) {
      const extra = [...new Set(this.added)].sort(compare);
      this.added = [];
      const merged: string[] = [];
      let i = 0;
      let j = 0;
      while (i < this.sorted.length || j < extra.length) {
        const a = this.sorted[i];
        const b = extra[j];
        if (b === undefined || (a !== undefined && a < b)) {
          merged.push(a!);
          i++;
        } else if (a === undefined || b < a) {
          merged.push(b);
          j++;
        } else {
          merged.push(a);
          i++;
          j++;
        }
      }
      this.sorted = merged;
    }
    return this.sorted;
  }

  /** Terms matching a lunr wildcard pattern (`*` = any run of characters), at most `limit`. */
  matchWildcard(pattern: string, limit: number): string[] {
    const terms = this.terms();
    const literal = pattern.slice(0, pattern.indexOf('*') === -1 ? pattern.length : pattern.indexOf('*'));
    const regex = new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`);
    const out: string[] = [];
    const from = literal ? lowerBound(terms, literal) : 0;
    for (let i = from; i < terms.length && out.length < limit; i++) {
      const term = terms[i]!;
      if (literal && !term.startsWith(literal)) break;
      if (regex.test(term)) out.push(term);
    }
    return out;
  }

  /**
   * Terms within `maxDistance` edits of `word` (insertions, deletions, substitutions and swaps of
   * two neighbouring letters, as lunr counts them), nearest first. Walks the sorted list like a
   * trie: the edit-distance rows of a shared prefix are reused, and a prefix already too far away
   * skips every term that starts with it. `startsWith` limits the walk to terms with that start.
   */
  fuzzy(
    word: string,
    maxDistance: number,
    limit = 50,
    startsWith = '',
  ): Array<{ term: string; distance: number }> {
    const terms = this.terms();
    const last = startsWith ? lowerBound(terms, `${startsWith}\uffff`) : terms.length;
    const n = word.length;
    const rows: Int32Array[] = [Int32Array.from({ length: n + 1 }, (_, j) => j)];
    let cachedWord = '';
    let cachedDepth = 0;
    const found: Array<{ term: string; distance: number }> = [];
    let i = startsWith ? lowerBound(terms, startsWith) : 0;
    while (i < last) {
      const term = terms[i]!;
      let depth = Math.min(commonPrefix(cachedWord, term), cachedDepth);
      let dead = -1;
      for (; depth < term.length; depth++) {
        const row = (rows[depth + 1] ??= new Int32Array(n + 1));
        const prev = rows[depth]!;
        const before = depth > 0 ? rows[depth - 1]! : null;
        const c = term.charCodeAt(depth);
        row[0] = depth + 1;
        let rowMin = row[0];
        for (let j = 1; j <= n; j++) {
          const cost = word.charCodeAt(j - 1) === c ? 0 : 1;
          let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
          if (
            before &&
            j > 1 &&
            word.charCodeAt(j - 2) === c &&
            word.charCodeAt(j - 1) === term.charCodeAt(depth - 1)
          ) {
            v = Math.min(v, before[j - 2]! + 1);
          }
          row[j] = v;
          if (v < rowMin) rowMin = v;
        }
        if (rowMin > maxDistance) {
          dead = depth + 1;
          break;
        }
      }
      cachedWord = term;
      if (dead > 0) {
        cachedDepth = dead - 1;
        i = lowerBound(terms, `${term.slice(0, dead)}\uffff`, i + 1);
        continue;
      }
      cachedDepth = term.length;
      const distance = rows[term.length]![n]!;
      if (distance <= maxDistance) found.push({ term, distance });
      i++;
    }
    return found.sort((a, b) => a.distance - b.distance).slice(0, limit);
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** The first index at or after `from` whose term is not below `key`. */
function lowerBound(terms: readonly string[], key: string, from = 0): number {
  let lo = from;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
