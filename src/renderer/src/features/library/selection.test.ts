import { describe, expect, it } from 'vitest';
import {
  EMPTY_SELECTION,
  extendByKey,
  extendTo,
  isMultiple,
  prune,
  selectAll,
  selectedIds,
  single,
  toggle,
  type Selection,
} from './selection';

const ORDER = [10, 20, 30, 40, 50, 60];
const ids = (s: Selection) => selectedIds(s, ORDER);

describe('the article list selection', () => {
  it('a click selects one article; Ctrl/Cmd+click adds and removes one', () => {
    let s = single(20);
    expect(ids(s)).toEqual([20]);
    expect(isMultiple(s)).toBe(false);
    s = toggle(s, 40);
    s = toggle(s, 60);
    expect(ids(s)).toEqual([20, 40, 60]);
    expect(isMultiple(s)).toBe(true);
    s = toggle(s, 20);
    expect(ids(s)).toEqual([40, 60]);
    expect(single(null)).toBe(EMPTY_SELECTION);
  });

  it('Shift+click selects the range from the anchor, and a second Shift+click moves its end', () => {
    let s = extendTo(single(20), ORDER, 40);
    expect(ids(s)).toEqual([20, 30, 40]);
    s = extendTo(s, ORDER, 10);
    expect(ids(s)).toEqual([10, 20]);
  });

  it('keeps Ctrl-picked articles when a range is added after them', () => {
    let s = toggle(single(10), 40);
    s = extendTo(s, ORDER, 60);
    expect(ids(s)).toEqual([10, 40, 50, 60]);
    s = extendTo(s, ORDER, 50);
    expect(ids(s)).toEqual([10, 40, 50]);
  });

  it('starts a range at the open article, or at the clicked one, when there is no anchor', () => {
    expect(ids(extendTo(EMPTY_SELECTION, ORDER, 40, 20))).toEqual([20, 30, 40]);
    expect(ids(extendTo(EMPTY_SELECTION, ORDER, 40, 999))).toEqual([40]);
    expect(ids(extendTo(EMPTY_SELECTION, ORDER, 40))).toEqual([40]);
  });

  it('Shift+arrow grows and shrinks the range from the focused end, or starts one where the focus is', () => {
    let s = single(30);
    s = extendByKey(s, ORDER, 30, 40);
    s = extendByKey(s, ORDER, 40, 50);
    expect(ids(s)).toEqual([30, 40, 50]);
    s = extendByKey(s, ORDER, 50, 40);
    expect(ids(s)).toEqual([30, 40]);
    // The focus moved away with the arrows alone: a new range starts there.
    s = extendByKey(s, ORDER, 10, 20);
    expect(ids(s)).toEqual([10, 20]);
  });

  it('Ctrl/Cmd+A selects every article in the list', () => {
    const s = selectAll(single(30), ORDER);
    expect(ids(s)).toEqual(ORDER);
    expect(ids(extendTo(s, ORDER, 50))).toEqual([30, 40, 50]);
  });

  it('keeps only the articles still in the list after the filter changes', () => {
    const s = extendTo(single(20), ORDER, 50);
    expect(prune(s, ORDER)).toBe(s);
    const narrowed = prune(s, [10, 30, 50]);
    expect(selectedIds(narrowed, [10, 30, 50])).toEqual([30, 50]);
    expect(narrowed.anchor).toBeNull();
    expect(narrowed.lead).toBe(50);
    // Without its anchor, the next range starts at the row clicked.
    expect(selectedIds(extendTo(narrowed, [10, 30, 50], 10), [10, 30, 50])).toEqual([10]);
  });
});
