import { useMemo, useState, type Dispatch, type MouseEvent, type SetStateAction } from 'react';
import type { ArticleSummary } from '../../../../shared/domain';
import { EmptyState } from '../../components/EmptyState';
import { countLabel } from '../../format';
import { ArticleListItem } from './ArticleListItem';
import { listboxKeyDown } from './list-keys';
import { extendByKey, extendTo, isMultiple, selectAll, single, toggle, type Selection } from './selection';

interface Props {
  articles: ArticleSummary[] | undefined;
  filtered: boolean;
  /** The article open in the reader. */
  selectedId: number | null;
  onOpen: (id: number, read?: boolean) => void;
  onClearFilters: () => void;
  selection: Selection;
  onSelectionChange: Dispatch<SetStateAction<Selection>>;
}

// A large library renders a page at a time; the rest is one click away.
const PAGE = 300;

/**
 * The library, newest first, with a count and an empty state that says what to do. A multi-select
 * listbox: a click opens an article, Ctrl/Cmd+click and Shift+click (or Shift+arrows, Ctrl/Cmd+A) select
 * several for the selection bar.
 */
export function ArticleList(props: Props) {
  const { articles, filtered, selectedId, onOpen, onClearFilters, selection, onSelectionChange } = props;
  const [limit, setLimit] = useState(PAGE);
  const [focusId, setFocusId] = useState<number | null>(null);
  const order = useMemo(() => articles?.map((a) => a.id) ?? [], [articles]);
  if (!articles) return <p className="list-pane__count">Loading…</p>;

  const unread = articles.filter((a) => !a.read).length;
  const shown = articles.slice(0, limit);
  const isShown = (id: number | null) => id !== null && shown.some((a) => a.id === id);
  // One Tab stop for the whole list: the row last focused, else the open article, else the first.
  const tabStop = isShown(focusId) ? focusId : isShown(selectedId) ? selectedId : (shown[0]?.id ?? null);
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
        {countLabel(articles.length, 'article')}
        {unread > 0 && <span className="list-pane__count-extra"> · {unread} unread</span>}
      </p>
      {articles.length === 0 &&
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
        onKeyDown={(event) =>
          listboxKeyDown(event, {
            extend: (focused, to) => onSelectionChange((s) => extendByKey(s, order, focused, to)),
            selectAll: () => onSelectionChange((s) => selectAll(s, order)),
            clear: () => {
              const open = selectedId !== null && order.includes(selectedId) ? selectedId : null;
              const { ids } = selection;
              if (ids.size === 0 || (ids.size === 1 && open !== null && ids.has(open))) return false;
              onSelectionChange(single(open));
              return true;
            },
          })
        }
      >
        {shown.map((article) => (
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
      {articles.length > limit && (
        <div className="article-list__more">
          <button type="button" className="button button--small" onClick={() => setLimit(limit + PAGE)}>
            Show {Math.min(PAGE, articles.length - limit)} more of {articles.length - limit}
          </button>
        </div>
      )}
    </>
  );
}
