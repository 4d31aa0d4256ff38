/**
 * Where does a note belong after its article's text changed? Pure functions over texts, after the W3C
 * Web Annotation model: a span is described by a TextQuoteSelector (exact words, with up to 32
 * characters of context each side) and a TextPositionSelector (offsets), both relative to its block.
 *
 * Each note is tried three ways, in order: its block unchanged (exact block match), its words in a
 * nearby block (same quote), then fuzzy matching scored on the quote, its prefix and suffix, and its
 * position, as Hypothesis does. A note no way places is orphaned by the caller, never dropped.
 *
 * A note on a table row is a span over exactly one line of the table's text (see `shared/table-rows`):
 * it is placed on a whole row again, never on words inside one — the same row text, wherever the
 * row went, then a row whose cells mostly agree (the first cell, the row's label, counts double).
 */
import type { AnnotationKind, BlockKind } from '../../../shared/domain';
import { isLineSelector, rowOfSpan, tableRows, type TableRow } from '../../../shared/table-rows';
import { approximateMatches, stringSimilarity, wordSimilarity } from './fuzzy';

/** Characters of context kept on each side of a highlight. */
export const CONTEXT_CHARS = 32;

/** The W3C selectors of a highlight inside its block. */
export interface SpanSelector {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/** The selectors of `text.slice(start, end)`. */
export function spanSelector(text: string, start: number, end: number): SpanSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
    start,
    end,
  };
}

/** What is known of where a note was before the change. */
export interface AnchorTarget {
  kind: AnnotationKind;
  /** The whole text of the block it was on, when that block still existed just before the change. */
  blockText: string | null;
  /** That block's position (0-based) in the article before the change, when known. */
  position: number | null;
  /** The id of that block when it survived the change (an importer may keep an edited block's row). */
  blockId?: number | null;
  /** That block's kind, when known: a line-wide span on a table is a note on a row. */
  blockKind?: BlockKind | null;
  /** The block's text for a block note; the highlighted words for a span. */
  quote: string;
  prefix: string;
  suffix: string;
  start: number | null;
  end: number | null;
}

/** A block of the article as it is now; `position` is its index in reading order. */
export interface CandidateBlock {
  id: number;
  position: number;
  text: string;
  /** Only tables have rows; a block of unknown kind is taken for one if a row note needs it. */
  kind?: BlockKind;
}

export type AnchorMethod = 'exact-block' | 'nearby-quote' | 'fuzzy';

/** Where a note lands: its block and, for a span, the selectors of the words it now covers. */
export interface Placement {
  blockId: number;
  position: number;
  method: AnchorMethod;
  span: SpanSelector | null;
  /** 0–1: how sure the match is (1 for exact matches). */
  score: number;
}

/** Below this word similarity, an edited block is a different block. */
const MIN_BLOCK_SIMILARITY = 0.5;
/** A span may be fuzzy-matched with at most this share of its characters changed. */
const MAX_ERROR_RATE = 0.25;
/** Weights of the fuzzy span score (Hypothesis's `match-quote`). */
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const MIN_SPAN_SCORE = 0.6;
/** Blocks within this distance count as "nearby" for a quote found elsewhere. */
const NEARBY_BLOCKS = 3;

/** Finds where a note belongs among the article's blocks now, or null when it cannot be placed. */
export function placeAnnotation(target: AnchorTarget, blocks: readonly CandidateBlock[]): Placement | null {
  if (blocks.length === 0) return null;
  if (target.kind === 'block') return placeBlockNote(target, blocks);
  const row = rowTarget(target);
  if (row === null) return placeSpan(target, blocks);
  // A row goes to a row or nowhere; a line-wide span whose block is unknown may also be plain words.
  return placeRow(target, blocks) ?? (row === 'maybe' ? placeSpan(target, blocks) : null);
}

/**
 * Whether a span is a note on a table row: `row` when it covered a whole line of a table, `maybe`
 * when its selectors cover a whole line but its block's kind is unknown (an orphan, a restore).
 */
