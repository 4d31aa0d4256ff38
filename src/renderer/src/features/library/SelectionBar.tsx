import type { ReactNode } from 'react';
import { Icon } from '../../components/Icon';
import { countLabel } from '../../format';

interface Props {
  count: number;
  /** How many of the selected articles are unread: "Mark read" while any is, "Mark unread" after. */
  unread: number;
  busy: boolean;
  onExport: () => void;
  onMarkRead: (read: boolean) => void;
  onClear: () => void;
  /** More actions on the selection (tagging, deleting), on a row of their own. */
  children?: ReactNode;
}

/** Over the library list while two or more articles are selected: what can be done with them. */
export function SelectionBar({ count, unread, busy, onExport, onMarkRead, onClear, children }: Props) {
  return (
    <div className="selection-bar" role="toolbar" aria-label="Selected articles" data-testid="selection-bar">
      <span className="selection-bar__count" data-testid="selection-count">
        {countLabel(count, 'article')} selected
      </span>
      <span className="selection-bar__actions">
        <button
          type="button"
          className="button button--small button--primary"
          data-testid="selection-export"
          aria-haspopup="dialog"
          title="Export these articles to Markdown, PDF, Word, Anki or CSV, with a preview"
          onClick={onExport}
        >
          <Icon name="download" size={13} />
          Export…
        </button>
        <button
          type="button"
          className="button button--small"
          data-testid="selection-mark-read"
          disabled={busy}
          onClick={() => onMarkRead(unread > 0)}
        >
          {unread > 0 ? 'Mark read' : 'Mark unread'}
        </button>
        <button
          type="button"
          className="button button--small button--quiet"
          data-testid="selection-clear"
          title="Clear the selection (Esc)"
          onClick={onClear}
        >
          Clear
        </button>
      </span>
      {children && <span className="selection-bar__more">{children}</span>}
    </div>
  );
}
