import { useQuery } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import {
  DEFAULT_PREFERENCES,
  type Preferences,
  type PreferencesChange,
} from '../../../../shared/preferences';
import { api } from '../../api';
import { useChanges } from '../../data/changes';
import { keys } from '../../data/keys';
import { createI18n, resolveLanguage } from '../../i18n';

interface PreferencesValue {
  /** The stored preferences (the defaults until they load). */
  preferences: Preferences;
  update: (change: PreferencesChange) => Promise<Preferences>;
}

const PreferencesContext = createContext<PreferencesValue>({
  preferences: DEFAULT_PREFERENCES,
  update: () => Promise.reject(new Error('Preferences are not ready.')),
});

/** The interface preferences (theme, language, dates, reading comfort, zoom, tour) and how to change them. */
export function usePreferences(): PreferencesValue {
  return useContext(PreferencesContext);
}

/**
 * Loads the interface preferences once for the window, and gives every component below the
 * translations of the chosen language (see `i18n/`).
 */
export function PreferencesProvider({ children }: { children: ReactNode }) {
  const { data } = useQuery({
    queryKey: keys.settings('preferences'),
    queryFn: () => api.getPreferences({}),
  });
  const preferences = data ?? DEFAULT_PREFERENCES;
  const { changed } = useChanges();
  const update = useCallback(
    async (change: PreferencesChange) => {
      const saved = await api.updatePreferences(change);
      void changed('settings');
      return saved;
    },
    [changed],
  );
  const language = resolveLanguage(preferences.language);
  const i18n = useMemo(() => createI18n(language), [language]);
  // Screen readers, fonts and hyphenation follow <html lang>.
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo(() => ({ preferences, update }), [preferences, update]);
  return (
    <PreferencesContext.Provider value={value}>
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    </PreferencesContext.Provider>
  );
}
