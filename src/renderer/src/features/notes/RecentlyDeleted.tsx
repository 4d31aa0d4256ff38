import { useState } from 'react';
import type { DeletedNote } from '../../../../shared/domain';
import { localToday } from '../../../../shared/dates';
import { api } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { useReportError } from '../../components/errors';
import { useFeedback } from '../../components/feedback';
import { formatDay } from '../../format';
import { ColorLabel } from './ColorLabel';
import { NoteMarkdown } from './NoteMarkdown';
import { useChanges } from '../../data/changes';

interface Props {
  notes: DeletedNote[] | undefined;
}

/** Notes deleted in the last 30 days: put one back, or delete it for good (asked twice). */
export function RecentlyDeleted({ notes }: Props) {
  const reportError = useReportError();
  const { announce } = useFeedback();
  const { changed } = useChanges();
  const [confirming, setConfirming] = useState<number | null>(null);

  const restore = (note: DeletedNote) =>
    api.restoreAnnotation({ id: note.id }).then(() => {
      void changed('notes');
      announce('Note restored');
    }, reportError);
  const purge = (note: DeletedNote) => {
    if (confirming !== note.id) {
      setConfirming(note.id);
      return;
    }
    api.purgeAnnotation({ id: note.id }).then(() => {
      setConfirming(null);
      void changed('notes');
      announce('Note deleted forever');
    }, reportError);
  };

  if (notes?.length === 0) {
    return (
      <EmptyState title="Nothing deleted recently" testId="deleted-empty">
        <p>Deleted notes wait here for 30 days, so a slip can be undone.</p>
      </EmptyState>
    );
  }
  return (
    <ol className="side-list" data-testid="deleted-list">
      {notes?.map((note) => (
        <li
          key={note.id}
          className={note.color ? `note-entry color--${note.color}` : 'note-entry'}
          data-testid="deleted-note"
          data-id={note.id}
        >
          <div className="note-entry__top">
            {note.color ? <ColorLabel color={note.color} /> : <span className="note-entry__plain">Note</span>}
            <span className="note-entry__article-title">{note.articleTitle}</span>
            <span className="note-entry__spacer" />
            <span className="note-entry__when">
              Deleted {formatDay(localToday(new Date(note.deletedAt)))} · kept until{' '}
              {formatDay(localToday(new Date(note.expiresAt)))}
            </span>
          </div>
          <blockquote className="note-entry__quote">{note.quote}</blockquote>
          {note.note !== '' && <NoteMarkdown source={note.note} className="note-entry__text" />}
          <div className="note-entry__actions">
            <button
              type="button"
              className="button button--small"
              data-testid="restore-note"
              onClick={() => void restore(note)}
            >
              Restore
            </button>
            <button
              type="button"
              className="button button--small button--danger"
              data-testid="purge-note"
              onClick={() => purge(note)}
              onBlur={() => setConfirming(null)}
            >
              {confirming === note.id ? 'Click again to delete forever' : 'Delete forever'}
            </button>
          </div>
        </li>
      ))}
    </ol>
  );
}