export function rowTarget(target: AnchorTarget): 'row' | 'maybe' | null {
  if (target.kind !== 'span' || !isLineSelector(target)) return null;
  if (target.blockKind === undefined || target.blockKind === null) return 'maybe';
  if (target.blockKind !== 'table') return null;
  if (target.blockText !== null && target.start !== null && target.end !== null)
    return rowOfSpan(target.blockText, target.start, target.end) === null ? null : 'row';
  return 'row';
}

function positionScore(target: AnchorTarget, block: CandidateBlock, count: number): number {
  if (target.position === null) return 0.5;
  return 1 - Math.min(1, Math.abs(block.position - target.position) / Math.max(1, count));
}

function nearest(target: AnchorTarget, blocks: readonly CandidateBlock[]): CandidateBlock | undefined {
  const pos = target.position ?? 0;
  return [...blocks].sort((a, b) => Math.abs(a.position - pos) - Math.abs(b.position - pos))[0];
}

/** The block a whole-block note (or the block a span was on) became. */
function findBlock(
  text: string,
  target: AnchorTarget,
  blocks: readonly CandidateBlock[],
): { block: CandidateBlock; method: AnchorMethod; score: number } | null {
  const same = nearest(
    target,
    blocks.filter((b) => b.text === text),
  );
  if (same) return { block: same, method: 'exact-block', score: 1 };
  // The whole text inside a longer block: two bullets merged, or words added around it.
  if (text.trim().length >= 12) {
    const containing = nearest(
      target,
      blocks.filter((b) => b.text.includes(text)),
    );
    if (containing) return { block: containing, method: 'nearby-quote', score: 0.95 };
  }
  let best: { block: CandidateBlock; similarity: number; score: number } | null = null;
  for (const block of blocks) {
    const similarity = wordSimilarity(text, block.text);
    if (similarity < MIN_BLOCK_SIMILARITY) continue;
    const score =
      0.85 * similarity +
      0.15 * positionScore(target, block, blocks.length) +
      (block.id === target.blockId ? 0.1 : 0);
    if (!best || score > best.score) best = { block, similarity, score };
  }
  return best && { block: best.block, method: 'fuzzy', score: best.score };
}

function placeBlockNote(target: AnchorTarget, blocks: readonly CandidateBlock[]): Placement | null {
  const found = findBlock(target.blockText ?? target.quote, target, blocks);
  return (
    found && {
      blockId: found.block.id,
      position: found.block.position,
      method: found.method,
      span: null,
      score: found.score,
    }
  );
}

/** How well the text around a candidate agrees with the saved prefix and suffix (0–1 each). */
function contextScores(
  target: AnchorTarget,
  text: string,
  start: number,
  end: number,
): { prefix: number; suffix: number } {
  // An empty side means the highlight touched the block's edge: it agrees only with an edge again.
  const side = (saved: string, actual: string) =>
    saved === '' ? (actual === '' ? 1 : 0.3) : stringSimilarity(saved, actual);
  return {
    prefix: side(
      target.prefix,
      text.slice(target.prefix ? Math.max(0, start - target.prefix.length) : 0, start),
    ),
    suffix: side(target.suffix, text.slice(end, target.suffix ? end + target.suffix.length : undefined)),
  };
}

interface SpanCandidate {
  block: CandidateBlock;
  start: number;
  end: number;
  quote: number;
  prefix: number;
  suffix: number;
  position: number;
  /** The block the span's own block became, if any: matches there need no other evidence. */
  home: boolean;
}

/** The evidence for a place (each 0–1: quote, prefix, suffix, position), weighted into one score 0–1. */
type Evidence = Record<'quote' | 'prefix' | 'suffix' | 'position', number>;

function weighted(c: Evidence, weight: Evidence): number {
  const total = weight.quote + weight.prefix + weight.suffix + weight.position;
  return (
    (weight.quote * c.quote +
      weight.prefix * c.prefix +
      weight.suffix * c.suffix +
      weight.position * c.position) /
    total
  );
}

function spanScore(c: SpanCandidate): number {
  return weighted(c, WEIGHT);
}

