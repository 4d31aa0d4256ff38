import { useState } from 'react';
import { HIGHLIGHT_COLORS, HIGHLIGHT_LABELS, type HighlightColor } from '../../../../shared/domain';
import { useReportError } from '../../components/errors';
import { useFeedback } from '../../components/feedback';
import { DayInput } from '../../components/DayInput';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { saveStateLabel, useAutosave } from '../notes/useAutosave';
import { LanguageSettings } from './LanguageSettings';
import { AppearanceSettings } from './AppearanceSettings';
import { AutoCards } from './AutoCards';
import { StorageSettings } from './StorageSettings';
import { useStudySettings } from './study-settings';
import './settings.css';

type ColorNames = Record<HighlightColor, string>;

/** Exam dates (revision is paced towards them), the meaning of each highlight colour, and where things are stored. */
export function SettingsView() {
  const { settings } = useStudySettings();
  const { t } = useT();
  return (
    <section className="settings-view" data-testid="settings-view" aria-labelledby="settings-heading">
      <h1 className="settings-view__title" id="settings-heading">
        {t('settings.heading')}
      </h1>
      {settings ? (
        <SettingsForm initialNames={settings.colorNames} />
      ) : (
        <p className="settings-view__loading">{t('settings.loading')}</p>
      )}
      <LanguageSettings />
      <AppearanceSettings />
      <AutoCards />
      <StorageSettings />
    </section>
  );
}

function ExamDates() {
  const reportError = useReportError();
  const { announce } = useFeedback();
  const { settings, update } = useStudySettings();
  const { t } = useT();
  const setDate = (field: 'prelimsDate' | 'mainsDate', value: string) => {
    update({ [field]: value === '' ? null : value }).then(
      () => announce(value === '' ? t('settings.exam.cleared') : t('settings.exam.saved')),
      reportError,
    );
  };
  const fields = [
    { field: 'prelimsDate', label: t('settings.exam.prelims'), testId: 'settings-prelims' },
    { field: 'mainsDate', label: t('settings.exam.mains'), testId: 'settings-mains' },
  ] as const;
  return (
    <section className="settings-card" aria-labelledby="exam-heading">
      <h2 className="settings-card__title" id="exam-heading">
        {t('settings.exam.heading')}
      </h2>
      <p className="settings-card__hint">{t('settings.exam.hint')}</p>
      <div className="settings-card__fields">
        {fields.map(({ field, label, testId }) => (
          <span key={field} className="field">
            <span className="settings-date">
              <DayInput
                label={label}
                testId={testId}
                value={settings?.[field] ?? ''}
                onChange={(day) => setDate(field, day)}
              />
              {settings?.[field] && (
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('settings.exam.clear', { label })}
                  onClick={() => setDate(field, '')}
                >
                  <Icon name="close" size={14} />
                </button>
              )}
            </span>
          </span>
        ))}
      </div>
    </section>
  );
}

function SettingsForm({ initialNames }: { initialNames: ColorNames }) {
  const { update } = useStudySettings();
  const { t } = useT();
  const [names, setNames] = useState<ColorNames>(initialNames);
  const { queue, state } = useAutosave<Partial<ColorNames>>(async (change) => {
    await update({ colorNames: change });
  });
  const rename = (color: HighlightColor, name: string) => {
    const next = { ...names, [color]: name };
    setNames(next);
    queue.schedule(next);
  };

  return (
    <>
      <ExamDates />
      <section className="settings-card" aria-labelledby="colors-heading">
        <h2 className="settings-card__title" id="colors-heading">
          {t('settings.colors.heading')}
        </h2>
        <p className="settings-card__hint">{t('settings.colors.hint')}</p>
        <div className="settings-colors">
          {HIGHLIGHT_COLORS.map((color, index) => (
            <label key={color} className={`settings-color color--${color}`}>
              <span className="settings-color__swatch" aria-hidden="true" />
              <span className="visually-hidden">{t('settings.colors.name', { n: index + 1 })}</span>
              <input
                className="input"
                data-testid={`settings-color-${color}`}
                value={names[color]}
                maxLength={40}
                placeholder={HIGHLIGHT_LABELS[color]}
                onChange={(e) => rename(color, e.target.value)}
                onBlur={() => void queue.flush()}
              />
              <kbd className="settings-color__key" title={t('settings.colors.key')}>
                {index + 1}
              </kbd>
            </label>
          ))}
        </div>
        <p className="settings-card__status" data-testid="settings-status">
          {saveStateLabel(state)}
        </p>
      </section>
    </>
  );
}
