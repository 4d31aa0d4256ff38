import { useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../../shared/contract';
import { api } from '../../api';
import { errorMessage, useReportError } from '../../components/errors';
import { useT } from '../../i18n';
import { coreMessage } from '../../i18n/core-message';

type Storage = ChannelOutput<'getStorageSettings'>;
type Rotation = Storage['rotation'];

const ROTATION_FIELDS = [
  { key: 'daily', label: 'settings.storage.daily' },
  { key: 'weekly', label: 'settings.storage.weekly' },
  { key: 'monthly', label: 'settings.storage.monthly' },
] as const;

/** Where the library lives (with a warning for synced or network folders), the backup folder and rotation. */
export function StorageSettings() {
  const reportError = useReportError();
  const { t } = useT();
  const [saved, setSaved] = useState<Storage | null>(null);
  const [daily, setDaily] = useState(true);
  const [rotation, setRotation] = useState<Record<keyof Rotation, string>>({
    daily: '',
    weekly: '',
    monthly: '',
  });
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const show = (value: Storage) => {
    setSaved(value);
    setDaily(value.daily);
    setRotation({
      daily: String(value.rotation.daily),
      weekly: String(value.rotation.weekly),
      monthly: String(value.rotation.monthly),
    });
  };

  useEffect(() => {
    let current = true;
    api.getStorageSettings({}).then((value) => {
      if (current) show(value);
    }, reportError);
    return () => {
      current = false;
    };
  }, [reportError]);

  const chooseFolder = async () => {
    try {
      // The main process keeps the folder chosen in its dialog; the page only shows the answer.
      const value = await api.chooseBackupFolder({});
      if (value) {
        setSaved((current) => (current ? { ...current, backupDir: value.backupDir } : value));
        setStatus(t('settings.storage.folderChanged'));
      }
    } catch (error) {
      reportError(error);
    }
  };

  const save = async () => {
    if (!saved) return;
    const counts: Partial<Rotation> = {};
    for (const { key } of ROTATION_FIELDS) {
      const text = rotation[key].trim();
      const value = Number(text);
      if (text === '' || !Number.isInteger(value) || value < 0 || value > 100) {
        setStatus(t('settings.storage.wholeNumber'));
        return;
      }
      counts[key] = value;
    }
    setBusy(true);
    setStatus(t('settings.storage.saving'));
    try {
      const value = await api.updateStorageSettings({ daily, rotation: counts });
      show(value);
      setStatus(t('settings.storage.saved'));
    } catch (error) {
      setStatus(coreMessage(t, { fallback: errorMessage(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="settings-card" data-testid="storage-settings" aria-labelledby="storage-heading">
      <h2 className="settings-card__title" id="storage-heading">
        {t('settings.storage.heading')}
      </h2>
      {!saved ? (
        <p className="settings-card__hint">{t('settings.loading')}</p>
      ) : (
        <>
          <div className="field">
            <span className="field__label" id="library-folder-label">
              {t('settings.storage.libraryFolder')}
            </span>
            <input
              className="input"
              readOnly
              aria-labelledby="library-folder-label"
              data-testid="library-folder"
              value={saved.libraryDir}
            />
            <p className="settings-card__hint storage-hint">
              {t('settings.storage.moveBefore')} <code>{'BULLETIN_LIBRARY'}</code>{' '}
              {t('settings.storage.moveAfter')}
            </p>
            {saved.warning && (
              <p className="storage-warning" role="alert" data-testid="storage-warning">
                {coreMessage(t, { fallback: saved.warning })}
              </p>
            )}
          </div>
          <div className="field">
            <span className="field__label" id="backup-folder-label">
              {t('settings.storage.backupFolder')}
            </span>
            <span className="storage-folder">
              <input
                className="input"
                readOnly
                aria-labelledby="backup-folder-label"
                data-testid="backup-folder"
                value={saved.backupDir}
              />
              <button
                type="button"
                className="button"
                data-testid="backup-folder-change"
                onClick={() => void chooseFolder()}
              >
                {t('settings.storage.change')}
              </button>
            </span>
          </div>
          <label className="checkbox">
            <input
              type="checkbox"
              data-testid="backup-daily"
              checked={daily}
              onChange={(e) => setDaily(e.target.checked)}
            />
            {t('settings.storage.dailyBackup')}
          </label>
          <div className="settings-card__fields">
            {ROTATION_FIELDS.map(({ key, label }) => (
              <label key={key} className="field">
                <span className="field__label">{t(label)}</span>
                <input
                  type="number"
                  className="input storage-count"
                  min={0}
                  max={100}
                  step={1}
                  data-testid={`rotation-${key}`}
                  value={rotation[key]}
                  onChange={(e) => setRotation({ ...rotation, [key]: e.target.value })}
                />
              </label>
            ))}
          </div>
          <div className="storage-bar">
            <button
              type="button"
              className="button button--primary"
              data-testid="storage-save"
              disabled={busy}
              onClick={() => void save()}
            >
              {t('common.save')}
            </button>
            <p className="settings-card__status" data-testid="storage-status" role="status">
              {status}
            </p>
          </div>
        </>
      )}
    </section>
  );
}
