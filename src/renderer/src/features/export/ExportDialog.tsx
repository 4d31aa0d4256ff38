import { useMemo, useRef, useState } from 'react';
import type { ChannelOutput } from '../../../../shared/contract';
import { api } from '../../api';
import { errorMessage } from '../../components/errors';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { coreMessage } from '../../i18n/core-message';
import { useModalDialog } from '../../components/useModalDialog';
import { useTags } from '../library/useTags';
import {
  exportRequest,
  initialOptions,
  previewRequest,
  type ExportOptions,
  type ExportOrigin,
} from './export-options';
import { isHindi } from '../syllabus/topic-name';
import { ExportOptionsForm } from './ExportOptionsForm';
import { ExportPreviewPane } from './ExportPreviewPane';
import { useExportPreview } from './useExportPreview';
import { useExportSample } from './useExportSample';
import { useExportProgress } from './useExportProgress';
import { useFormat } from '../../i18n/useFormat';
import './export-dialog.css';
import '../../components/modal.css';

interface Props {
  origin: ExportOrigin;
  onClose: () => void;
}

type Saved = NonNullable<ChannelOutput<'exportWithDialog'>>;

/**
 * The export dialog: choices on the left, a live preview on the right, and `Export…`, which asks where
 * to save and then says where the file went. A native modal `<dialog>`: focus stays inside, Esc closes.
 */
export function ExportDialog({ origin, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { t, i18n } = useT();
  const language = isHindi(i18n.language) ? 'hi' : 'en';
  const f = useFormat();
  const tagCounts = useTags();
  const tags = useMemo(() => (tagCounts ?? []).map((tag) => tag.name), [tagCounts]);
  const [options, setOptions] = useState<ExportOptions>(() => initialOptions(origin));
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The export runs as a job in the main process's export worker; its progress is polled meanwhile.
  const job = useExportProgress(busy);

  const made = useMemo(() => exportRequest(options, origin, language), [options, origin, language]);
  const request = 'request' in made ? made.request : null;
  const problem = 'problem' in made ? made.problem : null;
  const preview = useExportPreview(useMemo(() => (request ? previewRequest(request) : null), [request]));
  const sample = useExportSample(
    useMemo(() => {
      if (!request) return null;
      const { markdownFolder: _folder, ...rest } = request;
      return rest;
    }, [request]),
  );
  const nothing = preview.preview !== undefined && !preview.loading && preview.preview.articleCount === 0;

  // Start on the scope that was chosen for the user, the first thing they may want to change.
  useModalDialog(dialog, { initialFocus: 'input[name="export-scope"]:checked' });

  const change = (patch: Partial<ExportOptions>) => {
    setOptions((current) => {
      const next = { ...current, ...patch };
      // Choosing "A tag" picks the first one, so the preview shows something at once.
      if (next.scope === 'tag' && next.tag === '' && tags[0]) next.tag = tags[0];
      return next;
    });
    setError(null);
  };

  const run = () => {
    if (!request) return;
    setBusy(true);
    setSaved(null);
    setError(null);
    api
      .exportWithDialog(request)
      .then((result) => setSaved(result)) // null: the save dialog was cancelled, say nothing
      .catch((e: unknown) => setError(coreMessage(t, { fallback: errorMessage(e) })))
      .finally(() => setBusy(false));
  };

  // The sentences of `exportPhaseText` and `savedSentence`, in the window's language.
  const phaseText = (running: NonNullable<typeof job>) =>
    running.cancelling
      ? t('export.phase.stopping')
      : running.phase === 'printing'
        ? t('export.phase.printing')
        : running.phase === 'writing'
          ? t('export.phase.writing')
          : running.total > 0
            ? t('export.phase.reading', { done: f.number(running.done), total: f.number(running.total) })
            : t('export.phase.readingAll');
  const savedText = (result: Saved) => {
    const count = (key: 'cards' | 'rows' | 'notes' | 'articles' | 'files', n: number) =>
      t(`export.saved.${key}`, { count: n, n: f.number(n) });
    const what =
      result.format === 'anki' && result.items !== undefined
        ? count('cards', result.items)
        : result.format === 'csv' && result.items !== undefined
          ? count('rows', result.items)
          : t('export.saved.notesFrom', {
              notes: count('notes', result.notes),
              articles: count('articles', result.articles),
            });
    const files =
      result.files.length > 1
        ? t('export.saved.inFiles', { files: count('files', result.files.length) })
        : '';
    return t('export.saved.sentence', { what, files });
  };

  return (
    <dialog
      ref={dialog}
      className="modal export-dialog"
      data-testid="export-dialog"
      aria-labelledby="export-dialog-title"
      onCancel={(event) => {
        // Esc: let React unmount the dialog rather than closing it behind React's back.
        event.preventDefault();
        onClose();
      }}
    >
      <header className="modal__header">
        <div>
          <h2 className="modal__title" id="export-dialog-title">
            {t('export.dialog.title')}
          </h2>
          <p className="modal__subtitle">{t('export.dialog.subtitle')}</p>
        </div>
        <button
          type="button"
          className="icon-button modal__close"
          aria-label={t('export.dialog.close')}
          data-testid="export-dialog-close"
          onClick={onClose}
        >
          <Icon name="close" size={16} />
        </button>
      </header>

      <div className="export-dialog__body">
        <ExportOptionsForm options={options} origin={origin} tags={tags} onChange={change} />
        <ExportPreviewPane
          preview={preview.preview}
          loading={preview.loading}
          error={preview.error}
          problem={problem}
          selected={
            options.scope === 'selection' && options.content === 'notes'
              ? (origin.selection?.ids.length ?? 0)
              : undefined
          }
          onWholeArticles={() => change({ content: 'articles' })}
          sample={sample.sample}
        />
      </div>

      <footer className="export-dialog__footer">
        <div className="export-dialog__outcome" aria-live="polite">
          {error && (
            <p className="export-dialog__error" role="alert" data-testid="export-dialog-error">
              <Icon name="alert" size={15} />
              {error}
            </p>
          )}
          {job && !error && (
            <p className="export-dialog__status" data-testid="export-progress">
              <progress
                className="export-dialog__progress"
                max={job.phase === 'reading' && job.total > 0 ? job.total : undefined}
                value={job.phase === 'reading' && job.total > 0 ? job.done : undefined}
                aria-label={t('export.dialog.progress')}
              />
              <span>{phaseText(job)}</span>
            </p>
          )}
          {saved && !error && (
            <p className="export-dialog__status" data-testid="export-dialog-status">
              <Icon name="check" size={15} className="export-dialog__status-icon" />
              <span>
                {savedText(saved)} <span className="export-dialog__path">{saved.path}</span>
              </span>
            </p>
          )}
        </div>
        {job && (
          <button
            type="button"
            className="button"
            data-testid="export-stop"
            disabled={job.cancelling}
            onClick={() => void api.cancelExport({ jobId: job.jobId }).catch(() => undefined)}
          >
            {t('export.dialog.stop')}
          </button>
        )}
        <button type="button" className="button" onClick={onClose} data-testid="export-dialog-cancel">
          {saved ? t('export.dialog.done') : t('common.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          data-testid="export-run"
          onClick={run}
          disabled={busy || request === null || nothing}
          title={nothing ? t('export.dialog.nothing') : undefined}
        >
          <Icon name="download" size={14} />
          {busy ? t('export.exporting') : t('export.open')}
        </button>
      </footer>
    </dialog>
  );
}
