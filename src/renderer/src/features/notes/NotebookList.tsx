import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, useState, type RefObject } from 'react';
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

/** Rows drawn beyond each edge of the screen. */
const OVERSCAN = 4;
/** The next page is fetched (in idle time) once the screen's last row is this close to the loaded end. */
const FETCH_AHEAD = 150;

/** Whether two rows show the same: the rows are rebuilt when a page comes, their notes are the same objects. */
const sameRow = (a: NotebookRow, b: NotebookRow) =>
  a.key === b.key &&
  a.entry === b.entry &&
  (a.kind !== 'group' || (b.kind === 'group' && a.label === b.label));

interface RowProps {
  row: NotebookRow;
  index: number;
  top: number;
  groupBy: NotebookGrouping;
  actions: NotebookActions;
  measure: (element: HTMLElement | null) => void;
}

/** One row, drawn again only when its note, its place or the grouping changes. */
const ListRow = memo(
  function ListRow({ row, index, top, groupBy, actions, measure }: RowProps) {
    return (
      <div
        ref={measure}
        data-index={index}
        className={`notebook-list__row notebook-list__row--${row.kind}`}
        style={{ transform: `translateY(${top}px)` }}
      >
        <NotebookRowView row={row} groupBy={groupBy} actions={actions} />
      </div>
    );
  },
  (a, b) =>
    sameRow(a.row, b.row) &&
    a.index === b.index &&
    a.top === b.top &&
    a.groupBy === b.groupBy &&
    a.actions === b.actions &&
    a.measure === b.measure,
);

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
    overscan: OVERSCAN,
    scrollMargin,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;

  // Fetch ahead, in idle time, so a fast scroll finds the next notes loaded rather than the list's end.
  const nearEnd = hasMore && lastIndex >= 0 && lastIndex >= rows.length - FETCH_AHEAD;
  useEffect(() => {
    if (!nearEnd) return;
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = window.setTimeout(onLoadMore);
      return () => window.clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(onLoadMore, { timeout: 60 });
    return () => window.cancelIdleCallback(handle);
  }, [nearEnd, rows.length, onLoadMore]);

  return (
    <div
      ref={list}
      className="notebook-list"
      data-testid="notes-list"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {items.map((item) => (
        <ListRow
          key={item.key}
          row={rows[item.index]!}
          index={item.index}
          top={item.start - scrollMargin}
          groupBy={groupBy}
          actions={actions}
          measure={virtualizer.measureElement}
        />
      ))}
    </div>
  );
}
