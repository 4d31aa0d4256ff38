import { useEffect, useSyncExternalStore } from 'react';
import { usePreferences } from '../features/settings/preferences';
import { applyAppearance } from './appearance';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribeToSystemTheme(onChange: () => void) {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Whether the system asks for dark colours, kept current as it changes. */
export function useSystemDark(): boolean {
  return useSyncExternalStore(subscribeToSystemTheme, () => window.matchMedia(DARK_QUERY).matches);
}

/** Keeps the document's theme, reading settings and zoom in step with the preferences. */
export function useAppearance(): void {
  const { preferences } = usePreferences();
  const systemDark = useSystemDark();
  useEffect(() => applyAppearance(preferences, systemDark), [preferences, systemDark]);
}