function spanPosition(target: AnchorTarget, block: CandidateBlock, start: number, count: number): number {
  const blockTerm = positionScore(target, block, count);
  const offsetTerm =
    target.start === null || block.text.length === 0
      ? 0.5
      : 1 - Math.min(1, Math.abs(start - target.start) / block.text.length);
  return 0.8 * blockTerm + 0.2 * offsetTerm;
}

function placeSpan(target: AnchorTarget, blocks: readonly CandidateBlock[]): Placement | null {
  const quote = target.quote;
  if (quote === '') return null;
  const home = target.blockText === null ? null : findBlock(target.blockText, target, blocks);

  // 1. Its block is unchanged: the offsets still hold.
  if (home?.method === 'exact-block' && target.start !== null && target.end !== null) {
    if (home.block.text.slice(target.start, target.end) === quote) {
      return place(home.block, target.start, target.end, 'exact-block', 1);
    }
  }

  const candidate = (
    block: CandidateBlock,
    start: number,
    end: number,
    quoteScore: number,
  ): SpanCandidate => ({
    block,
    start,
    end,
    quote: quoteScore,
    ...contextScores(target, block.text, start, end),
    position: spanPosition(target, block, start, blocks.length),
    home: home?.block.id === block.id,
  });

  // 2. The same words, in its block or a nearby one; context and position choose among occurrences.
  const exact: SpanCandidate[] = [];
  for (const block of blocks) {
    for (let at = block.text.indexOf(quote); at >= 0; at = block.text.indexOf(quote, at + 1)) {
      exact.push(candidate(block, at, at + quote.length, 1));
    }
  }
  const nearby = (c: SpanCandidate) =>
    c.home ||
    (target.position !== null && Math.abs(c.block.position - target.position) <= NEARBY_BLOCKS) ||
    (c.prefix + c.suffix) / 2 >= 0.5;
  const bestExact = best(exact.filter(nearby));
  if (bestExact)
    return place(bestExact.block, bestExact.start, bestExact.end, 'nearby-quote', spanScore(bestExact));

  // 3. Fuzzy: the words with some edits, scored on quote, prefix, suffix and position.
  const maxErrors = quote.length < 8 ? 0 : Math.floor(quote.length * MAX_ERROR_RATE);
  if (maxErrors === 0) return null;
  const fuzzy: SpanCandidate[] = [];
  for (const block of blocks) {
    for (const match of approximateMatches(block.text, quote, maxErrors).slice(0, 10)) {
      fuzzy.push(candidate(block, match.start, match.end, 1 - match.errors / quote.length));
    }
  }
  const accepted = fuzzy.filter(
    (c) => spanScore(c) >= MIN_SPAN_SCORE && (c.home || (c.prefix + c.suffix) / 2 >= 0.4),
  );
  const bestFuzzy = best(accepted);
  return bestFuzzy
    ? place(bestFuzzy.block, bestFuzzy.start, bestFuzzy.end, 'fuzzy', spanScore(bestFuzzy))
    : null;
}

function best(candidates: SpanCandidate[]): SpanCandidate | undefined {
  // A match in the span's own block wins ties against one elsewhere.
  return candidates.sort(
    (a, b) => spanScore(b) + (b.home ? 0.05 : 0) - (spanScore(a) + (a.home ? 0.05 : 0)),
  )[0];
}

function place(
  block: CandidateBlock,
  start: number,
  end: number,
  method: AnchorMethod,
  score: number,
): Placement {
  return {
    blockId: block.id,
    position: block.position,
    method,
    span: spanSelector(block.text, start, end),
    score: Math.round(score * 1000) / 1000,
  };
}

// ---- table rows ----

/** Row scores lean on the row's own cells: its neighbours are other rows, free to move or change. */
const ROW_WEIGHT = { quote: 70, prefix: 10, suffix: 10, position: 10 };
/** An edited row must keep most of its cells, and its first cell (its label) nearly. */
const MIN_ROW_SIMILARITY = 0.7;
const MIN_KEY_SIMILARITY = 0.6;

interface RowCandidate {
  block: CandidateBlock;
  row: TableRow;
  /** How many rows the block has, for the position term. */
  rows: number;
  quote: number;
  prefix: number;
  suffix: number;
  position: number;
  home: boolean;
}

