import type { ReactNode } from 'react';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { useFormat } from '../../i18n/useFormat';

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
  const { t } = useT();
  const f = useFormat();
  return (
    <div
      className="selection-bar"
      role="toolbar"
      aria-label={t('library.selection.label')}
      data-testid="selection-bar"
    >
      <span className="selection-bar__count" data-testid="selection-count">
        {t('library.selection.count', { count, n: f.number(count) })}
      </span>
      <span className="selection-bar__actions">
        <button
          type="button"
          className="button button--small button--primary"
          data-testid="selection-export"
          aria-haspopup="dialog"
          title={t('library.selection.exportTitle')}
          onClick={onExport}
        >
          <Icon name="download" size={13} />
          {t('export.open')}
        </button>
        <button
          type="button"
          className="button button--small"
          data-testid="selection-mark-read"
          disabled={busy}
          onClick={() => onMarkRead(unread > 0)}
        >
          {unread > 0 ? t('library.selection.markRead') : t('library.selection.markUnread')}
        </button>
        <button
          type="button"
          className="button button--small button--quiet"
          data-testid="selection-clear"
          title={t('library.selection.clearTitle')}
          onClick={onClear}
        >
          {t('library.selection.clear')}
        </button>
      </span>
      {children && <span className="selection-bar__more">{children}</span>}
    </div>
  );
}
