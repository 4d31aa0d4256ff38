/**
 * The interface's languages through i18next: English (the source) and Hindi. Components call
 * `useT()`; the language follows the `language` preference, or the system's when it is `system`.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Preferences } from '../../../shared/preferences';
import { en } from './en';
import { hi } from './hi';

export type Language = 'en' | 'hi';

/** The language a preference means: `system` follows the system's first language (Hindi or English). */
export function resolveLanguage(
  preference: Preferences['language'],
  systemLanguages: readonly string[] = navigator.languages,
): Language {
  if (preference !== 'system') return preference;
  return systemLanguages[0]?.toLowerCase().startsWith('hi') ? 'hi' : 'en';
}

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
