/**
 * Matching old blocks to new ones on re-import: a block that continues (same or edited text) keeps its
 * row and id, so whatever points at it stays; the notes module re-anchors the rest (notes/reanchor.ts).
 */

export interface OldBlock {
  id: number;
  kind: string;
  text: string;
}

export interface NewBlockText {
  kind: string;
  text: string;
}

const WORD = /[\p{L}\p{N}]+/gu;

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(WORD) ?? []);
}

/** Similarity of two texts from 0 to 1: the Dice coefficient of their word sets. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return (2 * shared) / (wa.size + wb.size);
}

/** Below this a changed block counts as new text, not an edit of an old block. */
const EDIT_THRESHOLD = 0.6;
/** Past this many comparisons, only identical texts are matched (bounded work on huge articles). */
const MAX_COMPARISONS = 250_000;

/**
 * For each new block, the id of the old block it continues (same text, or an edited version of it of
 * the same kind), or null for new text. Each old block is used at most once; identical texts first,
 * in order, then the most similar remaining pairs.
 */
export function matchBlocks(old: readonly OldBlock[], next: readonly NewBlockText[]): Array<number | null> {
  const result: Array<number | null> = next.map(() => null);
  const used = new Set<number>();
  const byText = new Map<string, OldBlock[]>();
  for (const block of old) {
    const list = byText.get(block.text) ?? [];
    list.push(block);
    byText.set(block.text, list);
  }
  next.forEach((block, i) => {
    const candidate = byText.get(block.text)?.find((o) => !used.has(o.id) && o.kind === block.kind);
    if (candidate) {
      used.add(candidate.id);
      result[i] = candidate.id;
    }
  });
  const restOld = old.filter((o) => !used.has(o.id));
  const restNew = next.map((b, i) => ({ b, i })).filter(({ i }) => result[i] === null);
  if (restOld.length * restNew.length > MAX_COMPARISONS) return result;
  const pairs: Array<{ score: number; oldId: number; index: number }> = [];
  for (const { b, i } of restNew) {
    for (const o of restOld) {
      if (o.kind !== b.kind) continue;
      const score = similarity(o.text, b.text);
      if (score >= EDIT_THRESHOLD) pairs.push({ score, oldId: o.id, index: i });
    }
  }
  pairs.sort((x, y) => y.score - x.score || x.index - y.index);
  for (const pair of pairs) {
    if (used.has(pair.oldId) || result[pair.index] !== null) continue;
    used.add(pair.oldId);
    result[pair.index] = pair.oldId;
  }
  return result;
}
