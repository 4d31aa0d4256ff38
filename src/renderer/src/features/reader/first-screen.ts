import type { Annotation, Article } from '../../../../shared/domain';

/** How a block is drawn in the first frame: how many of its note cards, and whether its highlights are. */
export interface BlockPreview {
  cards: number;
  marks: boolean;
}

/** Note cards drawn in the first frame, over all blocks: about a screen's height of them. */
export const FIRST_CARDS = 12;
/** Highlights drawn in the first frame, over all blocks. */
export const FIRST_MARKS = 120;

/**
 * What the first frame of an article draws (issue 17): every block's text, but only the first
 * `FIRST_CARDS` note cards and the highlights of the first blocks up to `FIRST_MARKS`, in reading order.
 * Once every note of the article is here, the reader draws the rest after that frame is painted
 * (`nextScreen`, then whole), so an article with 1,000 notes shows its first screen as fast as a short
 * one. Blocks drawn whole are not in the map.
 */
export function firstScreen(
  blocks: Article['blocks'],
  cardsOf: (blockId: number) => number,
  spans: ReadonlyMap<number, readonly Annotation[]>,
): Map<number, BlockPreview> {
  const previews = new Map<number, BlockPreview>();
  let cardsLeft = FIRST_CARDS;
  let marksLeft = FIRST_MARKS;
  for (const block of blocks) {
    const cards = cardsOf(block.id);
    const marks = spans.get(block.id)?.length ?? 0;
    const drawMarks = marks === 0 || marksLeft > 0;
    if (cards <= cardsLeft && drawMarks) {
      cardsLeft -= cards;
      marksLeft -= marks;
      continue;
    }
    previews.set(block.id, { cards: Math.min(cards, cardsLeft), marks: drawMarks });
    cardsLeft = Math.max(0, cardsLeft - cards);
    if (drawMarks) marksLeft -= marks;
  }
  return previews;
}

/**
 * The step between the first frame and the whole article: the block the first frame cut short (the
 * first one in the map) is drawn whole, the blocks after it as in the first frame. Drawn whole, that
 * block pushes the blocks after it below the screen, where the browser does not lay them out
 * (`content-visibility: auto`); given their notes all at once while still near the screen, they were
 * all laid out with them, a quarter of a second for an article with 1,000 notes.
 */
export function nextScreen(previews: ReadonlyMap<number, BlockPreview>): Map<number, BlockPreview> {
  const next = new Map(previews);
  const [first] = next.keys();
  if (first !== undefined) next.delete(first);
  return next;
}

/**
 * Whether the article must be drawn whole at once: when the reader scrolls straight to a place (a note's
 * passage, an orphan to place, search hits, a resume position below the first block), every block must
 * have its final height first.
 */
export function drawWholeAtOnce(
  article: Pick<Article, 'blocks' | 'position'>,
  opts: { focusBlockId: number | null; reattachId: number | null; hits: number },
): boolean {
  if (opts.focusBlockId !== null || opts.reattachId !== null || opts.hits > 0) return true;
  const spot = article.position;
  if (!spot) return false;
  if (spot.blockId === null) return spot.offset > 0;
  return spot.blockId !== article.blocks[0]?.id || spot.offset > 0;
}

/**
 * The note cards beside a block: its own note when it has words (a colour alone shows in the text), its
 * further whole-block notes, and its highlights that carry a note.
 */
export function blockCards(
  note: Annotation | undefined,
  moreNotes: readonly Annotation[] | undefined,
  spans: readonly Annotation[],
): Annotation[] {
  return [
    ...(note && (note.note.trim() !== '' || !note.color) ? [note] : []),
    ...(moreNotes ?? []),
    ...spans.filter((s) => s.note.trim() !== ''),
  ];
}
