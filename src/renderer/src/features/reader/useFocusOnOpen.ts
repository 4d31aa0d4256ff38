import { useEffect, type RefObject } from 'react';

/** Scrolls the passage a note points at (a block, or one row of a table) into view and focuses it. */
export function useFocusOnOpen(
  body: RefObject<HTMLElement | null>,
  blockId: number | null,
  row: number | null = null,
): void {
  useEffect(() => {
    if (blockId === null) return;
    const block = body.current?.querySelector<HTMLElement>(`[data-block-id="${blockId}"]`);
    const element =
      row === null
        ? block
        : (block?.querySelector<HTMLElement>(`[data-testid="table-row"][data-row="${row}"]`) ?? block);
    element?.scrollIntoView({ block: 'center' });
    element?.focus({ preventScroll: true });
  }, [body, blockId, row]);
}
