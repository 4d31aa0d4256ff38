/**
 * Reads a day the way Indian students type it, day first always: `10-01-2022`, `10/01/2022`,
 * `10.01.2022`, `10 Jan 2022`, `10 January 2022`, `10 जनवरी 2022`, and the stored form `2022-01-10`.
 * Devanagari digits are read too. `01/10/2022` is the 1st of October, never the 10th of January.
 */
import { isExists } from 'date-fns';

/** A typed day read: the stored `YYYY-MM-DD` day, or why it could not be read. */
export type ParsedDay =
  | { ok: true; day: string }
  | { ok: false; reason: 'format' }
  | { ok: false; reason: 'no-such-day'; day: number; month: number; year: number };

const ENGLISH_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
// Hindi month names as students spell them (both the nukta and the half-letter spellings).
const HINDI_MONTHS: readonly (readonly string[])[] = [
  ['जनवरी', 'जन'],
  ['फ़रवरी', 'फरवरी', 'फ़र', 'फर'],
  ['मार्च'],
  ['अप्रैल', 'अप्रेल'],
  ['मई'],
  ['जून'],
  ['जुलाई', 'जुल'],
  ['अगस्त', 'अग'],
  ['सितंबर', 'सितम्बर', 'सित'],
  ['अक्टूबर', 'अक्तूबर', 'अक्टू'],
  ['नवंबर', 'नवम्बर', 'नव'],
  ['दिसंबर', 'दिसम्बर', 'दिस'],
];

/** 1–12 for a month name or its first three letters (`jan`, `Sept`, `जनवरी`, `जन॰`); null otherwise. */
function monthNumber(name: string): number | null {
  const word = name.toLowerCase().replace(/[.॰]$/u, '');
  // Any start of an English name from three letters on is unambiguous: jan, janu, sept, september.
  const english = word.length >= 3 ? ENGLISH_MONTHS.findIndex((month) => month.startsWith(word)) : -1;
  if (english >= 0) return english + 1;
  const hindi = HINDI_MONTHS.findIndex((names) => names.includes(word));
  return hindi >= 0 ? hindi + 1 : null;
}

/** The stored day for a day, month and year, or why there is no such day (31-02-2022). */
function toDay(day: number, month: number, year: number): ParsedDay {
  if (year < 1000 || !isExists(year, month - 1, day))
    return { ok: false, reason: 'no-such-day', day, month, year };
  const pad = (n: number) => String(n).padStart(2, '0');
  return { ok: true, day: `${year}-${pad(month)}-${pad(day)}` };
}

/** Reads a typed day, day first (see the module comment). */
export function parseDay(typed: string): ParsedDay {
  const text = typed
    .trim()
    .replace(/[०-९]/g, (digit) => String(digit.charCodeAt(0) - 0x0966))
    .replace(/\s+/g, ' ')
    .replace(/,/g, '');
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return toDay(Number(iso[3]), Number(iso[2]), Number(iso[1]));
  const numeric = /^(\d{1,2}) ?([-/.]) ?(\d{1,2}) ?\2 ?(\d{4})$/.exec(text);
  if (numeric) return toDay(Number(numeric[1]), Number(numeric[3]), Number(numeric[4]));
  const named = /^(\d{1,2})(?:st|nd|rd|th)? ?[-/ ]?([\p{L}\p{M}.॰]+)[-/ ]?(\d{4})$/u.exec(text);
  if (named) {
    const month = monthNumber(named[2]!);
    if (month) return toDay(Number(named[1]), month, Number(named[3]));
  }
  return { ok: false, reason: 'format' };
}
