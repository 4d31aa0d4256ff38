import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { NotebookGrouping } from '../../../../shared/domain';
import type { NotebookRow } from './notebook-rows';
import { NotebookRowView, type NotebookActions } from './NotebookRowView';

interface Props {
  rows: readonly NotebookRow[];
  groupBy: NotebookGrouping;
  /** The element that scrolls (the whole notes view: header, filters and list scroll together). */
  scroller: RefObject<HTMLElement | null>;
  hasMore: boolean;
  onLoadMore: () => void;
  actions: NotebookActions;
}

/** The notebook's notes as a virtual list: only the rows near the screen are in the page. */
export function NotebookList({ rows, groupBy, scroller, hasMore, onLoadMore, actions }: Props) {
  const list = useRef<HTMLDivElement>(null);
  // Where the list starts inside the scrolling element; the heat map and filters above it may resize.
  const [scrollMargin, setScrollMargin] = useState(0);
  useEffect(() => {
    const scrolling = scroller.current;
    const element = list.current;
    if (!scrolling || !element) return;
    const measure = () =>
      setScrollMargin(
        element.getBoundingClientRect().top - scrolling.getBoundingClientRect().top + scrolling.scrollTop,
      );
    const observer = new ResizeObserver(measure);
    observer.observe(scrolling.firstElementChild ?? scrolling);
    return () => observer.disconnect();
  }, [scroller]);

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser's functions are called only while rendering this list
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => (rows[index]?.kind === 'group' ? 64 : 128),
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 8,
    scrollMargin,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasMore && lastIndex >= rows.length - 20) onLoadMore();
  }, [hasMore, lastIndex, rows.length, onLoadMore]);

  return (
    <div
      ref={list}
      className="notebook-list"
      data-testid="notes-list"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {items.map((item) => {
        const row = rows[item.index]!;
        return (
          <div
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            className={`notebook-list__row notebook-list__row--${row.kind}`}
            style={{ transform: `translateY(${item.start - scrollMargin}px)` }}
          >
            <NotebookRowView row={row} groupBy={groupBy} actions={actions} />
          </div>
        );
      })}
    </div>
  );
}
