import { useEffect, useState } from 'react';
import { api } from '../../api';
import { whenStarted } from '../../data/startup';
import { useReportError } from '../../components/errors';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { coreParagraph } from '../../i18n/core-message';
import { formatCoreTime } from '../../i18n/format';
import { useFormat } from '../../i18n/useFormat';
import './library-health.css';

/**
 * What happened while the library was opened — a damaged library restored from a backup, a check after
 * a crash, a cloud-synced folder — shown once at start until the user dismisses it.
 */
export function StartupNotice() {
  const { t } = useT();
  const { style } = useFormat();
  const reportError = useReportError();
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    // After the list's first rows (data/startup.ts).
    whenStarted()
      .then(() => (current ? api.startupReport({}) : null))
      .then((report) => {
        if (current && report) setMessage(report.message?.trim() || null);
      }, reportError);
    return () => {
      current = false;
    };
  }, [reportError]);

  if (!message) return null;
  return (
    <section
      className="startup-notice"
      role="status"
      aria-labelledby="startup-notice-title"
      data-testid="startup-notice"
    >
      <Icon name="alert" size={18} className="startup-notice__icon" />
      <div className="startup-notice__body">
        <h2 className="startup-notice__title" id="startup-notice-title">
          {t('health.notice.title')}
        </h2>
        <p className="startup-notice__message">
          {coreParagraph(t, message, { time: (when) => formatCoreTime(when, style) })}
        </p>
      </div>
      <button
        type="button"
        className="icon-button startup-notice__dismiss"
        aria-label={t('health.notice.dismiss')}
        data-testid="dismiss-startup-notice"
        onClick={() => setMessage(null)}
      >
        <Icon name="close" size={15} />
      </button>
    </section>
  );
}
