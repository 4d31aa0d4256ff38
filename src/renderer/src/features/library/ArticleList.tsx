import { useQueryClient } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type Dispatch,
  type MouseEvent,
  type RefObject,
  type SetStateAction,
} from 'react';
import { EmptyState } from '../../components/EmptyState';
import { memoText } from '../../components/memo-text';
import { useT } from '../../i18n';
import { useFormat } from '../../i18n/useFormat';
import type { ArticleSummary } from '../../../../shared/domain';
import { prefetchArticle } from '../reader/useArticle';
import { ArticleListItem } from './ArticleListItem';
import { listboxKeyDown } from './list-keys';
import { extendByKey, extendTo, isMultiple, single, toggle, type Selection } from './selection';
import { NEXT_PAGE, type ArticlePages } from './useArticles';

interface Props {
  /** The rows loaded so far and the whole list's counts; null until the first page comes. */
  pages: ArticlePages | null;
  /** The ids of the list in order: every one once fetched (select-all), else the loaded rows'. */
  order: readonly number[];
  onLoadMore: () => Promise<void>;
  /** Ctrl/Cmd+A: every article in the list, loaded or not. */
  onSelectAll: () => void;
  filtered: boolean;
  /** The article open in the reader. */
  selectedId: number | null;
  onOpen: (id: number, read?: boolean) => void;
  onClearFilters: () => void;
  selection: Selection;
  onSelectionChange: Dispatch<SetStateAction<Selection>>;
  /** The element that scrolls the list (the pane's body, with the count above the list). */
  scroller: RefObject<HTMLElement | null>;
}

/**
 * A row's height before it is measured: a one-line title, the date, a row of tags (88 px at the
 * default size). Close to the real height, so rows measured above the screen rarely move it.
 */
const ROW_ESTIMATE = 88;
const estimateSize = () => ROW_ESTIMATE;
/** The gap between rows, as in the CSS. */
const ROW_GAP = 2;
/** How many times a row the keys went to is scrolled to before the list gives up on focusing it. */
const MAX_FOCUS_TRIES = 20;
/** Rows drawn beyond each edge of the screen: enough for a wheel's step, few enough to mount fast. */
const OVERSCAN = 4;
/**
 * The next page is fetched (in idle time) once the screen's last row is this close to the end of the
 * loaded rows: two later pages, so a fast flick finds rows loaded instead of the list's end.
 */
const FETCH_AHEAD = 200;

/** What a row does, the same functions for the list's whole life, so a row is drawn again only when its data changes. */
interface RowActions {
  open: (id: number, read?: boolean) => void;
  click: (id: number, event: MouseEvent) => void;
  toggle: (id: number) => void;
  focus: (id: number) => void;
  press: (id: number) => void;
}

interface RowProps {
  article: ArticleSummary;
  selected: boolean;
  checked: boolean;
  tabStop: boolean;
  showCheck: boolean;
  index: number;
  setSize: number;
  top: number;
  measure: (element: HTMLElement | null) => void;
  actions: RowActions;
}

/**
 * One row of the virtual list. Memoised on plain values: a page arriving, a click or a scroll redraws
 * the rows whose data or place changed, not every row on screen (a page's rows are the same objects
 * after the next page comes: the query cache shares them).
 */
const ListRow = memo(function ListRow(props: RowProps) {
  const { article, actions } = props;
  return (
    <ArticleListItem
      testId="article-item"
      id={article.id}
      title={article.title}
      date={article.date}
      tags={article.tags}
      userTags={article.userTags}
      read={article.read}
      noteCount={article.noteCount}
      starred={article.starred}
      sample={article.sample}
      selected={props.selected}
      onOpen={actions.open}
      option={{
        checked: props.checked,
        tabStop: props.tabStop,
        showCheck: props.showCheck,
        onClick: actions.click,
        onToggle: actions.toggle,
        onFocus: actions.focus,
        onPress: actions.press,
        place: { index: props.index, setSize: props.setSize, top: props.top, measure: props.measure },
      }}
    />
  );
});

