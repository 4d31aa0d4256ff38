import { useState, type KeyboardEvent } from 'react';
import {
  HIGHLIGHT_COLORS,
  HIGHLIGHT_LABELS,
  type Annotation,
  type HighlightColor,
} from '../../../../shared/domain';
import { api } from '../../api';
import { useReportError } from '../../components/errors';
import './notes.css';

interface Props {
  blockId: number;
  annotation: Annotation | undefined;
  /** Closes the editor; `changed` says whether the library changed. */
  onClose: (changed: boolean) => void;
}

/** Writes a block's note and highlight colour. Ctrl/Cmd+Enter saves, Esc cancels. */
export function NoteEditor({ blockId, annotation, onClose }: Props) {
  const reportError = useReportError();
  const [note, setNote] = useState(annotation?.note ?? '');
  const [color, setColor] = useState<HighlightColor | null>(annotation?.color ?? null);
  const [busy, setBusy] = useState(false);

  const act = (work: () => Promise<unknown>) => {
    setBusy(true);
    work().then(
      () => onClose(true),
      (error: unknown) => {
        setBusy(false);
        reportError(error);
      },
    );
  };

  const save = () => {
    if (busy) return;
    // Saving nothing removes the note rather than keeping an empty one.
    if (note.trim() === '' && color === null) {
      if (annotation) act(() => api.deleteAnnotation({ id: annotation.id }));
      else onClose(false);
      return;
    }
    act(() => api.saveAnnotation({ blockId, note, color }));
  };

  const remove = () => {
    if (annotation && !busy) act(() => api.deleteAnnotation({ id: annotation.id }));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose(false);
    }
  };

  const textareaId = `note-editor-${blockId}`;
  return (
    <div
      className={color ? `note-editor color--${color}` : 'note-editor'}
      data-testid="note-editor-panel"
      onKeyDown={onKeyDown}
    >
      <label className="visually-hidden" htmlFor={textareaId}>
        Note on this passage
      </label>
      <textarea
        id={textareaId}
        className="note-editor__text"
        data-testid="note-editor"
        value={note}
        placeholder="Write a note — why this matters, a link to the syllabus, a question…"
        autoFocus
        rows={3}
        onChange={(event) => setNote(event.target.value)}
      />
      <div className="note-editor__bar">
        <div className="note-editor__colors" role="group" aria-label="Highlight colour">
          {HIGHLIGHT_COLORS.map((option) => (
            <button
              key={option}
              type="button"
              className={`color-toggle color--${option}`}
              aria-pressed={color === option}
              data-testid={`color-${option}`}
              onClick={() => setColor(color === option ? null : option)}
            >
              <span className="color-label__dot" aria-hidden="true" />
              {HIGHLIGHT_LABELS[option]}
            </button>
          ))}
        </div>
        <div className="note-editor__actions">
          {annotation && (
            <button
              type="button"
              className="button button--small button--danger"
              data-testid="delete-note"
              onClick={remove}
              disabled={busy}
            >
              Delete
            </button>
          )}
          <button
            type="button"
            className="button button--small"
            data-testid="cancel-note"
            onClick={() => onClose(false)}
            disabled={busy}
            title="Cancel (Esc)"
          >
            Cancel
          </button>
          <button
            type="button"
            className="button button--small button--primary"
            data-testid="save-note"
            onClick={save}
            disabled={busy}
            title="Save (Ctrl+Enter)"
          >
            Save
          </button>
        </div>
      </div>
    </div>
  );
}
