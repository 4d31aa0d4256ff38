import { useEffect, useRef } from 'react';

/** What the reader's single-key shortcuts do; `escape` returns false when it had nothing to close. */
export interface ReaderKeyActions {
  move: (delta: 1 | -1) => void;
  openNote: () => void;
  color: (index: number) => void;
  remove: () => void;
  enter: () => boolean;
  escape: () => boolean;
}

/** j/k move between blocks, n or Enter opens the note, 1–4 set a colour, Delete removes, Esc closes. */
export function useReaderKeys(actions: ReaderKeyActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], [role="dialog"]')) return;
      const run = latest.current;
      let handled = true;
      switch (event.key) {
        case 'j':
          run.move(1);
          break;
        case 'k':
          run.move(-1);
          break;
        case 'n':
          run.openNote();
          break;
        case '1':
        case '2':
        case '3':
        case '4':
          run.color(Number(event.key) - 1);
          break;
        case 'Delete':
          run.remove();
          break;
        case 'Enter':
          // Only on a block (or a table's row) itself: Enter on a button presses the button.
          handled =
            (target?.dataset.testid === 'block' || target?.dataset.testid === 'table-row') && run.enter();
          break;
        case 'Escape':
          handled = run.escape();
          break;
        default:
          handled = false;
      }
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
