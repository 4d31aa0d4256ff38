/**
 * The library list's multi-selection, as in Mail or Finder: a click selects one article, Ctrl/Cmd+click
 * toggles one, Shift+click or Shift+arrow selects the range from the anchor. Pure, so it is tested.
 */

export interface Selection {
  ids: ReadonlySet<number>;
  /** Where a Shift range starts: the last article clicked or toggled. */
  anchor: number | null;
  /** Where the Shift range ends; Shift+arrow moves it. */
  lead: number | null;
  /** What was selected before the current range, kept when the range grows or shrinks. */
  base: ReadonlySet<number>;
}

const NONE: ReadonlySet<number> = new Set<number>();

export const EMPTY_SELECTION: Selection = { ids: NONE, anchor: null, lead: null, base: NONE };

/** Only `id`: what a plain click or opening an article makes. */
export function single(id: number | null): Selection {
  if (id === null) return EMPTY_SELECTION;
  return { ids: new Set([id]), anchor: id, lead: id, base: NONE };
}

/** Ctrl/Cmd+click: adds `id` or takes it out; the next range starts from it. */
export function toggle(selection: Selection, id: number): Selection {
  const ids = new Set(selection.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { ids, anchor: id, lead: id, base: ids };
}

/** The ids from `a` to `b` inclusive, in list order; empty when either is not in the list. */
function range(order: readonly number[], a: number, b: number): number[] {
  const i = order.indexOf(a);
  const j = order.indexOf(b);
  if (i < 0 || j < 0) return [];
  return order.slice(Math.min(i, j), Math.max(i, j) + 1);
}

/**
 * Shift+click or Shift+arrow: selects from the anchor to `id`, keeping what was selected before the
 * range. Without an anchor in the list, the range starts at `fallbackAnchor` (the open article or the
 * row that has the focus), or at `id` itself.
 */
export function extendTo(
  selection: Selection,
  order: readonly number[],
  id: number,
  fallbackAnchor: number | null = null,
): Selection {
  let { anchor, base } = selection;
  if (anchor === null || !order.includes(anchor)) {
    anchor = fallbackAnchor !== null && order.includes(fallbackAnchor) ? fallbackAnchor : id;
    base = NONE;
  }
  const ids = new Set(base);
  for (const each of range(order, anchor, id)) ids.add(each);
  return { ids, anchor, lead: id, base };
}

/**
 * Shift+arrow from the row with the focus to `next`: grows or shrinks the range when the focus is at its
 * end, and starts a new one at the focused row otherwise (the arrows alone move the focus, not the
 * selection, so a range begins where the user is).
 */
export function extendByKey(
  selection: Selection,
  order: readonly number[],
  focused: number,
  next: number,
): Selection {
  const continuing = selection.lead === focused && selection.anchor !== null;
  const start = continuing ? selection : { ...EMPTY_SELECTION, anchor: focused, lead: focused };
  return extendTo(start, order, next);
}

/** Ctrl/Cmd+A: every article in the list, including rows not rendered yet. */
export function selectAll(selection: Selection, order: readonly number[]): Selection {
  const anchor = selection.anchor !== null && order.includes(selection.anchor) ? selection.anchor : null;
  return { ids: new Set(order), anchor, lead: anchor, base: NONE };
}

/**
 * Keeps only the ids still in the list (after a filter change, a deletion); the same object when
 * nothing went, so a reload does not re-render.
 */
export function prune(selection: Selection, order: readonly number[]): Selection {
  const visible = new Set(order);
  const gone = (id: number | null) => id !== null && !visible.has(id);
  const lost = [...selection.ids].some(gone) || [...selection.base].some(gone);
  if (!lost && !gone(selection.anchor) && !gone(selection.lead)) return selection;
  const keep = (ids: ReadonlySet<number>) => new Set([...ids].filter((id) => visible.has(id)));
  return {
    ids: keep(selection.ids),
    anchor: gone(selection.anchor) ? null : selection.anchor,
    lead: gone(selection.lead) ? null : selection.lead,
    base: keep(selection.base),
  };
}

/** The selected ids in list order. */
export function selectedIds(selection: Selection, order: readonly number[]): number[] {
  return order.filter((id) => selection.ids.has(id));
}

/** More than one article: the selection bar shows and exports act on it. */
export function isMultiple(selection: Selection): boolean {
  return selection.ids.size > 1;
}
