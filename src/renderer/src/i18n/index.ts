/**
 * The interface's languages through i18next: English (the source) and Hindi. Components call
 * `useT()`; the language follows the `language` preference, or the system's when it is `system`.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { useContext } from 'react';
import { getI18n, I18nContext, initReactI18next, type UseTranslationResponse } from 'react-i18next';
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

/** What `useTranslation()` answers for the default namespace. */
type Translation = UseTranslationResponse<'translation', undefined>;
const translations = new WeakMap<I18n, Translation>();

/**
 * The translate function of the current language: `const { t } = useT(); t('common.close')`.
 *
 * What react-i18next's `useTranslation()` gives, read from the provider's context only. That hook
 * subscribes every component to the instance's events on mount and unsubscribes it on unmount: in a
 * list flicked 40 rows a frame that was a third of the frame (issue 17). Here a language is a new
 * instance (`PreferencesProvider`), so the context's change re-renders every reader of it instead.
 */
export function useT(): Translation {
  const i18n = useContext(I18nContext)?.i18n ?? getI18n();
  let translation = translations.get(i18n);
  if (!translation) {
    const t = i18n.getFixedT(null, null) as Translation['t'];
    translation = Object.assign([t, i18n, true] as const, { t, i18n, ready: true }) as Translation;
    translations.set(i18n, translation);
  }
  return translation;
}
