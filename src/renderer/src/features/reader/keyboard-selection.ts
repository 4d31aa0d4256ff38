/**
 * Selecting words with the keyboard inside one passage's text, through the page's own selection (the
 * same one a mouse drag makes), so `readSelection`, the highlight toolbar and 1–4 work unchanged.
 */

/** The element holding the passage's text: the block's `[data-block-text]` (a heading is its own). */
export function blockTextElement(block: Element | null | undefined): HTMLElement | null {
  if (!block) return null;
  return block.matches('[data-block-text]')
    ? (block as HTMLElement)
    : block.querySelector('[data-block-text]');
}

/** The text node and offset at the start (or the end) of `element`'s text. */
function edge(element: HTMLElement, atEnd: boolean): [Node, number] {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let first: Node | null = null;
  let last: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    first ??= node;
    last = node;
  }
  if (!first || !last) return [element, atEnd ? element.childNodes.length : 0];
  return atEnd ? [last, last.textContent?.length ?? 0] : [first, 0];
}

function inside(selection: Selection, element: HTMLElement): boolean {
  return (
    selection.rangeCount > 0 &&
    !selection.isCollapsed &&
    selection.anchorNode !== null &&
    selection.focusNode !== null &&
    element.contains(selection.anchorNode) &&
    element.contains(selection.focusNode)
  );
}

/**
 * Shift+→ takes the next word into the selection, Shift+← gives the last one back. Without a
 * selection in `element`, → starts at its first word and ← at its last. False when it has no text.
 */
export function extendWords(element: HTMLElement, direction: 1 | -1): boolean {
  const selection = window.getSelection();
  if (!selection || (element.textContent ?? '').trim() === '') return false;
  if (!inside(selection, element)) {
    const [node, offset] = edge(element, direction < 0);
    selection.collapse(node, offset);
  }
  const before = [
    selection.anchorNode,
    selection.anchorOffset,
    selection.focusNode,
    selection.focusOffset,
  ] as const;
  selection.modify('extend', direction > 0 ? 'forward' : 'backward', 'word');
  // Never past the passage: the next passage's words are not this one's.
  if (!selection.focusNode || !element.contains(selection.focusNode)) {
    const [node, offset] = edge(element, direction > 0);
    selection.setBaseAndExtent(before[0]!, before[1], node, offset);
  }
  return true;
}

/** Alt+Shift+→ drops the selection's first word, Alt+Shift+← takes the word before it. */
export function moveStart(element: HTMLElement, direction: 1 | -1): boolean {
  const selection = window.getSelection();
  if (!selection || !inside(selection, element)) return false;
  const focus = [selection.focusNode!, selection.focusOffset] as const;
  selection.collapse(selection.anchorNode, selection.anchorOffset);
  selection.modify('move', direction > 0 ? 'forward' : 'backward', 'word');
  let anchor: [Node, number] = [selection.anchorNode!, selection.anchorOffset];
  if (!element.contains(anchor[0])) anchor = edge(element, direction > 0);
  selection.setBaseAndExtent(anchor[0], anchor[1], focus[0], focus[1]);
  return true;
}
