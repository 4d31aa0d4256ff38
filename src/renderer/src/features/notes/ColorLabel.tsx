import { HIGHLIGHT_LABELS, type HighlightColor } from '../../../../shared/domain';
import './colors.css';

/** A highlight colour shown with its meaning, never by colour alone. */
export function ColorLabel({ color }: { color: HighlightColor }) {
  return (
    <span className={`color-label color--${color}`} data-testid="note-color" data-color={color}>
      <span className="color-label__dot" aria-hidden="true" />
      {HIGHLIGHT_LABELS[color]}
    </span>
  );
}
