import { countLabel } from '../../format';
import { Icon } from '../../components/Icon';
import { etaLabel, fileName, percentDone } from './progress';
import type { FolderProgress } from './useImport';

interface Props {
  progress: FolderProgress;
  onCancel: () => void;
}

/** A folder import in progress: a bar, "37 of 120 files", the file in hand, time left, and Cancel. */
export function ImportProgressPanel({ progress, onCancel }: Props) {
  const { done, total, currentFile, etaSeconds, cancelling } = progress;
  const listing = total === 0;
  const percent = percentDone(done, total);
  const counts = [
    progress.imported > 0 && countLabel(progress.imported, 'new article'),
    progress.updated > 0 && `${progress.updated.toLocaleString('en-IN')} updated`,
    progress.duplicates > 0 && `${progress.duplicates.toLocaleString('en-IN')} already there`,
    progress.failed > 0 && `${progress.failed.toLocaleString('en-IN')} failed`,
  ].filter(Boolean);

  return (
    <section
      className="import-report import-progress"
      data-testid="import-progress"
      aria-label="Import progress"
      // The count changes five times a second: not read out; the summary that follows is.
      aria-live="off"
    >
      <header className="import-progress__header">
        <span className="import-progress__icon">
          <Icon name="folder" size={16} />
        </span>
        <div className="import-progress__heading">
          <h2 className="import-report__title">
            {cancelling ? 'Stopping the import…' : 'Importing a folder'}
          </h2>
          <p className="import-progress__folder" title={progress.folder}>
            {fileName(progress.folder)}
          </p>
        </div>
        {!listing && <span className="import-progress__percent">{percent}%</span>}
      </header>

      <div
        className={
          listing
            ? 'progress import-progress__bar import-progress__bar--waiting'
            : 'progress import-progress__bar'
        }
        role="progressbar"
        aria-label="Files imported"
        aria-valuemin={0}
        aria-valuemax={Math.max(total, 1)}
        aria-valuenow={done}
        aria-valuetext={listing ? 'Looking through the folder' : `${done} of ${total} files`}
      >
        <span className="progress__fill" style={{ width: listing ? '100%' : `${percent}%` }} />
      </div>

      <div className="import-progress__stats">
        <span className="import-progress__count" data-testid="import-progress-count">
          {listing
            ? 'Looking through the folder…'
            : `${done.toLocaleString('en-IN')} of ${countLabel(total, 'file')}`}
        </span>
        {!listing && (
          <span className="import-progress__eta" data-testid="import-progress-eta">
            {cancelling ? 'finishing the file in hand' : etaLabel(etaSeconds)}
          </span>
        )}
      </div>

      <p className="import-progress__file" data-testid="import-progress-file" title={currentFile}>
        {currentFile ? currentFile : '\u00a0'}
      </p>

      <footer className="import-progress__footer">
        <span className="import-progress__tally">
          {counts.length > 0 ? counts.join(' · ') : 'Nothing stored yet'}
        </span>
        <button
          type="button"
          className="button button--small"
          data-testid="import-cancel"
          onClick={onCancel}
          disabled={cancelling}
        >
          {cancelling ? 'Stopping…' : 'Cancel'}
        </button>
      </footer>
    </section>
  );
}
