import { useState } from 'react';
import type { DeletedNote } from '../../../../shared/domain';
import { localToday } from '../../../../shared/dates';
import { api } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { useReportError } from '../../components/errors';
import { useFeedback } from '../../components/feedback';
import { useT } from '../../i18n';
import { useFormat } from '../../i18n/useFormat';
import { ColorLabel } from './ColorLabel';
import { NoteMarkdown } from './NoteMarkdown';
import { useChanges } from '../../data/changes';

interface Props {
  notes: DeletedNote[] | undefined;
}

/** Notes deleted in the last 30 days: put one back, or delete it for good (asked twice). */
export function RecentlyDeleted({ notes }: Props) {
  const { t } = useT();
  const f = useFormat();
  const reportError = useReportError();
  const { announce } = useFeedback();
  const { changed } = useChanges();
  const [confirming, setConfirming] = useState<number | null>(null);

  const restore = (note: DeletedNote) =>
    api.restoreAnnotation({ id: note.id }).then(() => {
      void changed('notes');
      announce(t('notes.deleted.restored'));
    }, reportError);
  const purge = (note: DeletedNote) => {
    if (confirming !== note.id) {
      setConfirming(note.id);
      return;
    }
    api.purgeAnnotation({ id: note.id }).then(() => {
      setConfirming(null);
      void changed('notes');
      announce(t('notes.deleted.purged'));
    }, reportError);
  };

  if (notes?.length === 0) {
    return (
      <EmptyState title={t('notes.deleted.emptyTitle')} testId="deleted-empty">
        <p>{t('notes.deleted.emptyText')}</p>
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
            {note.color ? (
              <ColorLabel color={note.color} />
            ) : (
              <span className="note-entry__plain">{t('notes.entry.note')}</span>
            )}
            <span className="note-entry__article-title">{note.articleTitle}</span>
            <span className="note-entry__spacer" />
            <span className="note-entry__when">
              {t('notes.deleted.when', {
                deleted: f.day(localToday(new Date(note.deletedAt))),
                until: f.day(localToday(new Date(note.expiresAt))),
              })}
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
              {t('notes.deleted.restore')}
            </button>
            <button
              type="button"
              className="button button--small button--danger"
              data-testid="purge-note"
              onClick={() => purge(note)}
              onBlur={() => setConfirming(null)}
            >
              {confirming === note.id ? t('notes.deleted.confirm') : t('notes.deleted.purge')}
            </button>
          </div>
        </li>
      ))}
    </ol>
  );
}
