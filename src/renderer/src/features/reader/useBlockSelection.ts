import { useCallback, useEffect, useState, type RefObject } from 'react';
import { trimSpan } from './segments';

/** Words selected inside one block's text (or one cell of a table), by their offsets in the block's text. */
export interface BlockSelection {
  blockId: number;
  start: number;
  end: number;
  quote: string;
  /** Where the selection is on screen, for the toolbar. */
  rect: { top: number; left: number; width: number; bottom: number };
}

/** The length of the text of `container` before the point (`node`, `offset`). */
function offsetIn(container: Element, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(container);
  range.setEnd(node, offset);
  return range.toString().length;
}

function textElement(node: Node): Element | null {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest('[data-block-text]') ?? null;
}

/** The current selection when it lies inside one block's text within `container`, else null. */
export function readSelection(container: HTMLElement | null): BlockSelection | null {
  const selection = window.getSelection();
  if (!container || !selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const element = textElement(range.startContainer);
  if (!element || element !== textElement(range.endContainer) || !container.contains(element)) return null;
  const blockId = Number(element.closest<HTMLElement>('[data-block-id]')?.dataset.blockId);
  if (!Number.isInteger(blockId) || blockId <= 0) return null;
  const text = element.textContent ?? '';
  const span = trimSpan(
    text,
    offsetIn(element, range.startContainer, range.startOffset),
    offsetIn(element, range.endContainer, range.endOffset),
  );
  if (!span) return null;
  // A table cell's text starts further into its table's text (words are highlighted within one cell).
  const base = Number((element as HTMLElement).dataset.textStart ?? 0) || 0;
  const box = range.getBoundingClientRect();
  return {
    blockId,
    start: base + span.start,
    end: base + span.end,
    quote: text.slice(span.start, span.end),
    rect: { top: box.top, left: box.left, width: box.width, bottom: box.bottom },
  };
}

/**
 * Follows the text selection inside the reader: words selected within one block come back with their
 * offsets relative to that block's text (what highlights are stored by). Not updated mid-drag.
 */
export function useBlockSelection(container: RefObject<HTMLElement | null>) {
  const [selection, setSelection] = useState<BlockSelection | null>(null);

  useEffect(() => {
    let dragging = false;
    const update = () => {
      if (!dragging) setSelection(readSelection(container.current));
    };
    const onDown = () => {
      dragging = true;
    };
    const onUp = () => {
      dragging = false;
      // After the browser has settled the selection (a click inside a selection clears it late).
      setTimeout(update, 0);
    };
    document.addEventListener('selectionchange', update);
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('pointerup', onUp);
    window.addEventListener('scroll', update, true);
    return () => {
      document.removeEventListener('selectionchange', update);
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('pointerup', onUp);
      window.removeEventListener('scroll', update, true);
    };
  }, [container]);

  const clear = useCallback(() => {
    window.getSelection()?.removeAllRanges();
    setSelection(null);
  }, []);

  return { selection, clear };
}
