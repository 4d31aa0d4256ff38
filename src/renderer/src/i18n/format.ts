/**
 * How the interface writes days and counts, whatever the browser's locale: day first always
 * (`10 Jan 2022` or `10/01/2022`), Indian digit grouping (`1,00,000`), and Devanagari digits
 * (`१०`) when the numerals preference asks for them. Hindi month names come from Intl's `hi-IN`.
 */
import type { Preferences } from '../../../shared/preferences';
import type { Language } from './index';

/** What a day or a count is written with: the language, the digits, the date style. */
export interface FormatStyle {
  language: Language;
  numerals: Preferences['numerals'];
  dateStyle: Preferences['dateStyle'];
}

const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DEVANAGARI_DIGITS = '०१२३४५६७८९';

// Built once: Intl's formatter is slow to construct and the notebook writes hundreds of days.
const hindiMonth = new Intl.DateTimeFormat('hi-IN', { month: 'short', timeZone: 'UTC' });
const HINDI_MONTHS = ENGLISH_MONTHS.map((_, month) => hindiMonth.format(new Date(Date.UTC(2022, month, 10))));

/** A month's short name (0 = January): `Jan` or `जन॰`. */
export function monthName(monthIndex: number, language: Language): string {
  return (language === 'hi' ? HINDI_MONTHS : ENGLISH_MONTHS)[monthIndex] ?? '';
}

/** Weekday names, made once (a formatter per call cost each notebook heading a few hundred µs). */
const WEEKDAY = {
  en: new Intl.DateTimeFormat('en-IN', { weekday: 'long' }),
  hi: new Intl.DateTimeFormat('hi-IN', { weekday: 'long' }),
};

/** The weekday of a stored day (`2022-01-10` → `Monday` / `सोमवार`), at noon so no time zone moves it. */
export function weekdayName(day: string, language: Language): string {
  const at = new Date(`${day}T12:00:00`);
  if (Number.isNaN(at.getTime())) return '';
  return WEEKDAY[language === 'hi' ? 'hi' : 'en'].format(at);
}

/** Latin digits → Devanagari digits (`2022` → `२०२२`) when the style asks for them; other text is kept. */
export function withNumerals(text: string, numerals: FormatStyle['numerals']): string {
  if (numerals === 'latin') return text;
  return text.replace(/[0-9]/g, (digit) => DEVANAGARI_DIGITS[Number(digit)]!);
}

/** Indian grouping, made once: `toLocaleString` builds a formatter on every call (issue 17). */
const INDIAN_GROUPING = new Intl.NumberFormat('en-IN');

/** A number with Indian grouping (`12,34,567`), in the style's digits. */
export function formatNumber(value: number, style: Pick<FormatStyle, 'numerals'>): string {
  return withNumerals(INDIAN_GROUPING.format(value), style.numerals);
}

/**
 * A stored day (`2022-01-10`) as the style writes it: `10 Jan 2022`, `10 जन॰ 2022` or `10/01/2022`
 * (`10 Jan`, `10/01` without the year). Returns null for a missing day, and the text unchanged when
 * it is not a `YYYY-MM-DD` day.
 */
export function formatDayIn(
  day: string | null,
  style: FormatStyle,
  { year: withYear = true }: { year?: boolean } = {},
): string | null {
  if (!day) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const [, year, month, date] = match as unknown as [string, string, string, string];
  const monthIndex = Number(month) - 1;
  if (monthIndex < 0 || monthIndex > 11) return day;
  const names = style.language === 'hi' ? HINDI_MONTHS : ENGLISH_MONTHS;
  const text =
    style.dateStyle === 'numeric'
      ? `${date}/${month}${withYear ? `/${year}` : ''}`
      : `${Number(date)} ${names[monthIndex]}${withYear ? ` ${year}` : ''}`;
  return withNumerals(text, style.numerals);
}

/**
 * A time the core wrote in its own form (`27 Nov 2026, 09:30`, en-GB medium date and short time, as a
 * backup's time in the startup notice) in the style's words and digits; any other text unchanged.
 */
export function formatCoreTime(text: string, style: FormatStyle): string {
  const match = /^(\d{1,2}) ([A-Z][a-z]{2,3}) (\d{4}), (\d{2}):(\d{2})$/.exec(text.trim());
  if (!match) return text;
  const [, date, month, year, hours, minutes] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const monthIndex = ENGLISH_MONTHS.findIndex((name) => month.startsWith(name));
  if (monthIndex < 0) return text;
  const day = `${year}-${String(monthIndex + 1).padStart(2, '0')}-${date.padStart(2, '0')}`;
  return `${formatDayIn(day, style) ?? day}, ${withNumerals(`${hours}:${minutes}`, style.numerals)}`;
}
