/**
 * Evidence and leftovers inside a press release's own text (PIB, and sites that copy it): the dateline
 * (`14 AUG 2026 7:33PM by PIB Delhi`), embedded tweets (`pic.twitter.com/…`, `— PMO India (@PMOIndia)
 * August 22, 2026`), `Read more: …` links, and a date in the first sentence.
 */
import { findDateIn, parseHumanDate } from './dates';
import type { ParsedBlock, RelatedLink } from './model';

const MONTHS =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';

/** `Posted On: 14 AUG 2026 7:33PM`: a day and a clock time (the label optional). */
const DATELINE = new RegExp(
  // `(?<!\\d)`, not `\\b`: scrapers glue the ministry to the day (`…Climate Change14 AUG 2026`).
  `(?:(?:posted on|release date|प्रविष्टि तिथि)\\s*[:：]\\s*)?(?<!\\d)(\\d{1,2}\\s+(?:${MONTHS})\\.?\\s+\\d{4})\\s*,?\\s+\\d{1,2}[:.]\\d{2}\\s*[AP]\\.?M\\.?(?:\\s*IST)?`,
  'iu',
);
/** `by PIB Delhi`: case-sensitive, as the office is glued to the title at times (`by PIB DelhiPrime…`). */
const OFFICE = /^\s*by\s+PIB\s+[A-Z][a-z]+/u;
const LABEL = /^(?:posted on|release date|प्रविष्टि तिथि)\s*[:：]\s*/iu;

interface Dateline {
  index: number;
  length: number;
  date: string;
  text: string;
}

/** The first dateline in a text: where it is, its day, and its words without the label. */
function findDateline(text: string): Dateline | null {
  const line = DATELINE.exec(text);
  if (!line) return null;
  const date = parseHumanDate(line[1]!);
  if (!date) return null;
  const office = OFFICE.exec(text.slice(line.index + line[0].length))?.[0] ?? '';
  const whole = line[0] + office;
  return { index: line.index, length: whole.length, date, text: whole.replace(LABEL, '').trim() };
}

/** The dateline inside a short string (a dump's `postedOn` field, say): its day and its words. */
export function datelineIn(text: string): { date: string; text: string } | null {
  const found = findDateline(text);
  return found ? { date: found.date, text: found.text } : null;
}

/** The signature an embedded tweet leaves: `— PMO India (@PMOIndia) August 22, 2026`. */
const TWEET_SIGNATURE = new RegExp(
  `\\s*[—–-]{1,2}\\s*[^()\\n]{1,80}?\\s*\\(@\\w{1,30}\\)\\s*((?:${MONTHS})\\s+\\d{1,2},?\\s+\\d{4})\\s*$`,
  'iu',
);
const TWEET_LINKS = /\s*(?:pic\.twitter\.com\/\w+|https?:\/\/t\.co\/\w+)/giu;

/** `Read more: Hoysala Temples`, `Click here to Read`, `Also read: …`. */
const READ_MORE = /^(?:read more|also read|click here to read(?: more)?|read also)\b\s*[:：\-–]?\s*(.*)$/iu;

export interface ReleaseEvidence {
  blocks: ParsedBlock[];
  /** The dateline's day, when the text carried one. */
  dateline: { date: string; text: string } | null;
  /** The day of the first signed tweet. */
  tweetDate: { date: string; text: string } | null;
  links: RelatedLink[];
}

const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Takes the dateline, tweet leftovers and `Read more` lines out of the blocks, keeping what they tell:
 * the dateline's day, a signed tweet's day and the related links. A tweet's text that only repeats a
 * paragraph already there is kept once. `dropKeys` are the letters of lines that only repeat the title
 * or the ministry (what is left of a dateline line after its date).
 */
