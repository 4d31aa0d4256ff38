import type { Annotation } from '../../../../shared/domain';

/** Stays at the top of the reader while the user chooses where an orphaned note goes. */
export function PickBanner({ annotation, onCancel }: { annotation: Annotation; onCancel: () => void }) {
  const quote = annotation.quote.length > 90 ? `${annotation.quote.slice(0, 87)}…` : annotation.quote;
  return (
    <div className="pick-banner" data-testid="pick-banner" role="status">
      <p className="pick-banner__text">
        Choose the passage for the note on <q>{quote}</q> — press <strong>Attach here</strong> beside it, or{' '}
        <kbd>Enter</kbd> on a passage.
      </p>
      <button type="button" className="button button--small" data-testid="cancel-reattach" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
