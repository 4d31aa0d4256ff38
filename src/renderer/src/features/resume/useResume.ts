import { useEffect, useRef, type RefObject } from 'react';
import type { Article } from '../../../../shared/domain';
import { api } from '../../api';
import { scrollToSpot, spotOf, type ReadingSpot } from './reading-position';
import { writtenPositions } from './written-positions';

/** How long scrolling rests before the position is written: one write per pause, not per frame. */
const SAVE_AFTER_MS = 400;
/**
 * How long an article stays open before it counts as the one being read (a reload reopens it):
 * stepping through the list with j/k writes nothing, and opening costs no call beyond its own two.
 */
const DWELL_MS = 1000;

/**
 * The reader resumes where the user left an article (the place comes with the article), and keeps
 * where they are while they read, in the library, so a reload or another day finds it. `resume` is
 * false when the article was opened at a chosen place (a note's passage, a search hit): that place wins.
 */
export function useResume(
  scroller: RefObject<HTMLElement | null>,
  article: Pick<Article, 'id' | 'position'> | null,
  resume: boolean,
): void {
  const articleId = article?.id ?? null;
  // The place the article was opened with; later writes are remembered for the next open, not this one.
  const position = useRef(article ? writtenPositions.of(article) : null);
  // Read when the article opens: clearing a search later does not send the reader elsewhere.
  const resumeHere = useRef(resume);
  useEffect(() => {
    position.current = article ? writtenPositions.of(article) : null;
    resumeHere.current = resume;
  });

  useEffect(() => {
    const element = scroller.current;
    if (articleId === null || !element) return;
    let live = true;
    let timer: number | undefined;
    let frame: number | undefined;
    // Where the reader is, worked out as it scrolls (the page may have moved on by the time it is written).
    let pending: ReadingSpot | null = null;
    const write = (spot: ReadingSpot) => {
      // Not into the article's cached object: that would draw the whole article again (written-positions.ts).
      writtenPositions.remember(articleId, spot);
      // A failed write loses a bookmark, not work: it is not worth interrupting the reader for.
      api.saveReadingPosition({ articleId, ...spot }).catch(() => undefined);
    };
    const flush = () => {
      window.clearTimeout(timer);
      if (pending) write(pending);
      pending = null;
    };
    const onScroll = () => {
      if (frame === undefined)
        frame = window.requestAnimationFrame(() => {
          frame = undefined;
          pending = spotOf(element);
        });
      window.clearTimeout(timer);
      timer = window.setTimeout(flush, SAVE_AFTER_MS);
    };
    const spot = position.current;
    // The blocks are drawn; the next frame has their final layout.
    const restore = window.requestAnimationFrame(() => {
      if (resumeHere.current && spot && (spot.blockId !== null || spot.offset > 0))
        scrollToSpot(element, spot);
      element.dataset.resumed = 'true';
      element.addEventListener('scroll', onScroll, { passive: true });
    });
    const dwell = window.setTimeout(() => {
      if (live && pending === null) write(spotOf(element));
    }, DWELL_MS);
    return () => {
      live = false;
      window.cancelAnimationFrame(restore);
      window.clearTimeout(dwell);
      if (frame !== undefined) window.cancelAnimationFrame(frame);
      flush();
      element.removeEventListener('scroll', onScroll);
      delete element.dataset.resumed;
    };
  }, [scroller, articleId]);
}
