/**
 * Text analysis for search: lunr's English pipeline (trimmer, stop words, Porter stemmer) and
 * lunr-languages' Hindi stop words (its Hindi stemmer changes nothing), applied word by word so
 * that mixed Hindi–English text works. The same functions analyse articles when they are indexed
 * and queries when they run.
 */
import lunr from 'lunr';

/**
 * lunr-languages' Hindi stop words (lunr.hi.js of lunr-languages 1.22.0, byte for byte: two
 * are spelt with precomposed nukta letters). Its Hindi
 * "stemmer" returns every word unchanged, so the stop words are all of its Hindi analysis that
 * changes a term. They are copied rather than loaded: loading lunr.hi also loads and initialises
 * wordcut, a Thai dictionary segmenter (677 KB of source, its dictionary sorted at start-up), which
 * took 60–240 ms and several MB on the first Devanagari word, and the first such word is analysed in
 * the first background turn after the library opens (the syllabus's Hindi keywords), just when the
 * first search arrives. analyzer.test.ts checks that the copy still agrees with lunr.hi.
 */
export const HINDI_STOP_WORDS =
  'अत अपना अपनी अपने अभी अंदर आदि आप इत्यादि इन इनका इन्हीं इन्हें इन्हों इस इसका इसकी इसके इसमें इसी इसे उन उनका उनकी उनके उनको उन्हीं उन्हें उन्हों उस उसके उसी उसे एक एवं एस ऐसे और कई कर करता करते करना करने करें कहते कहा का काफ़ी कि कितना किन्हें किन्हों किया किर किस किसी किसे की कुछ कुल के को कोई कौन कौनसा गया घर जब जहाँ जा जितना जिन जिन्हें जिन्हों जिस जिसे जीधर जैसा जैसे जो तक तब तरह तिन तिन्हें तिन्हों तिस तिसे तो था थी थे दबारा दिया दुसरा दूसरे दो द्वारा न नके नहीं ना निहायत नीचे ने पर पहले पूरा पे फिर बनी बही बहुत बाद बाला बिलकुल भी भीतर मगर मानो मे में यदि यह यहाँ यही या यिह ये रखें रहा रहे ऱ्वासा लिए लिये लेकिन व वग़ैरह वर्ग वह वहाँ वहीं वाले वुह वे वो सकता सकते सबसे सभी साथ साबुत साभ सारा से सो संग ही हुआ हुई हुए है हैं हो होता होती होते होना होने'.split(
    ' ',
  );

/** lunr's own stop-word filter over the Hindi list, as lunr.hi builds it. */
const hindiStopWordFilter = lunr.generateStopWordFilter(HINDI_STOP_WORDS) as (
  token: lunr.Token,
) => lunr.Token | undefined;

/**
 * Words are split on white space, dashes, slashes and the Devanagari danda. lunr splits only on
 * white space and hyphens, which leaves “India–Central” as one word. lunr.hi's own tokenizer
 * (wordcut, a Thai dictionary segmenter) is not used: it cuts Latin words apart (“kazakhsta|n”),
 * returns untrimmed strings and takes half a millisecond per sentence; Hindi separates its words
 * with spaces, so splitting on spaces is both faster and right.
 */
export const SEPARATOR = /[\s\-\u2010-\u2015\u2212/\\|\u0964\u0965]+/;
const SEPARATOR_GLOBAL = new RegExp(SEPARATOR.source, 'g');

/** Letters and digits kept at the ends of a word: ASCII, Latin accents, Devanagari (not its danda). */
const WORD_CHARS = '\\w\\u00C0-\\u024F\\u0900-\\u0963\\u0966-\\u097F';
// eslint-disable-next-line no-misleading-character-class -- Devanagari vowel signs count one by one here
const TRIM = new RegExp(`^[^${WORD_CHARS}]+|[^${WORD_CHARS}]+$`, 'g');
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const DEVANAGARI = /[\u0900-\u097F]/;
const LATIN = /[a-z]/;

/** Longer words are junk (URLs, base64) and are not indexed. */
export const MAX_TERM_LENGTH = 64;

/** A word of a text with where it is, before analysis. */
export interface Word {
  /** The word's text, lower-cased. */
  text: string;
  start: number;
  end: number;
}

