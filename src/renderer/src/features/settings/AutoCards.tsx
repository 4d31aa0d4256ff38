import { useState } from 'react';
import { HIGHLIGHT_COLORS, type HighlightColor, type StudySettings } from '../../../../shared/domain';
import { useReportError } from '../../components/errors';
import { useFeedback } from '../../components/feedback';
import { useT } from '../../i18n';
import { useStudySettings } from './study-settings';

interface Choice {
  autoCards: boolean;
  autoCardColors: HighlightColor[];
}

/**
 * Automatic review cards: on or off, and the colours that make them. Turning them on (or adding a
 * colour) answers once the existing notes have their cards, so the card says so while it waits.
 */
export function AutoCards() {
  const { t } = useT();
  const reportError = useReportError();
  const { announce } = useFeedback();
  const { settings, update, colorName } = useStudySettings();
  // What was just chosen, shown while the change (and the cards it makes) is saved.
  // What was just chosen, shown while it is saved (and its cards made) and until the settings reload.
  const [draft, setDraft] = useState<{ choice: Choice; before: StudySettings } | null>(null);
  const [filling, setFilling] = useState(false);
  if (!settings) return null;
  const shown: Choice = draft && (filling || draft.before === settings) ? draft.choice : settings;

  const save = (change: Partial<Choice>) => {
    setDraft({
      choice: { autoCards: shown.autoCards, autoCardColors: shown.autoCardColors, ...change },
      before: settings,
    });
    setFilling(true);
    update(change)
      .then(
        () => announce(t('revision.autoSaved')),
        (error: unknown) => {
          setDraft(null);
          reportError(error);
        },
      )
      .finally(() => setFilling(false));
  };
  const toggleColor = (color: HighlightColor, on: boolean) =>
    save({
      autoCardColors: HIGHLIGHT_COLORS.filter((c) => (c === color ? on : shown.autoCardColors.includes(c))),
    });

  return (
    <section className="settings-card" aria-labelledby="auto-cards-heading" data-testid="settings-auto-cards">
      <h2 className="settings-card__title" id="auto-cards-heading">
        {t('revision.autoTitle')}
      </h2>
      <p className="settings-card__hint">{t('revision.autoHint')}</p>
      <label className="settings-check">
        <input
          type="checkbox"
          data-testid="settings-auto-cards-on"
          checked={shown.autoCards}
          disabled={filling}
          onChange={(e) => save({ autoCards: e.target.checked })}
        />
        <span>{t('revision.autoToggle')}</span>
      </label>
      <fieldset className="settings-auto-colors" disabled={filling || !shown.autoCards}>
        <legend className="field__label">{t('revision.autoColors')}</legend>
        {HIGHLIGHT_COLORS.map((color) => (
          <label key={color} className={`settings-check color--${color}`}>
            <input
              type="checkbox"
              data-testid={`settings-auto-color-${color}`}
              checked={shown.autoCardColors.includes(color)}
              onChange={(e) => toggleColor(color, e.target.checked)}
            />
            <span className="color-label">
              <span className="color-label__dot" aria-hidden="true" />
              {colorName(color)}
            </span>
          </label>
        ))}
      </fieldset>
      <p className="settings-card__status" data-testid="settings-auto-status" aria-live="polite">
        {filling ? t('revision.autoFilling') : ''}
      </p>
    </section>
  );
}
