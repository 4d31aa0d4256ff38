import { useShortcut } from '../shortcuts/ShortcutProvider';

/** What the reader's single-key shortcuts do; `escape` returns false when it had nothing to close. */
export interface ReaderKeyActions {
  move: (delta: 1 | -1) => void;
  openNote: () => void;
  color: (index: number) => void;
  /** Shift+→/← grow or shrink the selected words in the focused passage; false when no passage is focused. */
  selectWords: (direction: 1 | -1) => boolean;
  /** Alt+Shift+→/← move the start of the selected words. */
  selectStart: (direction: 1 | -1) => boolean;
  remove: () => void;
  enter: () => boolean;
  escape: () => boolean;
}

/**
 * j/k move between blocks, n or Enter opens the note, 1–4 set a colour, Shift+arrows select words,
 * Delete removes, Esc closes. Through the shortcut table (`reader.*`): not in fields or dialogs.
 */
export function useReaderKeys(actions: ReaderKeyActions): void {
  useShortcut('reader.next', () => actions.move(1));
  useShortcut('reader.previous', () => actions.move(-1));
  useShortcut('reader.note', () => actions.openNote());
  useShortcut('reader.color', (_event, match) => actions.color(match.index));
  useShortcut('reader.selectWords', (_event, match) => actions.selectWords(match.index === 0 ? 1 : -1));
  useShortcut('reader.selectStart', (_event, match) => actions.selectStart(match.index === 0 ? 1 : -1));
  useShortcut('reader.delete', () => actions.remove());
  useShortcut('reader.open', (event) => {
    // Only on a block (or a table's row) itself: Enter on a button presses the button.
    const target = event.target as HTMLElement | null;
    return (target?.dataset.testid === 'block' || target?.dataset.testid === 'table-row') && actions.enter();
  });
  useShortcut('reader.close', () => actions.escape());
}
