import type { Annotation } from '../../../../shared/domain';
import { ColorLabel } from './ColorLabel';
import './notes.css';

interface Props {
  annotation: Annotation;
  onEdit: () => void;
}

/** A block's note beside it (or under it on a narrow window); clicking it opens the editor. */
export function NoteCard({ annotation, onEdit }: Props) {
  const colorClass = annotation.color ? ` color--${annotation.color}` : '';
  return (
    <button
      type="button"
      className={`note-card${colorClass}`}
      data-testid="note-card"
      onClick={onEdit}
      title="Edit this note"
    >
      {annotation.color && <ColorLabel color={annotation.color} />}
      {annotation.note !== '' && (
        <span className="note-card__text" data-testid="note-text">
          {annotation.note}
        </span>
      )}
      {annotation.note === '' && !annotation.color && <span className="note-card__empty">Empty note</span>}
    </button>
  );
}
