import type { Annotation } from './domain';

/**
 * Sending only the notes the first screen of an article needs (issue 17). An article with 1,000 notes
 * is a 300 KB reply; the reader's first frame draws a dozen note cards. So `getArticle` can answer the
 * article's text with the notes of its first blocks only, and the reader asks for the rest, in pages,
 * once that frame is painted. The split is by whole blocks: a block has all its notes or none yet.
 */

/** How much of an article's notes the first reply holds. */
export interface FirstScreenLimits {
  /** At most the notes of this many first blocks. */
  blocks: number;
  /** Stop after the block at which this many notes are reached. */
  notes: number;
}

/** The notes of the first screen, and where the rest start (absent when nothing is left). */
export interface FirstScreenNotes {
  annotations: Annotation[];
  more?: { fromBlock: number; total: number };
}

/** How many first blocks (of `blockIds`, in reading order) the first reply covers. */
export function firstScreenBlockCount(
  blockIds: readonly number[],
  annotations: readonly Annotation[],
  limits: FirstScreenLimits,
): number {
  const perBlock = new Map<number, number>();
  for (const a of annotations)
    if (a.blockId !== null) perBlock.set(a.blockId, (perBlock.get(a.blockId) ?? 0) + 1);
  let notes = 0;
  let count = 0;
  while (count < blockIds.length && count < limits.blocks && notes < limits.notes) {
    notes += perBlock.get(blockIds[count]!) ?? 0;
    count++;
  }
  return count;
}

/** The notes on the first `fromBlock` blocks (in the library's order, by id), and whether more exist. */
export function firstScreenNotes(
  blockIds: readonly number[],
  annotations: readonly Annotation[],
  limits: FirstScreenLimits,
): FirstScreenNotes {
  const fromBlock = firstScreenBlockCount(blockIds, annotations, limits);
  const first = new Set(blockIds.slice(0, fromBlock));
  const shown = annotations.filter((a) => a.blockId !== null && first.has(a.blockId));
  return shown.length === annotations.length
    ? { annotations: shown }
    : { annotations: shown, more: { fromBlock, total: annotations.length } };
}

/**
 * One page of the notes not on the first `fromBlock` blocks (orphans included), by id, after the note
 * `afterId`; `nextAfterId` is where the next page starts, null after the last.
 */
export function notesAfterFirstScreen(
  blockIds: readonly number[],
  annotations: readonly Annotation[],
  page: { fromBlock: number; afterId: number | null; limit: number },
): { annotations: Annotation[]; nextAfterId: number | null } {
  const first = new Set(blockIds.slice(0, page.fromBlock));
  const rest = annotations.filter(
    (a) => (a.blockId === null || !first.has(a.blockId)) && (page.afterId === null || a.id > page.afterId),
  );
  const shown = rest.slice(0, page.limit);
  return {
    annotations: shown,
    nextAfterId: rest.length > page.limit ? shown[shown.length - 1]!.id : null,
  };
}

/** The first screen's notes and the later pages back in the library's order (by id), each note once. */
export function mergeNotes(first: readonly Annotation[], rest: readonly Annotation[]): Annotation[] {
  const byId = new Map<number, Annotation>();
  for (const a of first) byId.set(a.id, a);
  for (const a of rest) byId.set(a.id, a);
  return [...byId.values()].sort((a, b) => a.id - b.id);
}
