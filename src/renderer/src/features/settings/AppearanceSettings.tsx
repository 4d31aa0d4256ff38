import { PREFERENCE_LIMITS, THEMES, type Preferences } from '../../../../shared/preferences';
import { useT } from '../../i18n';
import { stepZoom } from '../../theme/appearance';
import { usePreferences } from './preferences';
import { ReadingControls } from './ReadingControls';
import { useSetPreference } from './useSetPreference';
import './appearance.css';

const THEME_LABELS = {
  system: 'appearance.themeSystem',
  light: 'appearance.themeLight',
  dark: 'appearance.themeDark',
  paper: 'appearance.themePaper',
} as const satisfies Record<Preferences['theme'], string>;

/** Settings → Appearance (theme and zoom) and Reading (the article text), with a sample paragraph. */
export function AppearanceSettings() {
  const { t } = useT();
  const { preferences } = usePreferences();
  const set = useSetPreference();
  const { zoom } = preferences;
  return (
    <>
      <section
        className="settings-card"
        aria-labelledby="appearance-heading"
        data-testid="appearance-settings"
      >
        <h2 className="settings-card__title" id="appearance-heading">
          {t('appearance.heading')}
        </h2>
        <p className="settings-card__hint">{t('appearance.intro')}</p>
        <div className="reading-control">
          <span className="reading-control__label" id="theme-label">
            {t('appearance.theme')}
          </span>
          <div className="theme-choices" role="radiogroup" aria-labelledby="theme-label">
            {THEMES.map((theme) => (
              <button
                key={theme}
                type="button"
                role="radio"
                aria-checked={preferences.theme === theme}
                className={`theme-choice theme-choice--${theme}`}
                data-testid={`theme-${theme}`}
                onClick={() => set({ theme })}
              >
                <span className="theme-choice__swatch" aria-hidden="true" />
                {t(THEME_LABELS[theme])}
              </button>
            ))}
          </div>
        </div>
        <div className="reading-control">
          <span className="reading-control__label" id="zoom-label">
            {t('appearance.zoom')}
          </span>
          <div className="zoom-control" role="group" aria-labelledby="zoom-label">
            <button
              type="button"
              className="button button--small"
              aria-label={t('appearance.zoomOut')}
              disabled={zoom <= PREFERENCE_LIMITS.zoom.min}
              onClick={() => set({ zoom: stepZoom(zoom, -1) })}
            >
              −
            </button>
            <output className="zoom-control__value" data-testid="zoom-value">
              {t('appearance.zoomValue', { percent: Math.round(zoom * 100) })}
            </output>
            <button
              type="button"
              className="button button--small"
              aria-label={t('appearance.zoomIn')}
              disabled={zoom >= PREFERENCE_LIMITS.zoom.max}
              onClick={() => set({ zoom: stepZoom(zoom, 1) })}
            >
              +
            </button>
            <button
              type="button"
              className="button button--small button--quiet"
              disabled={zoom === 1}
              onClick={() => set({ zoom: 1 })}
            >
              {t('appearance.zoomReset')}
            </button>
          </div>
          <span className="reading-control__hint">{t('appearance.zoomHint')}</span>
        </div>
      </section>

      <section className="settings-card" aria-labelledby="reading-heading" data-testid="reading-settings">
        <h2 className="settings-card__title" id="reading-heading">
          {t('reading.heading')}
        </h2>
        <p className="settings-card__hint">{t('reading.intro')}</p>
        <ReadingControls idPrefix="settings-reading" />
        <p className="reading-sample" data-testid="reading-sample">
          {t('reading.sample')}
        </p>
      </section>
    </>
  );
}
