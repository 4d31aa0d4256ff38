/**
 * The interface's languages through i18next: English (the source) and Hindi. Components call
 * `useT()`; the language follows the `language` preference, or the system's when it is `system`.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { resolveLanguage as resolveFor, type Language, type Preferences } from '../../../shared/preferences';
import { en } from './en';
import { hi } from './hi';

export type { Language };

/** The language a preference means: `system` follows the browser's (the system's) first language. */
export const resolveLanguage = (
  preference: Preferences['language'],
  systemLanguages: readonly string[] = navigator.languages,
): Language => resolveFor(preference, systemLanguages);

/** A ready i18next instance with both catalogues loaded, synchronously (no network, no backend). */
export function createI18n(language: Language): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { en: { translation: en }, hi: { translation: hi } },
    lng: language,
    fallbackLng: 'en',
    initAsync: false,
    // React escapes what it renders; i18next must not escape it a second time.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** The translate function of the current language: `const { t } = useT(); t('common.close')`. */
export const useT = () => useTranslation();
