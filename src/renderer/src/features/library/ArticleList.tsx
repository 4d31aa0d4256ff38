import { useEffect, useRef, useState, type Dispatch, type MouseEvent, type SetStateAction } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { countLabel } from '../../format';
import { ArticleListItem } from './ArticleListItem';
import { listboxKeyDown } from './list-keys';
import { extendByKey, extendTo, isMultiple, single, toggle, type Selection } from './selection';
import { PAGE, type ArticlePages } from './useArticles';

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
}

/**
 * The library, newest first, with a count and an empty state that says what to do. A multi-select
 * listbox: a click opens an article, Ctrl/Cmd+click and Shift+click (or Shift+arrows, Ctrl/Cmd+A) select
 * several for the selection bar. A large library comes a page at a time: "Show more", scrolling to the
 * end of the list or the Down arrow on its last row loads the next one.
 */
export function ArticleList(props: Props) {
  const { pages, order, onLoadMore, onSelectAll, filtered, selectedId, onOpen, onClearFilters } = props;
  const { selection, onSelectionChange } = props;
  const [focusId, setFocusId] = useState<number | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const more = useRef<HTMLDivElement>(null);
  // Down (or Shift+Down) on the last loaded row: where the focus goes once the next page is in.
  const pendingMove = useRef<{ from: number; extend: boolean } | null>(null);
  const articles = pages?.articles;

  useEffect(() => {
    const move = pendingMove.current;
    if (!move || !articles) return;
    const next = articles[articles.findIndex((a) => a.id === move.from) + 1];
    if (!next) return;
    pendingMove.current = null;
    if (move.extend) onSelectionChange((s) => extendByKey(s, order, move.from, next.id));
    list.current?.querySelector<HTMLElement>(`[role="option"][data-id="${next.id}"]`)?.focus();
  }, [articles, order, onSelectionChange]);

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

  if (!pages || !articles) return <p className="list-pane__count">Loading…</p>;

  const { total, unread } = pages;
  const remaining = total - articles.length;
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

  return (
    <>
      <p className="list-pane__count" data-testid="list-count">
        {countLabel(total, 'article')}
        {unread > 0 && <span className="list-pane__count-extra"> · {unread} unread</span>}
      </p>
      {total === 0 &&
        (filtered ? (
          <EmptyState title="No articles match these filters">
            <p>Try another date or tag.</p>
            <button type="button" className="button button--small" onClick={onClearFilters}>
              Clear filters
            </button>
          </EmptyState>
        ) : (
          <EmptyState title="Your library is empty">
            <p>Import articles with “Import…”, or drop files anywhere on this window.</p>
          </EmptyState>
        ))}
      <ul
        className={multiple ? 'article-list article-list--selecting' : 'article-list'}
        data-testid="article-list"
        role="listbox"
        aria-label="Articles"
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
          })
        }
      >
        {articles.map((article) => (
          <ArticleListItem
            key={article.id}
            testId="article-item"
            id={article.id}
            title={article.title}
            date={article.date}
            tags={article.tags}
            userTags={article.userTags}
            read={article.read}
            noteCount={article.noteCount}
            selected={article.id === selectedId}
            onOpen={open}
            option={{
              checked: selection.ids.has(article.id),
              tabStop: article.id === tabStop,
              showCheck: multiple,
              onClick: click,
              onToggle: toggleOne,
              onFocus: setFocusId,
            }}
          />
        ))}
      </ul>
      {hasMore && (
        <div className="article-list__more" ref={more}>
          <button type="button" className="button button--small" onClick={() => void onLoadMore()}>
            Show {Math.min(PAGE, remaining)} more of {remaining}
          </button>
        </div>
      )}
    </>
  );
}
