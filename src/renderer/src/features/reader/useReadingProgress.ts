import { useEffect, useState, type RefObject } from 'react';

/** How far `scroller` is scrolled through its content, from 0 to 1 (1 when it does not scroll). */
export function readingProgress(scrollTop: number, scrollHeight: number, clientHeight: number): number {
  const range = scrollHeight - clientHeight;
  if (range <= 1) return 1;
  return Math.min(1, Math.max(0, scrollTop / range));
}

/** The reading progress of the open article, updated once a frame while it scrolls. */
export function useReadingProgress(scroller: RefObject<HTMLElement | null>, articleKey: unknown): number {
  // Kept with the article it is of: another article starts at 0 until its first measure.
  const [measured, setMeasured] = useState({ of: articleKey, progress: 0 });
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const progress = readingProgress(element.scrollTop, element.scrollHeight, element.clientHeight);
      setMeasured((was) =>
        was.of === articleKey && was.progress === progress ? was : { of: articleKey, progress },
      );
    };
    const onScroll = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    // Measured in the next frame, not now: reading the height here would lay out the new article
    // before its first paint, and again once more of it is drawn (issue 17). The observer's first
    // report asks for that frame.
    element.addEventListener('scroll', onScroll, { passive: true });
    // The article's height changes as it renders, and with the reading settings.
    const resize = new ResizeObserver(onScroll);
    resize.observe(element);
    if (element.firstElementChild) resize.observe(element.firstElementChild);
    return () => {
      element.removeEventListener('scroll', onScroll);
      resize.disconnect();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [scroller, articleKey]);
  return measured.of === articleKey ? measured.progress : 0;
}
