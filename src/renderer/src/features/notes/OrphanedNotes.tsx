import type { NoteEntry } from '../../../../shared/domain';
import { EmptyState } from '../../components/EmptyState';
import { formatDay } from '../../format';
import { ColorLabel } from './ColorLabel';
import { NoteMarkdown } from './NoteMarkdown';
import { useDeleteNote } from './useDeleteNote';

interface Props {
  notes: NoteEntry[] | undefined;
  onReattach: (articleId: number, noteId: number) => void;
}

/** Notes whose passage left their article when it was re-imported or corrected. */
export function OrphanedNotes({ notes, onReattach }: Props) {
  const deleteNote = useDeleteNote();
  if (notes?.length === 0) {
    return (
      <EmptyState title="No orphaned notes" testId="orphans-empty">
        <p>
          When an article’s text changes and a note’s passage is gone, the note waits here with its words.
        </p>
      </EmptyState>
    );
  }
  return (
    <ol className="side-list" data-testid="orphan-list">
      {notes?.map((note) => (
        <li
          key={note.id}
          className={note.color ? `note-entry color--${note.color}` : 'note-entry'}
          data-testid="orphan-entry"
          data-id={note.id}
        >
          <div className="note-entry__top">
            {note.color ? <ColorLabel color={note.color} /> : <span className="note-entry__plain">Note</span>}
            <span className="note-entry__article-title">
              {note.articleTitle} · {formatDay(note.articleDate)}
            </span>
          </div>
          <blockquote className="note-entry__quote" data-testid="orphan-quote">
            {note.quote}
          </blockquote>
          {note.note !== '' && <NoteMarkdown source={note.note} className="note-entry__text" />}
          <div className="note-entry__actions">
            <button
              type="button"
              className="button button--small"
              data-testid="orphan-reattach"
              onClick={() => onReattach(note.articleId, note.id)}
            >
              Re-attach in the article…
            </button>
            <button
              type="button"
              className="button button--small button--danger"
              data-testid="orphan-delete"
              onClick={() => void deleteNote(note.id)}
            >
              Delete
            </button>
          </div>
        </li>
      ))}
    </ol>
  );
}