function rowScore(c: RowCandidate): number {
  return weighted(c, ROW_WEIGHT);
}

function cellTexts(line: string): string[] {
  return (tableRows(line)[0]?.cells ?? []).map((c) => c.text.toLowerCase().replace(/\s+/g, ' '));
}

/**
 * How alike two rows are, cell by cell (0–1): each cell's best match on the other side, both ways,
 * the first cell counting double; and how alike the first cells are.
 */
export function rowSimilarity(before: string, after: string): { score: number; key: number } {
  const a = cellTexts(before);
  const b = cellTexts(after);
  if (a.length === 0 || b.length === 0) return { score: 0, key: 0 };
  const oneWay = (from: string[], to: string[]) => {
    let sum = 0;
    let weights = 0;
    from.forEach((cell, i) => {
      const weight = i === 0 ? 2 : 1;
      sum += weight * Math.max(...to.map((other) => stringSimilarity(cell, other)));
      weights += weight;
    });
    return sum / weights;
  };
  return { score: (oneWay(a, b) + oneWay(b, a)) / 2, key: stringSimilarity(a[0]!, b[0]!) };
}

function placeRow(target: AnchorTarget, blocks: readonly CandidateBlock[]): Placement | null {
  const quote = target.quote;
  const home = target.blockText === null ? null : findBlock(target.blockText, target, blocks);
  const oldRow =
    target.blockText !== null && target.start !== null && target.end !== null
      ? rowOfSpan(target.blockText, target.start, target.end)
      : null;
  const oldRows = target.blockText === null ? 0 : tableRows(target.blockText).length;

  // 1. Its table is unchanged: the offsets still hold.
  if (home?.method === 'exact-block' && target.start !== null && target.end !== null) {
    if (home.block.text.slice(target.start, target.end) === quote && oldRow !== null)
      return place(home.block, target.start, target.end, 'exact-block', 1);
  }

  const candidates: RowCandidate[] = [];
  for (const block of blocks) {
    if (block.kind !== undefined && block.kind !== 'table') continue;
    const rows = tableRows(block.text);
    for (const row of rows) {
      const context = contextScores(target, block.text, row.start, row.end);
      const blockTerm = positionScore(target, block, blocks.length);
      const rowTerm =
        oldRow === null
          ? 0.5
          : 1 - Math.min(1, Math.abs(row.index - oldRow) / Math.max(1, rows.length, oldRows));
      candidates.push({
        block,
        row,
        rows: rows.length,
        quote: row.text === quote ? 1 : 0,
        ...context,
        position: 0.5 * blockTerm + 0.5 * rowTerm,
        home: home?.block.id === block.id,
      });
    }
  }
  const nearby = (c: RowCandidate, minContext: number) =>
    c.home ||
    (target.position !== null && Math.abs(c.block.position - target.position) <= NEARBY_BLOCKS) ||
    (c.prefix + c.suffix) / 2 >= minContext;
  const best = (list: RowCandidate[]) =>
    list.sort((a, b) => rowScore(b) + (b.home ? 0.05 : 0) - (rowScore(a) + (a.home ? 0.05 : 0)))[0];

  // 2. The same row, moved (rows reordered or added around it) or in another table nearby.
  const exact = best(candidates.filter((c) => c.quote === 1 && nearby(c, 0.5)));
  if (exact) return place(exact.block, exact.row.start, exact.row.end, 'nearby-quote', rowScore(exact));

  // 3. The row with some cells edited: most cells alike, and its label nearly the same.
  const fuzzy: RowCandidate[] = [];
  for (const c of candidates) {
    if (!nearby(c, 0.4)) continue;
    const { score, key } = rowSimilarity(quote, c.row.text);
    if (score >= MIN_ROW_SIMILARITY && key >= MIN_KEY_SIMILARITY) fuzzy.push({ ...c, quote: score });
  }
  const edited = best(fuzzy);
  return edited ? place(edited.block, edited.row.start, edited.row.end, 'fuzzy', rowScore(edited)) : null;
}
