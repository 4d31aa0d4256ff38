import { useEffect, type RefObject } from 'react';

/** Scrolls to the block a note was opened from, and puts the keyboard focus on it. */
export function useFocusOnOpen(body: RefObject<HTMLElement | null>, blockId: number | null): void {
  useEffect(() => {
    if (blockId === null) return;
    const element = body.current?.querySelector<HTMLElement>(`[data-block-id="${blockId}"]`);
    element?.scrollIntoView({ block: 'center' });
    element?.focus({ preventScroll: true });
  }, [body, blockId]);
}
