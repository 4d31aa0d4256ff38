import { useState } from 'react';
import type { ChannelInput } from '../../../../shared/contract';
import { api } from '../../api';
import { useReportError } from '../../components/errors';
import { useT } from '../../i18n';
import { useFormat } from '../../i18n/useFormat';
import './export.css';
import { Icon } from '../../components/Icon';

interface Props {
  scope: ChannelInput<'exportNotesWithDialog'>;
  label: string;
  testId: string;
}

/** Asks where to save the notes in `scope` as Markdown, then says where they went. */
export function ExportButton({ scope, label, testId }: Props) {
  const reportError = useReportError();
  const { t } = useT();
  const f = useFormat();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<{ path: string; count: number } | null>(null);

  const exportNotes = () => {
    setBusy(true);
    setSaved(null);
    api
      .exportNotesWithDialog(scope)
      .then(setSaved) // null when the dialog was cancelled: say nothing
      .catch(reportError)
      .finally(() => setBusy(false));
  };

  return (
    <div className="export">
      <button
        type="button"
        className="button"
        data-testid={testId}
        onClick={exportNotes}
        disabled={busy}
        title={t('export.button.title')}
      >
        <Icon name="download" size={14} />
        {busy ? t('export.exporting') : label}
      </button>
      <span className="export__status" aria-live="polite">
        {saved && (
          <span data-testid="export-status">
            {t('export.button.saved', { count: saved.count, n: f.number(saved.count) })}{' '}
            <span className="export__path">{saved.path}</span>
          </span>
        )}
      </span>
    </div>
  );
}
