// One module each, not the package index (which loads all of date-fns: a noticeable start-up cost).
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';
import { isIsoDay } from '../../../shared/dates';

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

/** Hindi month names (both common spellings) and their English names. */
const HINDI_MONTHS: Array<[RegExp, string]> = [
  [/जनवरी/gu, 'January'],
  [/फ़रवरी|फरवरी/gu, 'February'],
  [/मार्च/gu, 'March'],
  [/अप्रैल|अप्रेल/gu, 'April'],
  [/मई/gu, 'May'],
  [/जून/gu, 'June'],
  [/जुलाई/gu, 'July'],
  [/अगस्त/gu, 'August'],
  [/सितंबर|सितम्बर/gu, 'September'],
  [/अक्टूबर|अक्तूबर/gu, 'October'],
  [/नवंबर|नवम्बर/gu, 'November'],
  [/दिसंबर|दिसम्बर/gu, 'December'],
];

/** Devanagari digits and Hindi month names in English, so one set of patterns reads both. */
function anglicize(text: string): string {
  if (!/[\u0900-\u097f]/u.test(text)) return text;
  let out = text.replace(/[०-९]/gu, (d) => String(d.charCodeAt(0) - 0x0966));
  // Spaces keep `10 अक्टूबर, 2022` → `10 October, 2022` readable by the English patterns.
  for (const [hindi, english] of HINDI_MONTHS) out = out.replace(hindi, ` ${english} `);
  return out.replace(/ +/g, ' ').replace(/ ,/g, ',');
}

/** Dates already read, by what was written: a folder of articles repeats a few hundred dates. */
const readDates = new Map<string, string | null>();
const READ_DATES_LIMIT = 2_000;

/**
 * Reads a date written by a person; returns `YYYY-MM-DD` or null. Each try of a format is a date-fns
 * parse of its own, a few microseconds each: the answer for each written date is kept.
 */
export function parseHumanDate(raw: string): string | null {
  let date = readDates.get(raw);
  if (date !== undefined) return date;
  date = readHumanDate(raw);
  if (readDates.size >= READ_DATES_LIMIT) readDates.clear();
  readDates.set(raw, date);
  return date;
}

function readHumanDate(raw: string): string | null {
  const text = anglicize(raw)
    .trim()
    .replace(/\b(\d{1,2})(st|nd|rd|th)\b/gi, '$1')
    .replace(/\b(\d{1,2})\s+of\s+/i, '$1 ')
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

const MONTHS =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';

/** Date-like phrases, most specific first, for finding a date inside a longer line. */
const DATE_PHRASES = [
  // PIB: `31 DEC 2019 6:48PM` — the time glued to PM is left out of the phrase.
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:of\\s+)?(?:${MONTHS})\\b\\.?,?\\s+\\d{4}\\b`, 'i'),
  new RegExp(`\\b(?:${MONTHS})\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b`, 'i'),
  new RegExp(`\\b\\d{4}\\s+(?:${MONTHS})\\s+\\d{1,2}\\b`, 'i'),
  /\b\d{4}-\d{2}-\d{2}\b/,
  /\b\d{2}[-/.]\d{2}[-/.]\d{4}\b/,
];

/** Finds the first date phrase in a line and reads it. */
export function findDateIn(raw: string): { date: string | null; text: string } | null {
  const text = anglicize(raw);
  for (const phrase of DATE_PHRASES) {
    const match = phrase.exec(text);
    if (match) {
      // Keep the words as the source wrote them (`10 सितंबर 2023`), not their English reading.
      const written = text === raw ? match[0] : (HINDI_DATE.exec(raw)?.[0] ?? match[0]);
      return { date: parseHumanDate(match[0]), text: written };
    }
  }
  return null;
}

const HINDI_DATE = new RegExp(
  `[0-9०-९]{1,2}\\s*(?:${HINDI_MONTHS.map(([re]) => re.source).join('|')})\\s*,?\\s*[0-9०-९]{4}`,
  'u',
);

const ISO_STAMP =
  /^([+-]?\d{4,6})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const RFC_2822 =
  /^(?:[a-z]{3},\s*)?(\d{1,2}\s+[a-z]{3,9}\s+\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*(?:[+-]\d{4}|[a-z]{1,5}))?$/i;
const IST_OFFSET_MS = 330 * 60_000;

/**
 * Reads a date written by a machine (a feed, a meta tag, a JSON field) as the calendar day the source
 * wrote, without moving it across time zones: `2019-01-01T23:30:00-05:00` is 2019-01-01. Epoch numbers
 * (10 digits = seconds, 13 = milliseconds) are read as the day in India (UTC+05:30). Human forms are
 * tried last. Returns null for anything that is not a real day.
 */
export function parseMachineDate(raw: string): string | null {
  const text = raw.trim();
  if (text.length === 0 || text.length > 100) return null;
  const iso = ISO_STAMP.exec(text);
  if (iso) {
    if (iso[1]!.length !== 4) return null;
    const day = `${iso[1]}-${iso[2]}-${iso[3]}`;
    return isIsoDay(day) && inRange(day) ? day : null;
  }
  if (/^\d{10}$|^\d{13}$/.test(text)) {
    const ms = text.length === 10 ? Number(text) * 1000 : Number(text);
    const day = new Date(ms + IST_OFFSET_MS).toISOString().slice(0, 10);
    return inRange(day) ? day : null;
  }
  // Hindi month names are for text people wrote (meta lines, first sentences), not machine fields.
  if (/[\u0900-\u097f]/u.test(text)) return null;
  const rfc = RFC_2822.exec(text);
  if (rfc) return parseHumanDate(rfc[1]!);
  return parseHumanDate(text);
}

function inRange(day: string): boolean {
  const year = Number(day.slice(0, 4));
  return year >= 1900 && year <= 2100;
}

/** A date in a URL path: `/2025/06/19/`, `/daily/10-01-2022/`, `…-2021-07-13`. */
export function dateFromUrl(url: string): string | null {
  let path = url;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    // not a URL: read it as a path
  }
  const ymd = /(?:^|\/)((?:19|20)\d{2})\/(\d{2})\/(\d{2})(?:\/|$)/.exec(path);
  if (ymd) return parseHumanDate(`${ymd[1]}-${ymd[2]}-${ymd[3]}`);
  return dateFromFileName(path);
}

/** A date carried by a file name such as `csto-2022-01-10.txt` or `10-01-2022.html`. */
export function dateFromFileName(name: string): string | null {
  const iso = /(\d{4})[-_.](\d{2})[-_.](\d{2})/.exec(name);
  if (iso) return parseHumanDate(`${iso[1]}-${iso[2]}-${iso[3]}`);
  const dayFirst = /(\d{2})[-_.](\d{2})[-_.](\d{4})/.exec(name);
  if (dayFirst) return parseHumanDate(`${dayFirst[1]}-${dayFirst[2]}-${dayFirst[3]}`);
  return null;
}
