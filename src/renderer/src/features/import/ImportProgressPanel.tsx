import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { useFormat } from '../../i18n/useFormat';
import { etaLabel, fileName, percentDone } from './progress';
import type { FolderProgress } from './useImport';

interface Props {
  progress: FolderProgress;
  onCancel: () => void;
}

/** A folder import in progress: a bar, "37 of 120 files", the file in hand, time left, and Cancel. */
export function ImportProgressPanel({ progress, onCancel }: Props) {
  const { t } = useT();
  const f = useFormat();
  const { done, total, currentFile, etaSeconds, cancelling } = progress;
  const listing = total === 0;
  const percent = percentDone(done, total);
  const counts = [
    progress.imported > 0 &&
      t('import.progress.newArticles', { count: progress.imported, n: f.number(progress.imported) }),
    progress.updated > 0 && t('import.progress.updated', { n: f.number(progress.updated) }),
    progress.duplicates > 0 && t('import.progress.already', { n: f.number(progress.duplicates) }),
    progress.failed > 0 && t('import.progress.failed', { n: f.number(progress.failed) }),
  ].filter(Boolean);

  return (
    <section
      className="import-report import-progress"
      data-testid="import-progress"
      aria-label={t('import.progress.label')}
      // The count changes five times a second: not read out; the summary that follows is.
      aria-live="off"
    >
      <header className="import-progress__header">
        <span className="import-progress__icon">
          <Icon name="folder" size={16} />
        </span>
        <div className="import-progress__heading">
          <h2 className="import-report__title">
            {cancelling ? t('import.progress.stopping') : t('import.progress.title')}
          </h2>
          <p className="import-progress__folder" title={progress.folder}>
            {fileName(progress.folder)}
          </p>
        </div>
        {!listing && <span className="import-progress__percent">{f.number(percent)}%</span>}
      </header>

      <div
        className={
          listing
            ? 'progress import-progress__bar import-progress__bar--waiting'
            : 'progress import-progress__bar'
        }
        role="progressbar"
        aria-label={t('import.progress.bar')}
        aria-valuemin={0}
        aria-valuemax={Math.max(total, 1)}
        aria-valuenow={done}
        aria-valuetext={
          listing
            ? t('import.progress.listing')
            : t('import.progress.barValue', { done: f.number(done), total: f.number(total) })
        }
      >
        <span className="progress__fill" style={{ width: listing ? '100%' : `${percent}%` }} />
      </div>

      <div className="import-progress__stats">
        <span className="import-progress__count" data-testid="import-progress-count">
          {listing
            ? t('import.progress.listingNow')
            : t('import.progress.count', { count: total, done: f.number(done), n: f.number(total) })}
        </span>
        {!listing && (
          <span className="import-progress__eta" data-testid="import-progress-eta">
            {cancelling ? t('import.progress.finishing') : etaLabel(etaSeconds, t, f.number)}
          </span>
        )}
      </div>

      <p className="import-progress__file" data-testid="import-progress-file" title={currentFile}>
        {currentFile ? currentFile : '\u00a0'}
      </p>

      <footer className="import-progress__footer">
        <span className="import-progress__tally">
          {counts.length > 0 ? counts.join(' · ') : t('import.progress.nothingYet')}
        </span>
        <button
          type="button"
          className="button button--small"
          data-testid="import-cancel"
          onClick={onCancel}
          disabled={cancelling}
        >
          {cancelling ? t('import.progress.stopButton') : t('import.progress.cancel')}
        </button>
      </footer>
    </section>
  );
}