/**
 * The library, newest first, with a count and an empty state that says what to do. A multi-select
 * listbox: a click opens an article, Ctrl/Cmd+click and Shift+click (or Shift+arrows, Ctrl/Cmd+A) select
 * several for the selection bar. A large library comes a page at a time: "Show more", scrolling to the
 * end of the list or the Down arrow on its last row loads the next one. Only the rows near the screen
 * are in the page (a virtual list): the keys move over the loaded rows' ids and scroll the one they
 * reach into view, and the open article is scrolled into view when it changes.
 */
export function ArticleList(props: Props) {
  const { pages, order, onLoadMore, onSelectAll, filtered, selectedId, onOpen, onClearFilters } = props;
  const { selection, onSelectionChange, scroller } = props;
  const { t } = useT();
  const f = useFormat();
  const client = useQueryClient();
  const [focusId, setFocusId] = useState<number | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const more = useRef<HTMLDivElement>(null);
  // Down (or Shift+Down) on the last loaded row: where the focus goes once the next page is in.
  const pendingMove = useRef<{ from: number; extend: boolean } | null>(null);
  // A row the keys moved to that is not in the page yet: focused once the virtualiser renders it.
  const pendingFocus = useRef<number | null>(null);
  const focusTries = useRef(0);
  const articles = pages?.articles;
  const rowIds = useMemo(() => articles?.map((a) => a.id) ?? [], [articles]);

  // The pane's body; on a remount its ref is attached only after this list's layout effects (a parent's
  // ref comes after its children's), so the list's own parent stands in for it until then.
  const scrollElement = useCallback(
    (): HTMLElement | null => scroller.current ?? list.current?.parentElement ?? null,
    [scroller],
  );
  // Where the list starts inside the scrolling element (the count line is above it); measured once
  // the list is drawn, and again if what is above it changes size.
  const [scrollMargin, setScrollMargin] = useState(0);
  const drawn = articles !== undefined;
  useLayoutEffect(() => {
    const element = list.current;
    const scrolling = scrollElement();
    if (!scrolling || !element) return;
    const measure = () => {
      const margin =
        element.getBoundingClientRect().top - scrolling.getBoundingClientRect().top + scrolling.scrollTop;
      setScrollMargin((now) => (Math.abs(now - margin) < 0.5 ? now : margin));
    };
    measure();
    const above = element.previousElementSibling;
    if (!above || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(above);
    return () => observer.disconnect();
  }, [scrollElement, drawn]);

  // The same function while the rows are the same: a new one makes the virtualiser place every loaded
  // row again (10,000 rows deep, on each frame of a scroll).
  const getItemKey = useCallback((index: number) => rowIds[index] ?? index, [rowIds]);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser's functions are called only while rendering this list
  const virtualizer = useVirtualizer({
    count: articles?.length ?? 0,
    getScrollElement: scrollElement,
    estimateSize,
    getItemKey,
    gap: ROW_GAP,
    overscan: OVERSCAN,
    scrollMargin,
  });

  /** Brings a loaded row into view and focuses it (now if it is in the page, else once it is). */
  const focusRow = useCallback(
    (id: number) => {
      const index = rowIds.indexOf(id);
      if (index < 0) return;
      setFocusId(id);
      const element = list.current?.querySelector<HTMLElement>(`[role="option"][data-id="${id}"]`);
      if (element) {
        element.focus();
        return;
      }
      pendingFocus.current = id;
      focusTries.current = 0;
      virtualizer.scrollToIndex(index, { align: 'auto' });
    },
    [rowIds, virtualizer],
  );
  // Each render: focus the row the keys went to once it is drawn. Rows measured on the way (or a page
  // loaded at the end) move it, so scroll to it again until it is drawn, a few times at most.
  useEffect(() => {
    const id = pendingFocus.current;
    if (id === null) return;
    const element = list.current?.querySelector<HTMLElement>(`[role="option"][data-id="${id}"]`);
    const index = rowIds.indexOf(id);
    if (element || index < 0 || focusTries.current >= MAX_FOCUS_TRIES) {
      pendingFocus.current = null;
      element?.focus();
      return;
    }
    focusTries.current += 1;
    virtualizer.scrollToIndex(index, { align: 'auto' });
  });

  useEffect(() => {
    const move = pendingMove.current;
    if (!move || !articles) return;
    const next = articles[articles.findIndex((a) => a.id === move.from) + 1];
    if (!next) return;
    pendingMove.current = null;
    if (move.extend) onSelectionChange((s) => extendByKey(s, order, move.from, next.id));
    focusRow(next.id);
  }, [articles, order, onSelectionChange, focusRow]);

  // The open article comes into view when it changes (opened from a note, a link, an import) or when
  // the list is first drawn; not when a page loaded later brings it in (the keys may be elsewhere).
  const scrolledFor = useRef<number | null>(null);
  const openIndex = selectedId === null ? -1 : (articles?.findIndex((a) => a.id === selectedId) ?? -1);
  const openIndexRef = useRef(openIndex);
  openIndexRef.current = openIndex;
  useEffect(() => {
    if (!drawn || selectedId === null || scrolledFor.current === selectedId) return;
    scrolledFor.current = selectedId;
    // A row just clicked (or reached with the keys) holds the focus and is in view already: scrolling
    // to it would force a layout of the whole window, the reader's fresh article with it (issue 17).
    const row = list.current?.querySelector(`[role="option"][data-id="${selectedId}"]`);
    if (row && row.contains(document.activeElement)) return;
    const index = openIndexRef.current;
    if (index < 0) return;
    // In view already (a row clicked without taking the focus, an open from elsewhere of a row on
    // screen): known from the virtualiser's own figures, without asking the page for a layout.
    const item = virtualizer.getVirtualItems().find((i) => i.index === index);
    const top = virtualizer.scrollOffset ?? 0;
    const height = virtualizer.scrollRect?.height ?? 0;
    if (item && item.start >= top && item.end <= top + height) return;
    virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [selectedId, drawn, virtualizer]);

  // Scrolling to the end of the loaded rows loads the next page.
  const hasMore = pages?.hasMore ?? false;
  useEffect(() => {
    const target = more.current;
    if (!hasMore || !target || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) void onLoadMore();
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [hasMore, onLoadMore]);

  // Fetch ahead: near the end of the loaded rows, the next page comes in idle time, before the end is
  // reached. After it arrives this runs again and fetches one more while still that near.
  const lastDrawn = virtualizer.getVirtualItems().at(-1)?.index ?? -1;
  const loaded = articles?.length ?? 0;
  const nearEnd = hasMore && lastDrawn >= 0 && lastDrawn >= loaded - FETCH_AHEAD;
  useEffect(() => {
    if (!nearEnd) return;
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = window.setTimeout(() => void onLoadMore());
      return () => window.clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(() => void onLoadMore(), { timeout: 60 });
    return () => window.cancelIdleCallback(handle);
  }, [nearEnd, loaded, onLoadMore]);

  // The rows' actions, the same functions for the list's life; each calls the latest render's.
  const latest = useRef<RowActions | null>(null);
  const actions = useMemo<RowActions>(
    () => ({
      open: (id, read) => latest.current?.open(id, read),
      click: (id, event) => latest.current?.click(id, event),
      toggle: (id) => latest.current?.toggle(id),
      focus: (id) => latest.current?.focus(id),
      press: (id) => latest.current?.press(id),
    }),
    [],
  );

  // The list is drawn again on every frame of a scroll: its texts are made only when a count changes.
  const total = pages?.total ?? 0;
  const unread = pages?.unread ?? 0;
  const remaining = total - (articles?.length ?? 0);
  const texts = useMemo(
    () => ({
      count: t('library.count', { count: total, n: f.number(total) }),
      unread: t('library.unread', { n: f.number(unread) }),
      more: t('library.more', {
        n: f.number(Math.min(NEXT_PAGE, remaining)),
        total: f.number(remaining),
      }),
    }),
    [t, f, total, unread, remaining],
  );

  if (!pages || !articles) return <p className="list-pane__count">{t('library.loading')}</p>;

  const isShown = (id: number | null) => id !== null && articles.some((a) => a.id === id);
  // One Tab stop for the whole list: the row last focused, else the open article, else the first.
  const tabStop = isShown(focusId) ? focusId : isShown(selectedId) ? selectedId : (articles[0]?.id ?? null);
  const multiple = isMultiple(selection);

  const open = (id: number) => {
    onSelectionChange(single(id));
    onOpen(id, articles.find((a) => a.id === id)?.read);
  };
  const click = (id: number, event: MouseEvent) => {
    if (event.shiftKey) onSelectionChange((s) => extendTo(s, order, id, selectedId));
    else if (event.ctrlKey || event.metaKey) onSelectionChange((s) => toggle(s, id));
    else open(id);
  };
  const toggleOne = (id: number) => onSelectionChange((s) => toggle(s, id));
  // The article is asked for as the button goes down: the reply is on its way before the click
  // (a tenth of a second later) opens it, and the open finds it in the cache (issue 17).
  const press = (id: number) => {
    if (id !== selectedId) prefetchArticle(client, id, false);
  };
  latest.current = { open, click, toggle: toggleOne, focus: setFocusId, press };

  return (
    <>
      <p className="list-pane__count" data-testid="list-count">
        {texts.count}
        {unread > 0 && <span className="list-pane__count-extra"> · {texts.unread}</span>}
      </p>
      {total === 0 &&
        (filtered ? (
          <EmptyState title={t('library.emptyFiltered.title')}>
            <p>{t('library.emptyFiltered.text')}</p>
            <button type="button" className="button button--small" onClick={onClearFilters}>
              {t('library.emptyFiltered.clear')}
            </button>
          </EmptyState>
        ) : (
          <EmptyState title={t('library.empty.title')}>
            <p>{t('library.empty.text')}</p>
          </EmptyState>
        ))}
      <ul
        className={`article-list article-list--virtual${multiple ? ' article-list--selecting' : ''}`}
        style={{ height: virtualizer.getTotalSize() }}
        data-testid="article-list"
        role="listbox"
        aria-label={memoText(t, 'articles', () => t('library.articles'))}
        aria-multiselectable="true"
        ref={list}
        onKeyDown={(event) =>
          listboxKeyDown(event, {
            extend: (focused, to) => onSelectionChange((s) => extendByKey(s, order, focused, to)),
            selectAll: onSelectAll,
            clear: () => {
              const open = selectedId !== null && order.includes(selectedId) ? selectedId : null;
              const { ids } = selection;
              if (ids.size === 0 || (ids.size === 1 && open !== null && ids.has(open))) return false;
              onSelectionChange(single(open));
              return true;
            },
            beyondEnd: (focused, extend) => {
              if (!hasMore) return false;
              pendingMove.current = { from: focused, extend };
              void onLoadMore();
              return true;
            },
            rows: { ids: rowIds, focus: focusRow, going: () => pendingFocus.current },
          })
        }
      >
        {virtualizer.getVirtualItems().map((item) => {
          const article = articles[item.index]!;
          return (
            <ListRow
              key={item.key}
              article={article}
              selected={article.id === selectedId}
              checked={selection.ids.has(article.id)}
              tabStop={article.id === tabStop}
              showCheck={multiple}
              index={item.index}
              setSize={total}
              top={item.start - scrollMargin}
              measure={virtualizer.measureElement}
              actions={actions}
            />
          );
        })}
      </ul>
      {hasMore && (
        <div className="article-list__more" ref={more}>
          <button type="button" className="button button--small" onClick={() => void onLoadMore()}>
            {texts.more}
          </button>
        </div>
      )}
    </>
  );
}
