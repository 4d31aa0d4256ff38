import { format, isValid, parse } from 'date-fns';

/**
 * Strict, day-first date reading as Indian sources write dates. A date that does not exist
 * (2024-02-30) is refused, never rolled over; the result is a calendar day with no time zone.
 */
const FORMATS = [
  'd MMMM yyyy',
  'd MMM yyyy',
  'd MMMM, yyyy',
  'd MMM, yyyy',
  'MMMM d, yyyy',
  'MMM d, yyyy',
  'MMMM d yyyy',
  'd, MMM yyyy',
  'yyyy MMM d',
  'yyyy-MM-dd',
  'dd-MM-yyyy',
  'dd/MM/yyyy',
  'd/M/yyyy',
  'dd.MM.yyyy',
] as const;

const REFERENCE = new Date(2000, 0, 1);

/** Reads a date written by a person; returns `YYYY-MM-DD` or null. */
export function parseHumanDate(raw: string): string | null {
  const text = raw
    .trim()
    .replace(/\b(\d{1,2})(st|nd|rd|th)\b/gi, '$1')
    .replace(/\s+/g, ' ')
    .replace(/^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+/i, '')
    // "Sept" is common in Indian sources but not a date-fns abbreviation.
    .replace(/\bSept\b/i, 'Sep');
  for (const pattern of FORMATS) {
    const date = parse(text, pattern, REFERENCE);
    if (isValid(date) && date.getFullYear() >= 1900 && date.getFullYear() <= 2100) {
      return format(date, 'yyyy-MM-dd');
    }
  }
  return null;
}

const MONTHS = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';

/** Date-like phrases, most specific first, for finding a date inside a longer line. */
const DATE_PHRASES = [
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:${MONTHS}),?\\s+\\d{4}\\b`, 'i'),
  new RegExp(`\\b(?:${MONTHS})\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b`, 'i'),
  /\b\d{4}-\d{2}-\d{2}\b/,
  /\b\d{2}[-/.]\d{2}[-/.]\d{4}\b/,
];

/** Finds the first date phrase in a line and reads it. */
export function findDateIn(text: string): { date: string | null; text: string } | null {
  for (const phrase of DATE_PHRASES) {
    const match = phrase.exec(text);
    if (match) return { date: parseHumanDate(match[0]), text: match[0] };
  }
  return null;
}

/** A date carried by a file name such as `csto-2022-01-10.txt` or `10-01-2022.html`. */
export function dateFromFileName(name: string): string | null {
  const iso = /(\d{4})[-_.](\d{2})[-_.](\d{2})/.exec(name);
  if (iso) return parseHumanDate(`${iso[1]}-${iso[2]}-${iso[3]}`);
  const dayFirst = /(\d{2})[-_.](\d{2})[-_.](\d{4})/.exec(name);
  if (dayFirst) return parseHumanDate(`${dayFirst[1]}-${dayFirst[2]}-${dayFirst[3]}`);
  return null;
}
