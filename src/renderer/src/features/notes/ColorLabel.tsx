import type { HighlightColor } from '../../../../shared/domain';
import { useColorName } from '../settings/study-settings';
import './colors.css';

/** A highlight colour shown with its meaning (the name the user gave it), never by colour alone. */
export function ColorLabel({ color }: { color: HighlightColor }) {
  const colorName = useColorName();
  return (
    <span className={`color-label color--${color}`} data-testid="note-color" data-color={color}>
      <span className="color-label__dot" aria-hidden="true" />
      {colorName(color)}
    </span>
  );
}
