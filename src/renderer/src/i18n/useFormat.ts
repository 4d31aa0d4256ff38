import { useMemo } from 'react';
import { usePreferences } from '../features/settings/preferences';
import { formatDayIn, formatNumber, withNumerals, type FormatStyle } from './format';
import { useT, type Language } from './index';

/** Writes days and numbers in the window's language, numerals and date style. */
export interface Formatter {
  style: FormatStyle;
  /** `2022-01-10` → `10 Jan 2022` / `10 जन॰ 2022` / `10/01/2022`; null → “Undated” in the language. */
  day: (day: string | null) => string;
  /** `100000` → `1,00,000` or `१,००,०००`. */
  number: (value: number) => string;
  /** Any text with its Latin digits in the chosen numerals. */
  digits: (text: string) => string;
}

/** The formatter for the current preferences (`const f = useFormat(); f.day(article.date)`). */
export function useFormat(): Formatter {
  const { preferences } = usePreferences();
  const { t, i18n } = useT();
  const language: Language = i18n.language === 'hi' ? 'hi' : 'en';
  const { numerals, dateStyle } = preferences;
  return useMemo(() => {
    const style: FormatStyle = { language, numerals, dateStyle };
    return {
      style,
      day: (day) => formatDayIn(day, style) ?? t('common.undated'),
      number: (value) => formatNumber(value, style),
      digits: (text) => withNumerals(text, numerals),
    };
  }, [language, numerals, dateStyle, t]);
}
