import type { ArticleFilter } from '../../../../shared/domain';
import { SearchBox } from '../search/SearchBox';
import { SearchResults } from '../search/SearchResults';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type Dispatch,
  type ReactNode,
  type SetStateAction,
} from 'react';
import { api } from '../../api';
import { useReportError } from '../../components/errors';
import { useT } from '../../i18n';
import { useFormat } from '../../i18n/useFormat';
import { exportFilterOf } from '../export/export-options';
import { useOpenExportDialog } from '../export/ExportDialogProvider';
import { SaveSearch } from '../search/SaveSearch';
import { useSearch, type SearchSort } from '../search/useSearch';
import { ArticleList } from './ArticleList';
import { SelectionBar } from './SelectionBar';
import { SelectionManage } from '../manage/SelectionManage';
import { isMultiple, prune, selectAll, selectedIds, single, type Selection } from './selection';
import { useArticles } from './useArticles';
import { useChanges } from '../../data/changes';
import { keys } from '../../data/keys';
import { useQueryClient } from '@tanstack/react-query';
import './library.css';

interface Props {
  query: string;
  onQueryChange: (query: string) => void;
  filter: ArticleFilter;
  selectedId: number | null;
  onOpen: (id: number, read?: boolean) => void;
  onClearFilters: () => void;
  sort: SearchSort;
  onSort: (sort: SearchSort) => void;
  activeTag: string | null;
  onTag: (tag: string | null) => void;
  onMonth: (month: string | null) => void;
  onSaveSearch: (name: string) => Promise<void>;
  /** The articles selected in the list; kept by the workspace so a visit to another view keeps it. */
  selection: Selection;
  onSelectionChange: Dispatch<SetStateAction<Selection>>;
  /** Above the list (not the search results): the triage view's day stepper and notes. */
  header?: ReactNode;
  /** Shown under the search field: the syllabus topic the list is filtered by. */
  banner?: ReactNode;
}

/** The middle pane: the search field over either the library list or the search results. */
export function ListPane({
  query,
  onQueryChange,
  filter,
  selectedId,
  onOpen,
  onClearFilters,
  sort,
  onSort,
  activeTag,
  onTag,
  onMonth,
  onSaveSearch,
  selection,
  onSelectionChange,
  header,
  banner,
}: Props) {
  const { pages, loading, loadMore, ids, full } = useArticles(filter);
  const { t } = useT();
  const f = useFormat();
  const articles = pages?.articles;
  const { markRead: markReadInCache } = useChanges();
  // When the index finishes building, the results are asked for again.
  const queryClient = useQueryClient();
  const onIndexReady = useCallback(
    () => void queryClient.invalidateQueries({ queryKey: keys.search() }),
    [queryClient],
  );
  const search = useSearch(query, filter, sort);
  const searching = query.trim() !== '';
  const filtered = Object.keys(filter).length > 0;
  const reportError = useReportError();

  // The list's order: every id once fetched (select-all), else the loaded rows (the list's first part).
  const loadedOrder = useMemo(() => articles?.map((a) => a.id) ?? [], [articles]);
  const complete = pages !== null && !pages.hasMore;
  const order = full?.ids ?? loadedOrder;

  // A new filter (or a deletion) keeps only the selected articles the list still shows. Selected ids
  // beyond the loaded rows (after select-all) are checked against every id in the list.
  const latestSelection = useRef(selection);
  useEffect(() => {
    latestSelection.current = selection;
  });
  useEffect(() => {
    if (!pages || loading) return;
    const loadedIds = new Set(loadedOrder);
    const { ids: chosenIds, base, anchor, lead } = latestSelection.current;
    const beyond = [...chosenIds, ...base, anchor, lead].some((id) => id !== null && !loadedIds.has(id));
    if (!beyond || complete) {
      onSelectionChange((s) => prune(s, loadedOrder));
      return;
    }
    let current = true;
    ids().then((list) => {
      if (current) onSelectionChange((s) => prune(s, list.ids));
    }, reportError);
    return () => {
      current = false;
    };
  }, [pages, loading, loadedOrder, complete, ids, onSelectionChange, reportError]);

  const onSelectAll = useCallback(() => {
    if (complete) onSelectionChange((s) => selectAll(s, loadedOrder));
    else ids().then((list) => onSelectionChange((s) => selectAll(s, list.ids)), reportError);
  }, [complete, loadedOrder, ids, onSelectionChange, reportError]);

  const openExportDialog = useOpenExportDialog();
  const body = useRef<HTMLDivElement>(null);
  const [marking, setMarking] = useState(false);
  // In list order; until every id is known, the selected ones beyond the loaded rows come after them.
  const chosen = useMemo(() => {
    if (full) return selectedIds(selection, full.ids);
    const loadedIds = new Set(loadedOrder);
    return [...selectedIds(selection, loadedOrder), ...[...selection.ids].filter((id) => !loadedIds.has(id))];
  }, [selection, full, loadedOrder]);
  const showBar = !searching && isMultiple(selection) && chosen.length > 1;
  const byId = new Map((articles ?? []).map((a) => [a.id, a]));
  const chosenUnread = chosen.filter((id) => {
    const article = byId.get(id);
    return article ? !article.read : (full?.unread.has(id) ?? false);
  }).length;
  const markRead = (read: boolean) => {
    setMarking(true);
    api
      .setReadMany({ ids: chosen, read })
      .then(() => markReadInCache(chosen, read), reportError)
      .finally(() => setMarking(false));
  };
  const clear = () => {
    onSelectionChange(single(selectedId !== null && order.includes(selectedId) ? selectedId : null));
    // The bar goes away with its button: the focus goes back to the list.
    body.current?.querySelector<HTMLElement>('[role="option"][tabindex="0"]')?.focus();
  };

  return (
    <aside className="list-pane" aria-label={searching ? t('search.results.label') : t('library.heading')}>
      <div className="list-pane__header">
        <SearchBox query={query} onChange={onQueryChange} onSubmit={search.searchNow} />
        {searching && <SaveSearch onSave={onSaveSearch} />}
        {banner}
      </div>
      <p className="visually-hidden" aria-live="polite" data-testid="selection-status">
        {showBar ? t('library.selection.count', { count: chosen.length, n: f.number(chosen.length) }) : ''}
      </p>
      {showBar && (
        <SelectionBar
          count={chosen.length}
          unread={chosenUnread}
          busy={marking}
          onExport={() => openExportDialog({ selection: { ids: chosen }, filter: exportFilterOf(filter) })}
          onMarkRead={markRead}
          onClear={clear}
        >
          <SelectionManage ids={chosen} onDeleted={clear} />
        </SelectionBar>
      )}
      {!searching && header}
      <div className="list-pane__body" id="article-list" tabIndex={-1} ref={body}>
        {searching ? (
          <SearchResults
            query={query}
            outcome={search.outcome}
            loading={search.loading}
            filtered={filtered}
            selectedId={selectedId}
            onOpen={onOpen}
            sort={sort}
            onSort={onSort}
            activeTag={activeTag}
            onTag={onTag}
            onMonth={onMonth}
            onIndexReady={onIndexReady}
          />
        ) : (
          <ArticleList
            key={JSON.stringify(filter)}
            pages={pages}
            order={order}
            onLoadMore={loadMore}
            onSelectAll={onSelectAll}
            filtered={filtered}
            selectedId={selectedId}
            onOpen={onOpen}
            onClearFilters={onClearFilters}
            selection={selection}
            onSelectionChange={onSelectionChange}
            scroller={body}
          />
        )}
      </div>
    </aside>
  );
}