/** Splits a text into lower-cased words with their character offsets. */
export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  SEPARATOR_GLOBAL.lastIndex = 0;
  let start = 0;
  for (;;) {
    const match = SEPARATOR_GLOBAL.exec(text);
    const end = match ? match.index : text.length;
    if (end > start) words.push({ text: text.slice(start, end).toLowerCase(), start, end });
    if (!match) break;
    start = match.index + match[0].length;
  }
  return words;
}

const cache = new Map<string, string | null>();
const CACHE_LIMIT = 200_000;

/**
 * The index term of one lower-cased word, or null for a stop word or a word with no letters or
 * digits: trim, drop a possessive (“Russia’s” → “russia”), drop stop words, stem.
 */
export function termOf(word: string): string | null {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const term = analyse(word);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, term);
  return term;
}

function analyse(word: string): string | null {
  let text = word.normalize('NFC').replace(INVISIBLE, '').replace(TRIM, '');
  text = text.replace(/['’]s?$/, '').replace(TRIM, '');
  if (text === '' || text.length > MAX_TERM_LENGTH) return null;
  let token: lunr.Token | undefined = new lunr.Token(text, {});
  if (DEVANAGARI.test(text)) {
    token = hindiStopWordFilter(token);
  }
  if (token && LATIN.test(text)) {
    token = lunr.stopWordFilter(token) as lunr.Token | undefined;
    if (token) token = lunr.stemmer(token) as lunr.Token;
  } else if (token && !DEVANAGARI.test(text)) {
    token = lunr.stopWordFilter(token) as lunr.Token | undefined;
  }
  const term = token?.toString() ?? '';
  return term === '' ? null : term;
}

/** The index terms of a piece of query text, in order (a query word may hold several words). */
export function termsOfText(text: string): string[] {
  const terms: string[] = [];
  for (const word of splitWords(text)) {
    const term = termOf(word.text);
    if (term !== null) terms.push(term);
  }
  return terms;
}

/**
 * A phrase as index terms with their distance from the phrase's first word, so that stop words
 * inside the phrase (“ministry of external affairs”) keep their place.
 */
export function phraseTerms(text: string): Array<{ term: string; offset: number }> {
  const out: Array<{ term: string; offset: number }> = [];
  splitWords(text).forEach((word, position) => {
    const term = termOf(word.text);
    if (term !== null) out.push({ term, offset: position });
  });
  const first = out[0]?.offset ?? 0;
  return out.map((t) => ({ term: t.term, offset: t.offset - first }));
}

/** Where each term occurs in a field: positions count words from the field's start. */
export interface FieldTerms {
  /** Number of terms in the field after stop words are dropped (lunr's field length). */
  length: number;
  terms: Map<string, number[]>;
}

/** Gap left between two blocks of one field, so a phrase never spans a block boundary. */
export const BLOCK_GAP = 2;

/**
 * Analyses the texts of one field (a block each). At most `maxWords` words are indexed; the rest
 * of a huge field is left out and reported through the return value's `truncated`.
 */
export function analyseField(
  texts: readonly string[],
  maxWords: number,
): FieldTerms & { truncated: boolean } {
  const terms = new Map<string, number[]>();
  let position = 0;
  let length = 0;
  let truncated = false;
  // The words of `splitWords`, without its offsets: the block is lower-cased once and each word is one
  // slice of it, no object per word (a rebuild analyses some 30 million words at 50,000 articles).
  // Lower-casing never makes or removes a separator, so the words are the same.
  outer: for (const block of texts) {
    const text = block.toLowerCase();
    SEPARATOR_GLOBAL.lastIndex = 0;
    let start = 0;
    for (;;) {
      const match = SEPARATOR_GLOBAL.exec(text);
      const end = match ? match.index : text.length;
      if (end > start) {
        if (position >= maxWords) {
          truncated = true;
          break outer;
        }
        const term = termOf(text.slice(start, end));
        if (term !== null) {
          length += 1;
          const positions = terms.get(term);
          if (positions) positions.push(position);
          else terms.set(term, [position]);
        }
        position += 1;
      }
      if (!match) break;
      start = match.index + match[0].length;
    }
    position += BLOCK_GAP;
  }
  return { length, terms, truncated };
}
