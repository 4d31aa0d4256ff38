import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, type RefObject } from 'react';
import type { NotebookEntry, NotebookQuery, TagCount } from '../../../../shared/domain';
import { api } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { keys } from '../../data/keys';
import { countLabel } from '../../format';
import { ExportButton } from '../export/ExportButton';
import { exportFilterOf } from '../export/export-options';
import { OpenExportDialogButton } from '../export/ExportDialogProvider';
import { HeatMap } from './HeatMap';
import { exportScope, isFiltered, toNoteFilter, type NotebookFilterState } from './notebook-filter';
import { notebookRows } from './notebook-rows';
import { NotebookFilters } from './NotebookFilters';
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
          {count ? `${countLabel(count.notes, 'note')}${filtered ? ' match' : ''}` : 'Counting…'}
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
              label="Export to Markdown…"
              testId="export-notes"
            />
          </div>
          {!complete && (
            <p className="notes-view__export-hint">
              The export follows colour, tag, article, dates, words, source and day written; not the orphaned
              notes switch.
            </p>
          )}
        </div>
      </div>

      <HeatMap
        selectedDay={filter.writtenOn}
        onSelectDay={(day) => onFilterChange({ ...filter, writtenOn: day })}
      />

      <NotebookFilters value={filter} onChange={onFilterChange} tags={tags} sources={sources} />

      {pages.entries?.length === 0 &&
        (filtered ? (
          <EmptyState title="No notes match these filters">
            <p>Try other words, another colour or tag, or a wider date range.</p>
          </EmptyState>
        ) : (
          <EmptyState title="No notes yet" icon="note">
            <p>Open an article, select words or press “Note” beside a passage to write one.</p>
          </EmptyState>
        ))}
      <NotebookList
        rows={rows}
        groupBy={filter.groupBy}
        scroller={scroller}
        hasMore={pages.hasMore}
        onLoadMore={pages.loadMore}
        actions={actions}
      />
    </>
  );
}
