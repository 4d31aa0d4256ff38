import { useState } from 'react';
import { api } from '../../api';
import { useReportError } from '../../components/errors';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { coreMessage } from '../../i18n/core-message';
import { useFormat } from '../../i18n/useFormat';
import './library-health.css';

type Check = { ok: boolean; problems: string[] };

/** The sidebar's "Library" section: a full backup on demand and an integrity check. */
export function LibraryHealth() {
  const { t } = useT();
  const f = useFormat();
  const reportError = useReportError();
  const [busy, setBusy] = useState<'backup' | 'check' | null>(null);
  const [backupPath, setBackupPath] = useState<string | null>(null);
  const [check, setCheck] = useState<Check | null>(null);

  const backUp = () => {
    setBusy('backup');
    setBackupPath(null);
    api
      .backupWithDialog({})
      .then((result) => setBackupPath(result?.path ?? null)) // null: the dialog was cancelled
      .catch(reportError)
      .finally(() => setBusy(null));
  };

  const checkLibrary = () => {
    setBusy('check');
    setCheck(null);
    api
      .checkLibrary({})
      .then(setCheck)
      .catch(reportError)
      .finally(() => setBusy(null));
  };

  return (
    <section className="sidebar__section library-health" aria-labelledby="library-health-heading">
      <h2 className="sidebar__heading" id="library-health-heading">
        {t('health.heading')}
      </h2>
      <div className="library-health__actions">
        <button
          type="button"
          className="button button--small"
          data-testid="backup-now"
          onClick={backUp}
          disabled={busy !== null}
          title={t('health.backUpTitle')}
        >
          {busy === 'backup' ? t('health.backingUp') : t('health.backUp')}
        </button>
        <button
          type="button"
          className="button button--small"
          data-testid="check-library"
          onClick={checkLibrary}
          disabled={busy !== null}
          title={t('health.checkTitle')}
        >
          {busy === 'check' ? t('health.checking') : t('health.check')}
        </button>
      </div>
      <div className="library-health__outcome" aria-live="polite">
        {backupPath && (
          <p className="library-health__line" data-testid="backup-status">
            <Icon name="check" size={13} className="library-health__ok" />
            <span>
              {t('health.backedUpTo')} <span className="library-health__path">{backupPath}</span>
            </span>
          </p>
        )}
        {check &&
          (check.ok ? (
            <p className="library-health__line" data-testid="check-status">
              <Icon name="check" size={13} className="library-health__ok" />
              {t('health.healthy')}
            </p>
          ) : (
            <div className="library-health__problems" data-testid="check-status" role="alert">
              <p className="library-health__line">
                <Icon name="alert" size={13} className="library-health__bad" />
                {t('health.problems', { count: check.problems.length, n: f.number(check.problems.length) })}
              </p>
              <ul>
                {check.problems.slice(0, 5).map((problem, index) => (
                  <li key={index}>{coreMessage(t, { fallback: problem })}</li>
                ))}
              </ul>
            </div>
          ))}
      </div>
    </section>
  );
}
