import type { NoteEntry } from '../../../../shared/domain';
import { EmptyState } from '../../components/EmptyState';
import { useT } from '../../i18n';
import { useFormat } from '../../i18n/useFormat';
import { ColorLabel } from './ColorLabel';
import { NoteMarkdown } from './NoteMarkdown';
import { useDeleteNote } from './useDeleteNote';

interface Props {
  notes: NoteEntry[] | undefined;
  onReattach: (articleId: number, noteId: number) => void;
}

/** Notes whose passage left their article when it was re-imported or corrected. */
export function OrphanedNotes({ notes, onReattach }: Props) {
  const { t } = useT();
  const f = useFormat();
  const deleteNote = useDeleteNote();
  if (notes?.length === 0) {
    return (
      <EmptyState title={t('notes.orphans.emptyTitle')} testId="orphans-empty">
        <p>{t('notes.orphans.emptyText')}</p>
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
            {note.color ? (
              <ColorLabel color={note.color} />
            ) : (
              <span className="note-entry__plain">{t('notes.entry.note')}</span>
            )}
            <span className="note-entry__article-title">
              {note.articleTitle} · {f.day(note.articleDate)}
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
              {t('notes.orphans.reattach')}
            </button>
            <button
              type="button"
              className="button button--small button--danger"
              data-testid="orphan-delete"
              onClick={() => void deleteNote(note.id)}
            >
              {t('notes.orphans.delete')}
            </button>
          </div>
        </li>
      ))}
    </ol>
  );
}
