import type { KeyboardEvent } from 'react';

const MOVES = ['ArrowDown', 'ArrowUp', 'Home', 'End'];

/** The item Up/Down/Home/End move to from `current` (-1: none has the focus) among `count` items. */
function target(key: string, current: number, count: number): number {
  if (key === 'ArrowDown') return Math.min(count - 1, current + 1);
  if (key === 'ArrowUp') return Math.max(0, current < 0 ? 0 : current - 1);
  if (key === 'Home') return 0;
  return count - 1;
}

/** Up/Down/Home/End move the focus between the items of a list of buttons. */
export function moveFocusInList(event: KeyboardEvent<HTMLElement>): void {
  if (!MOVES.includes(event.key)) return;
  const items = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('.article-item'));
  if (items.length === 0) return;
  const current = items.indexOf(document.activeElement as HTMLElement);
  event.preventDefault();
  items[target(event.key, current, items.length)]?.focus();
}

export interface ListboxKeys {
  /** Shift+Up/Down/Home/End: the range grows from the focused row to `to`. */
  extend: (focused: number, to: number) => void;
  selectAll: () => void;
  /** Esc: back to the open article alone; false when there was nothing to clear (Esc goes on). */
  clear: () => boolean;
  /**
   * Down (with Shift: `extend`) on the last row shown, `focused`: true when more rows are coming (the
   * list loads them and moves on), false when it is the end of the list.
   */
  beyondEnd?: (focused: number, extend: boolean) => boolean;
  /**
   * A virtual list, where most rows are not in the page: every loaded row's id in order, and how to
   * bring one into view and focus it, and the row the keys last went to while it is not focused yet (not
   * drawn yet: a key held down outruns the drawing, and each press must go on from there). Without it,
   * the rows are the options in the page.
   */
  rows?: { ids: readonly number[]; focus: (id: number) => void; going?: () => number | null };
}

/**
 * The library listbox's keys, as in Finder or Mail: Up/Down/Home/End move the focus, with Shift they
 * extend the selection; Ctrl/Cmd+A selects every article in the list; Esc clears the selection.
 */
export function listboxKeyDown(event: KeyboardEvent<HTMLElement>, keys: ListboxKeys): void {
  const command = event.ctrlKey || event.metaKey;
  if (command && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'a') {
    event.preventDefault();
    keys.selectAll();
    return;
  }
  if (event.key === 'Escape' && !command && !event.shiftKey) {
    if (keys.clear()) {
      event.preventDefault();
      event.stopPropagation();
    }
    return;
  }
  if (!MOVES.includes(event.key) || command || event.altKey) return;
  const list = event.currentTarget;
  const ids =
    keys.rows?.ids ??
    Array.from(list.querySelectorAll<HTMLElement>('[role="option"]'), (item) => Number(item.dataset.id));
  const focus =
    keys.rows?.focus ??
    ((id: number) => list.querySelector<HTMLElement>(`[role="option"][data-id="${id}"]`)?.focus());
  if (ids.length === 0) return;
  const active = document.activeElement as HTMLElement | null;
  const going = keys.rows?.going?.() ?? null;
  const current =
    going !== null && ids.includes(going)
      ? ids.indexOf(going)
      : active && list.contains(active)
        ? ids.indexOf(Number(active.dataset.id))
        : -1;
  const last = ids.length - 1;
  if (event.key === 'ArrowDown' && current === last && keys.beyondEnd) {
    if (keys.beyondEnd(ids[last]!, event.shiftKey)) {
      event.preventDefault();
      return;
    }
  }
  const next = ids[target(event.key, current, ids.length)];
  event.preventDefault();
  if (next === undefined) return;
  if (event.shiftKey) keys.extend(ids[Math.max(0, current)]!, next);
  focus(next);
}
