/** Where the reader is in an article: the first passage at the top of the pane and the pixels into it. */
export interface ReadingSpot {
  blockId: number | null;
  offset: number;
}

/** The spot at the top of `scroller`: the first block not yet scrolled past, and how far into it. */
export function spotOf(scroller: HTMLElement): ReadingSpot {
  if (scroller.scrollTop <= 0) return { blockId: null, offset: 0 };
  const top = scroller.getBoundingClientRect().top;
  for (const element of scroller.querySelectorAll<HTMLElement>('[data-block-id]')) {
    const box = element.getBoundingClientRect();
    if (box.bottom > top) {
      const blockId = Number(element.dataset.blockId);
      return Number.isSafeInteger(blockId) && blockId > 0
        ? { blockId, offset: Math.max(0, Math.round(top - box.top)) }
        : { blockId: null, offset: Math.round(scroller.scrollTop) };
    }
  }
  return { blockId: null, offset: Math.round(scroller.scrollTop) };
}

/** Scrolls `scroller` so the spot is at its top: the block and the pixels into it, else pixels from the top. */
export function scrollToSpot(scroller: HTMLElement, spot: ReadingSpot): void {
  const element =
    spot.blockId === null ? null : scroller.querySelector<HTMLElement>(`[data-block-id="${spot.blockId}"]`);
  if (!element) {
    scroller.scrollTo({ top: spot.blockId === null ? spot.offset : 0 });
    return;
  }
  const delta = element.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
  scroller.scrollTo({ top: scroller.scrollTop + delta + spot.offset });
}
