/**
 * The interface preferences: how the window looks and speaks (theme, language, dates, reading
 * comfort, zoom, the first-run tour). They live in the library's settings table, so a backup keeps them.
 */
import { z } from 'zod';

export const THEMES = ['system', 'light', 'dark', 'paper'] as const;
export const LANGUAGES = ['system', 'en', 'hi'] as const;
export const NUMERALS = ['latin', 'devanagari'] as const;
/** Day first always: `numeric` 10/01/2022, `short` 10 Jan 2022. */
export const DATE_STYLES = ['short', 'numeric'] as const;
export const FONT_FACES = ['serif', 'sans'] as const;

/** A language the interface speaks (the window, and the main process's menus and dialogs). */
export type Language = 'en' | 'hi';

/** The language a preference means: `system` follows the system's first language (Hindi or English). */
export function resolveLanguage(
  preference: (typeof LANGUAGES)[number],
  systemLanguages: readonly string[],
): Language {
  if (preference !== 'system') return preference;
  return systemLanguages[0]?.toLowerCase().startsWith('hi') ? 'hi' : 'en';
}

export const PREFERENCE_LIMITS = {
  fontSize: { min: 12, max: 28 },
  lineSpacing: { min: 1.2, max: 2.2 },
  readingWidth: { min: 60, max: 110 },
  zoom: { min: 0.6, max: 2 },
} as const;

const within = (name: string, { min, max }: { min: number; max: number }) =>
  z.number().min(min, `${name} is at least ${min}`).max(max, `${name} is at most ${max}`);

export const PreferencesSchema = z.object({
  theme: z.enum(THEMES),
  language: z.enum(LANGUAGES),
  numerals: z.enum(NUMERALS),
  dateStyle: z.enum(DATE_STYLES),
  /** Article text size in CSS pixels. */
  fontSize: within('the font size', PREFERENCE_LIMITS.fontSize),
  /** Line height as a multiple of the font size. */
  lineSpacing: within('the line spacing', PREFERENCE_LIMITS.lineSpacing),
  /** The text column's widest measure, in characters. */
  readingWidth: within('the reading width', PREFERENCE_LIMITS.readingWidth),
  fontFace: z.enum(FONT_FACES),
  /** The interface zoom factor (Ctrl/Cmd + and −). */
  zoom: within('the zoom', PREFERENCE_LIMITS.zoom),
  /** The first-run tour was finished or skipped. */
  tourDone: z.boolean(),
});
export type Preferences = z.output<typeof PreferencesSchema>;

/** A change: any subset of the fields; fields left out keep their value. */
export const PreferencesChangeSchema = PreferencesSchema.partial().strict();
export type PreferencesChange = z.output<typeof PreferencesChangeSchema>;

export const DEFAULT_PREFERENCES: Preferences = {
  theme: 'system',
  language: 'system',
  numerals: 'latin',
  dateStyle: 'short',
  fontSize: 17,
  lineSpacing: 1.6,
  readingWidth: 72,
  fontFace: 'serif',
  zoom: 1,
  tourDone: false,
};
