import { localToday } from '../../../../shared/dates';
import { DATE_STYLES, LANGUAGES, NUMERALS, type PreferencesChange } from '../../../../shared/preferences';
import { useReportError } from '../../components/errors';
import { useFeedback } from '../../components/feedback';
import { resolveLanguage, useT } from '../../i18n';
import { formatDayIn } from '../../i18n/format';
import { useFormat } from '../../i18n/useFormat';
import { usePreferences } from './preferences';

/**
 * The interface's language (following the system by default), its numerals, and how days are
 * written, with a live example of the choice. Changes take effect at once and are stored.
 */
export function LanguageSettings() {
  const { t } = useT();
  const f = useFormat();
  const reportError = useReportError();
  const { announce } = useFeedback();
  const { preferences, update } = usePreferences();
  const today = localToday();
  const systemName =
    resolveLanguage('system') === 'hi'
      ? t('common.languageSettings.hindi')
      : t('common.languageSettings.english');

  const change = (next: PreferencesChange) =>
    update(next).then(() => announce(t('common.languageSettings.saved')), reportError);

  const languageNames = {
    system: t('common.languageSettings.system', { name: systemName }),
    en: t('common.languageSettings.english'),
    hi: t('common.languageSettings.hindi'),
  } as const;

  return (
    <section className="settings-card" aria-labelledby="language-heading" data-testid="language-settings">
      <h2 className="settings-card__title" id="language-heading">
        {t('common.languageSettings.heading')}
      </h2>
      <p className="settings-card__hint">{t('common.languageSettings.hint')}</p>
      <div className="settings-card__fields">
        <label className="field">
          <span className="field__label">{t('common.languageSettings.language')}</span>
          <select
            className="input"
            data-testid="settings-language"
            value={preferences.language}
            onChange={(e) => void change({ language: e.target.value as (typeof LANGUAGES)[number] })}
          >
            {LANGUAGES.map((language) => (
              <option key={language} value={language} lang={language === 'system' ? undefined : language}>
                {languageNames[language]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('common.languageSettings.numerals')}</span>
          <select
            className="input"
            data-testid="settings-numerals"
            value={preferences.numerals}
            onChange={(e) => void change({ numerals: e.target.value as (typeof NUMERALS)[number] })}
          >
            {NUMERALS.map((numerals) => (
              <option key={numerals} value={numerals}>
                {t(`common.languageSettings.${numerals}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('common.languageSettings.dateStyle')}</span>
          <select
            className="input"
            data-testid="settings-date-style"
            value={preferences.dateStyle}
            onChange={(e) => void change({ dateStyle: e.target.value as (typeof DATE_STYLES)[number] })}
          >
            {DATE_STYLES.map((dateStyle) => (
              <option key={dateStyle} value={dateStyle}>
                {t(`dates.style.${dateStyle}`)} — {formatDayIn(today, { ...f.style, dateStyle })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="settings-card__status" data-testid="language-example" aria-live="polite">
        {t('common.languageSettings.example', { day: f.day(today), count: f.number(100000) })}
      </p>
    </section>
  );
}
