import { useMemo, useState } from 'react';
import type { NoteFilter, TagCount } from '../../../../shared/domain';
import { EmptyState } from '../../components/EmptyState';
import { countLabel } from '../../format';
import { ExportButton } from '../export/ExportButton';
import { groupNotesByArticle } from './group-notes';
import { NO_NOTES_FILTER, NotesFilters, type NotesFilterState } from './NotesFilters';
import { NotesGroup } from './NotesGroup';
import { useNotes } from './useNotes';
import './notes-view.css';

interface Props {
  tags: TagCount[] | undefined;
  refreshKey: number;
  onOpenArticle: (articleId: number, blockId: number | null) => void;
}

function toNoteFilter(state: NotesFilterState): NoteFilter {
  const filter: NoteFilter = {};
  if (state.color !== '') filter.color = state.color;
  if (state.tag !== '') filter.tag = state.tag;
  if (state.from !== '') filter.from = state.from;
  if (state.to !== '') filter.to = state.to;
  return filter;
}

/** Every note in the library, grouped by article, with filters and Markdown export. */
export function NotesView({ tags, refreshKey, onOpenArticle }: Props) {
  const [filterState, setFilterState] = useState<NotesFilterState>(NO_NOTES_FILTER);
  const filter = useMemo(() => toNoteFilter(filterState), [filterState]);
  const { notes } = useNotes(filter, refreshKey);
  const groups = useMemo(() => groupNotesByArticle(notes ?? []), [notes]);
  const filtered = Object.keys(filter).length > 0;

  return (
    <section className="notes-view" data-testid="notes-view" aria-labelledby="notes-heading">
      <header className="notes-view__header">
        <div>
          <h1 className="notes-view__title" id="notes-heading">
            Notes
          </h1>
          <p className="notes-view__count" data-testid="notes-count">
            {notes
              ? `${countLabel(notes.length, 'note')} in ${countLabel(groups.length, 'article')}`
              : 'Loading notes…'}
          </p>
        </div>
        <ExportButton
          key={JSON.stringify(filter)}
          scope={filter}
          label="Export to Markdown…"
          testId="export-notes"
        />
      </header>

      <NotesFilters value={filterState} onChange={setFilterState} tags={tags} />

      <div className="notes-view__groups">
        {notes?.length === 0 &&
          (filtered ? (
            <EmptyState title="No notes match these filters">
              <p>Try another colour, tag or date range.</p>
            </EmptyState>
          ) : (
            <EmptyState title="No notes yet">
              <p>Open an article, point at a paragraph or bullet and choose “Note” to write one.</p>
            </EmptyState>
          ))}
        {groups.map((group) => (
          <NotesGroup key={group.articleId} group={group} onOpen={onOpenArticle} />
        ))}
      </div>
    </section>
  );
}
