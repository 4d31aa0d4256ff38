import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { HIGHLIGHT_COLORS, type Annotation, type HighlightColor } from '../../../../shared/domain';
import { api } from '../../api';
import { useFeedback } from '../../components/feedback';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { useColorName } from '../settings/study-settings';
import { saveStateKey, useAutosave } from './useAutosave';
import { useDeleteNote } from './useDeleteNote';
import './notes.css';
import { useChanges } from '../../data/changes';

interface Props {
  blockId: number;
  /**
   * A table's row the note is on: a new note is created on that row (not the whole block). `label`
   * names the row (its cells) for screen readers.
   */
  row?: { index: number; label: string };
  /** The note being edited; undefined for a new note on the whole block (or row), created by the first save. */
  annotation: Annotation | undefined;
  onClose: () => void;
}

interface Draft {
  note: string;
  color: HighlightColor | null;
}

/**
 * Writes a note (Markdown) and its highlight colour, saving as the user types. Ctrl/Cmd+Enter or Esc
 * closes it; an empty note without a colour is deleted (with Undo).
 */
export function NoteEditor({ blockId, row, annotation, onClose }: Props) {
  const { t } = useT();
  const colorName = useColorName();
  const { announce } = useFeedback();
  const deleteNote = useDeleteNote();
  const [note, setNote] = useState(annotation?.note ?? '');
  const [color, setColor] = useState<HighlightColor | null>(annotation?.color ?? null);
  const [busy, setBusy] = useState(false);
  const [exists, setExists] = useState(annotation !== undefined);
  const savedId = useRef<number | null>(annotation?.id ?? null);
  const changed = useRef(false);
  // A note on a table row is a span over the row, but it reads as a note on the row (shown right above).
  const onRow = row !== undefined || (annotation?.row !== null && annotation?.row !== undefined);
  const span = annotation?.kind === 'span' && !onRow;

  const { queue, state } = useAutosave<Draft>(async (draft) => {
    if (savedId.current !== null) {
      await api.updateAnnotation({ id: savedId.current, ...draft });
    } else {
      if (draft.note.trim() === '' && draft.color === null) return;
      // No colour chosen yet leaves alone one set a moment ago (1–4 just before n).
      const change = draft.color === null ? { note: draft.note } : draft;
      savedId.current = (
        row
          ? await api.saveHighlight({ blockId, row: row.index, ...change })
          : await api.saveAnnotation({ blockId, ...change })
      ).id;
      setExists(true);
    }
    changed.current = true;
  });

  // When the editor goes (closed, or another one opened), the views showing notes reload.
  const changes = useChanges();
  useEffect(() => {
    const wasChanged = changed;
    return () => {
      void queue.flush().then(() => {
        if (wasChanged.current) void changes.changed('notes');
      });
    };
  }, [queue, changes]);

  const write = (text: string) => {
    setNote(text);
    queue.schedule({ note: text, color });
  };

  const chooseColor = (option: HighlightColor) => {
    const next = color === option ? null : option;
    setColor(next);
    queue.schedule({ note, color: next });
    void queue.flush();
    announce(next ? t('notes.editor.marked', { color: colorName(next) }) : t('notes.editor.colorRemoved'));
  };

  const finish = async () => {
    if (busy) return;
    setBusy(true);
    await queue.flush();
    if (savedId.current !== null && note.trim() === '' && color === null) {
      await deleteNote(
        savedId.current,
        span
          ? t('notes.editor.highlightRemoved')
          : onRow
            ? t('notes.editor.rowDeleted')
            : t('notes.editor.deleted'),
      );
    } else if (changed.current) {
      announce(t('notes.editor.saved'));
    }
    onClose();
  };

  const remove = async () => {
    if (busy || savedId.current === null) return;
    setBusy(true);
    await queue.flush();
    await deleteNote(
      savedId.current,
      span
        ? t('notes.editor.highlightDeleted')
        : onRow
          ? t('notes.editor.rowDeleted')
          : t('notes.editor.deleted'),
    );
    onClose();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if ((event.key === 'Enter' && (event.ctrlKey || event.metaKey)) || event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      void finish();
    }
  };

  const textareaId = `note-editor-${annotation?.id ?? `block-${blockId}${row ? `-row-${row.index}` : ''}`}`;
  const stateKey = saveStateKey(state);
  const label = stateKey ? t(stateKey) : '';
  return (
    <div
      className={color ? `note-editor color--${color}` : 'note-editor'}
      data-testid="note-editor-panel"
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) void queue.flush();
      }}
    >
      {span && (
        <p className="note-editor__quote">
          <mark className={`span-mark${color ? ` color--${color}` : ''}`}>{annotation.quote}</mark>
        </p>
      )}
      <label className="visually-hidden" htmlFor={textareaId}>
        {span
          ? t('notes.editor.labelQuote', { quote: annotation.quote })
          : onRow
            ? t('notes.editor.labelRow', { row: row?.label ?? annotation?.quote ?? '' })
            : t('notes.editor.labelPassage')}
      </label>
      <textarea
        id={textareaId}
        className="note-editor__text"
        data-testid="note-editor"
        value={note}
        placeholder={t('notes.editor.placeholder')}
        autoFocus
        rows={3}
        onChange={(event) => write(event.target.value)}
      />
      <div className="note-editor__bar">
        <div className="note-editor__colors" role="group" aria-label={t('notes.editor.colors')}>
          {HIGHLIGHT_COLORS.map((option, index) => (
            <button
              key={option}
              type="button"
              className={`color-toggle color--${option}`}
              aria-pressed={color === option}
              data-testid={`color-${option}`}
              title={t('notes.editor.colorTitle', { color: colorName(option), key: index + 1 })}
              onClick={() => chooseColor(option)}
            >
              <span className="color-label__dot" aria-hidden="true" />
              {colorName(option)}
            </button>
          ))}
        </div>
        <div className="note-editor__actions">
          <span className={`note-editor__state note-editor__state--${state}`} data-testid="note-save-state">
            {state === 'saved' && <Icon name="check" size={12} />}
            {label}
          </span>
          {exists && (
            <button
              type="button"
              className="button button--small button--danger"
              data-testid="delete-note"
              onClick={() => void remove()}
              disabled={busy}
            >
              {t('notes.editor.delete')}
            </button>
          )}
          <button
            type="button"
            className="button button--small button--primary"
            data-testid="save-note"
            onClick={() => void finish()}
            disabled={busy}
            title={t('notes.editor.doneTitle')}
          >
            {t('notes.editor.done')}
          </button>
        </div>
      </div>
    </div>
  );
}
