import { useState } from 'react';
import { HIGHLIGHT_COLORS, HIGHLIGHT_LABELS, type HighlightColor } from '../../../../shared/domain';
import { useReportError } from '../../components/errors';
import { useFeedback } from '../../components/feedback';
import { Icon } from '../../components/Icon';
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
  return (
    <section className="settings-view" data-testid="settings-view" aria-labelledby="settings-heading">
      <h1 className="settings-view__title" id="settings-heading">
        Settings
      </h1>
      {settings ? (
        <SettingsForm initialNames={settings.colorNames} />
      ) : (
        <p className="settings-view__loading">Loading…</p>
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
  const setDate = (field: 'prelimsDate' | 'mainsDate', value: string) => {
    update({ [field]: value === '' ? null : value }).then(
      () => announce(value === '' ? 'Exam date cleared' : 'Exam date saved'),
      reportError,
    );
  };
  const fields = [
    { field: 'prelimsDate', label: 'Prelims', testId: 'settings-prelims' },
    { field: 'mainsDate', label: 'Mains', testId: 'settings-mains' },
  ] as const;
  return (
    <section className="settings-card" aria-labelledby="exam-heading">
      <h2 className="settings-card__title" id="exam-heading">
        Exam dates
      </h2>
      <p className="settings-card__hint">
        Revision is paced so that every card is seen at least twice before the next exam.
      </p>
      <div className="settings-card__fields">
        {fields.map(({ field, label, testId }) => (
          <label key={field} className="field">
            <span className="field__label">{label}</span>
            <span className="settings-date">
              <input
                type="date"
                className="input"
                data-testid={testId}
                value={settings?.[field] ?? ''}
                onChange={(e) => setDate(field, e.target.value)}
              />
              {settings?.[field] && (
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Clear the ${label} date`}
                  onClick={() => setDate(field, '')}
                >
                  <Icon name="close" size={14} />
                </button>
              )}
            </span>
          </label>
        ))}
      </div>
    </section>
  );
}

function SettingsForm({ initialNames }: { initialNames: ColorNames }) {
  const { update } = useStudySettings();
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
          Highlight colours
        </h2>
        <p className="settings-card__hint">
          Give each colour the meaning you use it for. The names show in the reader, the notebook and exports.
        </p>
        <div className="settings-colors">
          {HIGHLIGHT_COLORS.map((color, index) => (
            <label key={color} className={`settings-color color--${color}`}>
              <span className="settings-color__swatch" aria-hidden="true" />
              <span className="visually-hidden">Name of colour {index + 1}</span>
              <input
                className="input"
                data-testid={`settings-color-${color}`}
                value={names[color]}
                maxLength={40}
                placeholder={HIGHLIGHT_LABELS[color]}
                onChange={(e) => rename(color, e.target.value)}
                onBlur={() => void queue.flush()}
              />
              <kbd className="settings-color__key" title="Key in the reader">
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
