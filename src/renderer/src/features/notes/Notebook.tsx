import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, type RefObject } from 'react';
import type { NotebookEntry, NotebookQuery, TagCount } from '../../../../shared/domain';
import { api } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { keys } from '../../data/keys';
import { useT } from '../../i18n';
import { useFormat } from '../../i18n/useFormat';
import { ExportButton } from '../export/ExportButton';
import { exportFilterOf } from '../export/export-options';
import { OpenExportDialogButton } from '../export/ExportDialogProvider';
import { HeatMap } from './HeatMap';
import { exportScope, isFiltered, toNoteFilter, type NotebookFilterState } from './notebook-filter';
import { notebookRows } from './notebook-rows';
import { NotebookFilters } from './NotebookFilters';
import { MatchWordsContext, matchWords } from './notebook-matches';
import { NotebookList } from './NotebookList';
import { useDeleteNote } from './useDeleteNote';
import { useNotebookPages } from './useNotebookPages';

interface Props {
  tags: TagCount[] | undefined;
  filter: NotebookFilterState;
  onFilterChange: (filter: NotebookFilterState) => void;
  scroller: RefObject<HTMLElement | null>;
  onOpenArticle: (articleId: number, blockId: number | null, row?: number | null) => void;
}

/** Every note in the library: the study heat map, the filters, and the notes in a virtual list. */
export function Notebook({ tags, filter, onFilterChange, scroller, onOpenArticle }: Props) {
  const { t } = useT();
  const f = useFormat();
  const noteFilter = useMemo(() => toNoteFilter(filter), [filter]);
  const query = useMemo<NotebookQuery>(
    () => ({ ...noteFilter, groupBy: filter.groupBy }),
    [noteFilter, filter.groupBy],
  );
  const pages = useNotebookPages(query);
  const { data: count } = useQuery({
    queryKey: keys.notes('count', query),
    queryFn: () => api.countNotebook(query),
    placeholderData: keepPreviousData,
  });
  const rows = useMemo(() => notebookRows(pages.entries ?? []), [pages.entries]);
  const sources = useMemo(
    () =>
      [...new Set((pages.entries ?? []).map((e) => e.articleSource).filter((s): s is string => !!s))].sort(),
    [pages.entries],
  );
  const deleteNote = useDeleteNote();
  const words = useMemo(() => matchWords(noteFilter.query ?? ''), [noteFilter.query]);
  const { scope, complete } = exportScope(noteFilter);
  const filtered = isFiltered(filter);

  const actions = useMemo(
    () => ({
      onOpen: onOpenArticle,
      onOnlyArticle: (article: { id: number; title: string }) => onFilterChange({ ...filter, article }),
      onDelete: (entry: NotebookEntry) => void deleteNote(entry.id),
    }),
    [onOpenArticle, onFilterChange, filter, deleteNote],
  );

  return (
    <>
      <div className="notes-view__toolbar">
        <p className="notes-view__count" data-testid="notes-count">
          {count
            ? t(filtered ? 'notes.match' : 'notes.count', { count: count.notes, n: f.number(count.notes) })
            : t('notes.counting')}
        </p>
        <div className="notes-view__export">
          <div className="export-actions">
            <OpenExportDialogButton
              origin={{ filter: exportFilterOf(noteFilter), article: filter.article ?? undefined }}
              testId="open-export-dialog"
            />
            <ExportButton
              key={JSON.stringify(scope)}
              scope={scope}
              label={t('notes.exportMarkdown')}
              testId="export-notes"
            />
          </div>
          {!complete && <p className="notes-view__export-hint">{t('notes.exportHint')}</p>}
        </div>
      </div>

      <HeatMap
        selectedDay={filter.writtenOn}
        onSelectDay={(day) => onFilterChange({ ...filter, writtenOn: day })}
      />

      <NotebookFilters value={filter} onChange={onFilterChange} tags={tags} sources={sources} />

      {pages.entries?.length === 0 &&
        (filtered ? (
          <EmptyState title={t('notes.emptyFiltered.title')}>
            <p>{t('notes.emptyFiltered.text')}</p>
          </EmptyState>
        ) : (
          <EmptyState title={t('notes.empty.title')} icon="note">
            <p>{t('notes.empty.text')}</p>
          </EmptyState>
        ))}
      <MatchWordsContext.Provider value={words}>
        <NotebookList
          rows={rows}
          groupBy={filter.groupBy}
          scroller={scroller}
          hasMore={pages.hasMore}
          onLoadMore={pages.loadMore}
          actions={actions}
        />
      </MatchWordsContext.Provider>
    </>
  );
}
