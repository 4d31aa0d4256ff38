import { useT } from '../../i18n';
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api';
import { Icon } from '../../components/Icon';
import { NoteMarkdown } from '../notes/NoteMarkdown';
import { saveStateLabel, useAutosave } from '../notes/useAutosave';
import { useChanges } from '../../data/changes';

interface Props {
  articleId: number;
  note: string;
}

/** The user's note on the whole article, under its title: folded away until wanted, saved as typed. */
export function ArticleNoteBox({ articleId, note: savedNote }: Props) {
  const { t } = useT();
  const [open, setOpen] = useState(savedNote !== '');
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(savedNote);
  const changed = useRef(false);
  const { queue, state } = useAutosave<string>(async (text) => {
    await api.saveArticleNote({ id: articleId, note: text });
    changed.current = true;
  });

  // When the box goes, the views showing the note reload (the cache's object is stable).
  const changes = useChanges();
  useEffect(() => {
    const wasChanged = changed;
    return () => {
      void queue.flush().then(() => {
        if (wasChanged.current) void changes.changed('articleNote');
      });
    };
  }, [queue, changes]);

  const stopEditing = () => {
    void queue.flush();
    setEditing(false);
  };

  const summary = note.trim() === '' ? t('reader.articleNote.add') : t('reader.articleNote.yours');
  return (
    <section className={`article-note${open ? ' article-note--open' : ''}`} data-testid="article-note">
      <button
        type="button"
        className="article-note__toggle"
        data-testid="article-note-toggle"
        aria-expanded={open}
        aria-controls="article-note-body"
        onClick={() => {
          if (open) stopEditing();
          setOpen(!open);
        }}
      >
        <span className="article-note__chevron" aria-hidden="true">
          ▸
        </span>
        <Icon name="note" size={14} />
        {summary}
        {!open && note.trim() !== '' && <span className="article-note__peek">{note.split('\n')[0]}</span>}
      </button>
      {open && (
        <div className="article-note__body" id="article-note-body">
          {editing ? (
            <>
              <label className="visually-hidden" htmlFor="article-note-editor">
                {t('reader.articleNote.label')}
              </label>
              <textarea
                id="article-note-editor"
                className="note-editor__text article-note__editor"
                data-testid="article-note-editor"
                value={note}
                autoFocus
                rows={4}
                placeholder={t('reader.articleNote.placeholder')}
                onChange={(event) => {
                  setNote(event.target.value);
                  queue.schedule(event.target.value);
                }}
                onBlur={() => void queue.flush()}
                onKeyDown={(event) => {
                  if (event.key === 'Escape' || (event.key === 'Enter' && (event.ctrlKey || event.metaKey))) {
                    event.preventDefault();
                    event.stopPropagation();
                    stopEditing();
                  }
                }}
              />
              <div className="article-note__bar">
                <span
                  className={`note-editor__state note-editor__state--${state}`}
                  data-testid="article-note-state"
                >
                  {state === 'saved' && <Icon name="check" size={12} />}
                  {saveStateLabel(state)}
                </span>
                <button
                  type="button"
                  className="button button--small button--primary"
                  data-testid="article-note-done"
                  onClick={stopEditing}
                >
                  {t('reader.articleNote.done')}
                </button>
              </div>
            </>
          ) : (
            <div
              className="article-note__view"
              data-testid="article-note-view"
              onClick={() => setEditing(true)}
            >
              {note.trim() === '' ? (
                <span className="article-note__empty">{t('reader.articleNote.empty')}</span>
              ) : (
                <NoteMarkdown source={note} testId="article-note-text" />
              )}
              <button
                type="button"
                className="button button--small article-note__edit"
                data-testid="article-note-edit"
                onClick={(event) => {
                  event.stopPropagation();
                  setEditing(true);
                }}
              >
                {note.trim() === '' ? t('reader.button.write') : t('reader.button.edit')}
              </button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