export function takeReleaseEvidence(
  blocks: readonly ParsedBlock[],
  dropKeys: ReadonlySet<string>,
): ReleaseEvidence {
  let dateline: ReleaseEvidence['dateline'] = null;
  let tweetDate: ReleaseEvidence['tweetDate'] = null;
  const links: RelatedLink[] = [];
  const out: ParsedBlock[] = [];
  const seen = new Set<string>();
  for (const block of blocks) {
    let text = block.text;
    // The ministry line and the title repeated as the first paragraphs (also around a dateline).
    if (out.length === 0 && block.kind === 'paragraph' && dropKeys.has(letters(text))) continue;
    if (block.kind === 'paragraph' || block.kind === 'heading') {
      const more = READ_MORE.exec(text);
      // `Read more: X` (a separator) or a short line; `Read more about the scheme at …` is a sentence.
      if (more && text.length <= 300 && (/^[^:：\-–]{0,40}[:：\-–]/u.test(text) || text.length <= 80)) {
        const title = more[1]!.trim();
        if (title) links.push({ title, url: null });
        continue;
      }
      const line = text.length <= 400 ? findDateline(text) : null;
      if (line) {
        if (!dateline) dateline = { date: line.date, text: line.text };
        text = (text.slice(0, line.index) + ' ' + text.slice(line.index + line.length))
          .replace(/\s+/g, ' ')
          .replace(/^[\s|,–-]+|[\s|,–-]+$/g, '');
        if (!text || dropKeys.has(letters(text))) continue;
      }
    }
    let tweet = false;
    if (block.kind !== 'table') {
      const stripped = text.replace(TWEET_LINKS, '');
      const signed = TWEET_SIGNATURE.exec(stripped);
      if (signed) {
        const date = parseHumanDate(signed[1]!);
        if (date && !tweetDate) tweetDate = { date, text: signed[1]! };
      }
      const clean = (signed ? stripped.slice(0, signed.index) : stripped).trim();
      tweet = clean !== text.trim();
      text = clean;
      if (!text) continue;
    }
    const key = letters(text);
    // The quoted tweet repeats a paragraph of the release (or a scraper doubled the page): keep it once.
    if (block.kind === 'paragraph' && (tweet || text.length >= 40) && seen.has(key)) continue;
    if (block.kind === 'paragraph') seen.add(key);
    out.push(text === block.text ? block : { ...block, text });
  }
  return { blocks: out, dateline, tweetDate, links };
}

/**
 * A date written in the first sentence (`… on December 6, 2025, …`), when it is not after `notAfter`
 * (the file's day: a release does not announce itself from the future; `from 27 February to 2 March`
 * names the visit, not the release).
 */
export function firstSentenceDate(
  blocks: readonly ParsedBlock[],
  notAfter: string | null,
): { date: string; text: string } | null {
  const first = blocks.find((b) => b.kind === 'paragraph' && b.text.length > 20);
  if (!first) return null;
  const sentence = sentenceAt(first.text);
  const found = findDateIn(sentence);
  if (!found?.date) return null;
  if (notAfter && found.date > notAfter) return null;
  return { date: found.date, text: found.text };
}

/** A full stop after these is not the end of a sentence: `Shri C. P. Radhakrishnan`, `Dr.`, `M/s.`, `i.e.`. */
const ABBREVIATION =
  /(?:^|[\s(“"‘'])(?:\p{Lu}|Shri|Smt|Sh|Sushri|Dr|Mr|Mrs|Ms|Prof|Hon|Lt|Col|Gen|Capt|Maj|Brig|Cdr|Adm|Jr|Sr|St|No|Nos|Govt|Dept|Pvt|Co|Inc|vs|viz|i\.e|e\.g|H\.E|M\/s|Rs|Kum|approx|Art|Sec|Fig|Vol|Ref)\.$/u;

/** The first sentence of a text (at least 20 characters), not cut at initials or titles such as `Shri C.`. */
export function sentenceAt(text: string): string {
  for (const match of text.matchAll(/[.!?।](?=\s|$)/gu)) {
    const end = match.index + 1;
    if (end < 20) continue;
    const upto = text.slice(0, end);
    if (match[0] === '.' && ABBREVIATION.test(upto)) continue;
    return upto;
  }
  return text;
}
