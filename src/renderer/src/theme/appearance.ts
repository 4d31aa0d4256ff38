/**
 * What the appearance preferences mean for the page: the theme's name on <html data-theme>, the
 * reading settings as custom properties the reader's styles use, and the interface zoom. Pure
 * functions (unit tested) and one `applyAppearance` that writes them to the document.
 */
import {
  DEFAULT_PREFERENCES,
  PREFERENCE_LIMITS,
  PreferencesSchema,
  type Preferences,
} from '../../../shared/preferences';
import type { ThemeName } from '../../../shared/contrast';

/** The theme shown: the preference, or the system's light or dark when it is `system`. */
export function resolveTheme(preference: Preferences['theme'], systemDark: boolean): ThemeName {
  if (preference !== 'system') return preference;
  return systemDark ? 'dark' : 'light';
}

/** The custom properties the reader's styles read (reader.css, blocks.css). */
export function readingProperties(
  preferences: Pick<Preferences, 'fontSize' | 'lineSpacing' | 'readingWidth' | 'fontFace'>,
): Record<string, string> {
  return {
    '--reading-size': `${preferences.fontSize}px`,
    '--reading-leading': String(preferences.lineSpacing),
    // Never narrower than 60 characters, whatever was stored.
    '--reading-measure': `${Math.max(PREFERENCE_LIMITS.readingWidth.min, preferences.readingWidth)}ch`,
    '--reading-font': preferences.fontFace === 'serif' ? 'var(--font-serif)' : 'var(--font-ui)',
  };
}

export const ZOOM_STEPS = [0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2] as const;

/** The next zoom step up (`1`) or down (`-1`) from `zoom`, within the preference's limits. */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  const steps = ZOOM_STEPS.filter(
    (step) => step >= PREFERENCE_LIMITS.zoom.min && step <= PREFERENCE_LIMITS.zoom.max,
  );
  const next =
    direction === 1
      ? steps.find((step) => step > zoom + 0.001)
      : [...steps].reverse().find((step) => step < zoom - 0.001);
  return next ?? (direction === 1 ? steps[steps.length - 1] : steps[0]) ?? 1;
}

/** The zoom a key press asks for: Ctrl/Cmd with + (or =), − and 0; null for any other key. */
export function zoomForKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  zoom: number,
): number | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  if (event.key === '+' || event.key === '=') return stepZoom(zoom, 1);
  if (event.key === '-' || event.key === '_') return stepZoom(zoom, -1);
  if (event.key === '0') return 1;
  return null;
}

/** Writes the theme, the reading properties and the zoom onto the document's root element. */
export function applyAppearance(
  preferences: Preferences,
  systemDark: boolean,
  root = document.documentElement,
) {
  root.dataset.theme = resolveTheme(preferences.theme, systemDark);
  for (const [name, value] of Object.entries(readingProperties(preferences)))
    root.style.setProperty(name, value);
  root.style.setProperty('--zoom', String(preferences.zoom));
  root.style.setProperty('zoom', preferences.zoom === 1 ? '' : String(preferences.zoom));
  try {
    localStorage.setItem(CACHE_KEY, JSON.stringify(preferences));
  } catch {
    // Only the next start's first frame would miss it.
  }
}

const CACHE_KEY = 'bulletin.appearance';

/**
 * The preferences the window last showed, kept in localStorage so the next start paints the right
 * theme and zoom before the library answers; the defaults when there are none or they do not parse.
 */
export function cachedPreferences(): Preferences {
  try {
    const parsed = PreferencesSchema.safeParse(JSON.parse(localStorage.getItem(CACHE_KEY) ?? 'null'));
    return parsed.success ? parsed.data : DEFAULT_PREFERENCES;
  } catch {
    return DEFAULT_PREFERENCES;
  }
}
