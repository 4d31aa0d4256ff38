/**
 * Reads what the user typed: the filters written in the query (`tag:GS-2`, `from:2022-01-01`,
 * `to:…`, `date:2022-01`, `date:this-month`), quoted phrases, and the rest in lunr's own query
 * language (`+must -not field:term term* term~1 term^2`), parsed by lunr's QueryParser.
 */
import lunr from 'lunr';
import { isIsoDay } from '../../../shared/dates';
import { phraseTerms, splitWords, termOf } from './analyzer';
import { FIELDS } from './documents';

export type Presence = 'optional' | 'required' | 'prohibited';

export interface TermClause {
  kind: 'term';
  /** The word as typed (lower-cased), for messages. */
  text: string;
  /** Index terms to look up: analysed words, or the raw pattern of a wildcard. */
  terms: string[];
  wildcard: boolean;
  editDistance: number;
  fields: number[];
  boost: number;
  presence: Presence;
}

export interface PhraseClause {
  kind: 'phrase';
  text: string;
  terms: Array<{ term: string; offset: number }>;
  fields: number[];
  boost: number;
  presence: Exclude<Presence, 'optional'>;
}

export type Clause = TermClause | PhraseClause;

export interface QueryFilter {
  from?: string;
  to?: string;
  undated?: boolean;
  tags: string[];
  notTags: string[];
}

export interface ParsedQuery {
  clauses: Clause[];
  filter: QueryFilter;
  /** Things the user should know about how the query was read. */
  notices: string[];
}

export type ParseOutcome = { ok: true; query: ParsedQuery } | { ok: false; message: string };

/** More clauses than this are left out (a pasted paragraph still answers, quickly). */
export const MAX_CLAUSES = 32;

// A Map, not an object: a field typed as `constructor:` must not find Object's own members.
const FIELD_ALIASES = new Map([
  ['note', 'notes'],
  ['heading', 'headings'],
  ['text', 'body'],
  ['bullet', 'body'],
  ['bullets', 'body'],
  ['paragraph', 'body'],
]);

const ALL_FIELDS = FIELDS.map((_, i) => i);

/** Reads a query; `today` (YYYY-MM-DD) anchors `date:this-month` and the like. */
export function parseQuery(input: string, today: string): ParseOutcome {
  const fail = (detail: string): ParseOutcome => ({ ok: false, message: friendly(input, detail) });
  const filter: QueryFilter = { tags: [], notTags: [] };
  const notices: string[] = [];
  const clauses: Clause[] = [];
  let rest = input.normalize('NFC');

  // Filters written into the query.
  let filterError: string | null = null;
  rest = rest.replace(
    /(^|\s)([+-]?)(tag|from|to|date):(?:"([^"]*)"|(\S*))/gi,
    (_all, lead: string, sign: string, key: string, quoted: string | undefined, bare: string | undefined) => {
      const value = (quoted ?? bare ?? '').trim();
      const name = key.toLowerCase();
      if (value === '') {
        filterError ??= `${name}: must be followed by ${name === 'tag' ? 'a tag, as in tag:GS-2' : 'a date, as in date:2022-01'}`;
        return lead;
      }
      if (name === 'tag') {
        (sign === '-' ? filter.notTags : filter.tags).push(value);
        return lead;
      }
      const range = dateRange(value, today);
      if (!range) {
        filterError ??= `“${value}” is not a date; write ${name}:2022-01-31, ${name}:2022-01 or date:this-month`;
        return lead;
      }
      if (range === 'undated') {
        filter.undated = true;
        return lead;
      }
      if (name === 'from' || name === 'date') filter.from = max(filter.from, range.from);
      if (name === 'to' || name === 'date') filter.to = min(filter.to, range.to);
      return lead;
    },
  );
  if (filterError) return fail(filterError);

  // Quoted phrases, optionally with a field and a sign: -title:"collective security".
  rest = rest.replace(
    /(^|\s)([+-]?)(?:([A-Za-z]+):)?"([^"]*)"/g,
    (_all, lead: string, sign: string, field: string | undefined, text: string) => {
      const terms = phraseTerms(text);
      if (terms.length === 0) return lead;
      const fieldIds = field ? fieldIdsOf(field) : ALL_FIELDS;
      if (!fieldIds) {
        filterError ??= unknownField(field!);
        return lead;
      }
      if (terms.length === 1) {
        // A quoted single word is just that word, required.
        clauses.push(
          termClause(
            text.toLowerCase(),
            [terms[0]!.term],
            fieldIds,
            sign === '-' ? 'prohibited' : 'required',
          ),
        );
        return lead;
      }
      clauses.push({
        kind: 'phrase',
        text,
        terms,
        fields: fieldIds,
        boost: 1,
        presence: sign === '-' ? 'prohibited' : 'required',
      });
      return lead;
    },
  );
  if (filterError) return fail(filterError);
  // A quote left over after the phrases is one that was opened and never closed ("collective security):
  // read as loose words it would find every article with either word, so it is a mistake to name.
  if ((rest.match(/"/g)?.length ?? 0) % 2 === 1) {
    return fail('a quote was opened and not closed; close it, as in "collective security"');
  }
  rest = rest.replace(/"/g, ' ');

  // Field names are case-insensitive and have friendlier aliases.
  rest = rest.replace(/(^|[\s+-])([A-Za-z]+):/g, (_all, lead: string, field: string) => {
    const lower = field.toLowerCase();
    return `${lead}${FIELD_ALIASES.get(lower) ?? lower}:`;
  });

  if (rest.trim() !== '') {
    let parsed: lunr.Query;
    try {
      const query = new lunr.Query([...FIELDS]);
      parsed = new (lunr as unknown as LunrWithParser).QueryParser(rest, query).parse();
    } catch (error) {
      return fail(describeLunrError(error));
    }
    for (const c of parsed.clauses as LunrClause[]) {
      const fields = (c.fields ?? [...FIELDS]).map((f) => FIELDS.indexOf(f as (typeof FIELDS)[number]));
      const presence: Presence = c.presence === 2 ? 'required' : c.presence === 3 ? 'prohibited' : 'optional';
      const text = c.term;
      if (text.includes('*')) {
        const pattern = text.normalize('NFC');
        if (!/[^*]/.test(pattern)) return fail('a * must follow a few letters, as in kazakh*');
        clauses.push({ ...termClause(pattern, [pattern], fields, presence), wildcard: true, boost: c.boost });
        continue;
      }
      const terms = splitWords(text)
        .map((w) => termOf(w.text))
        .filter((t): t is string => t !== null);
      if (terms.length === 0) continue; // a stop word or punctuation: nothing to look up
      clauses.push({
        ...termClause(text, terms, fields, presence),
        editDistance: Math.min(2, c.editDistance ?? 0),
        boost: c.boost,
      });
    }
  }

  if (clauses.length > MAX_CLAUSES) {
    notices.push(`Only the first ${MAX_CLAUSES} words of the search were used.`);
    clauses.length = MAX_CLAUSES;
  }
  return { ok: true, query: { clauses, filter, notices } };
}

function termClause(text: string, terms: string[], fields: number[], presence: Presence): TermClause {
  return { kind: 'term', text, terms, wildcard: false, editDistance: 0, fields, boost: 1, presence };
}

interface LunrClause {
  term: string;
  fields?: string[];
  boost: number;
  editDistance?: number;
  presence?: number;
}

type LunrWithParser = { QueryParser: new (text: string, query: lunr.Query) => { parse(): lunr.Query } };

function fieldIdsOf(field: string): number[] | null {
  const name = FIELD_ALIASES.get(field.toLowerCase()) ?? field.toLowerCase();
  const index = FIELDS.indexOf(name as (typeof FIELDS)[number]);
  return index === -1 ? null : [index];
}

function unknownField(field: string): string {
  return `“${field}” is not a field; use title:, tags:, headings:, body:, note: or source: (and tag:, from:, to:, date: to filter)`;
}

/** The first and last day a date value covers: `2022`, `2022-01`, `2022-01-10`, or a named period. */
export function dateRange(value: string, today: string): { from: string; to: string } | 'undated' | null {
  const v = value.toLowerCase();
  if (v === 'none' || v === 'undated') return 'undated';
  if (/^\d{4}$/.test(v)) return { from: `${v}-01-01`, to: `${v}-12-31` };
  if (/^\d{4}-\d{2}$/.test(v)) {
    const from = `${v}-01`;
    return isIsoDay(from) ? { from, to: lastDayOfMonth(v) } : null;
  }
  if (isIsoDay(v)) return { from: v, to: v };
  const t = new Date(`${today}T00:00:00Z`);
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const shift = (days: number) => iso(new Date(t.getTime() - days * 86_400_000));
  if (v === 'today') return { from: today, to: today };
  if (v === 'yesterday') return { from: shift(1), to: shift(1) };
  if (v === 'this-week') return { from: shift((t.getUTCDay() + 6) % 7), to: today };
  if (v === 'this-month') return { from: `${today.slice(0, 7)}-01`, to: lastDayOfMonth(today.slice(0, 7)) };
  if (v === 'last-month') {
    const m = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() - 1, 1));
    const month = iso(m).slice(0, 7);
    return { from: `${month}-01`, to: lastDayOfMonth(month) };
  }
  if (v === 'this-year') return { from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31` };
  const lastDays = /^last-(\d{1,4})-days?$/.exec(v);
  if (lastDays) return { from: shift(Number(lastDays[1]) - 1), to: today };
  return null;
}

function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, '0')}`;
}

const max = (a: string | undefined, b: string) => (a === undefined || b > a ? b : a);
const min = (a: string | undefined, b: string) => (a === undefined || b < a ? b : a);

/** Every message starts the same way, so callers and tests can tell a query problem at a glance. */
function friendly(query: string, detail: string): string {
  const shown = query.length > 80 ? `${query.slice(0, 80)}…` : query;
  return `Search could not understand “${shown}”: ${detail}. Try plain words, +word to require one, -word to exclude one, "a phrase", or title:word.`;
}

/** lunr's own messages name its tokens; these say what to type instead. */
function describeLunrError(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const field = /unrecognised field '([^']*)'/i.exec(message);
  if (field) return unknownField(field[1]!);
  if (/PRESENCE|found '[+-]'/.test(message)) return 'a + or - must be followed by a word, as in +csto';
  if (/edit distance must be numeric|EDIT_DISTANCE/i.test(message))
    return 'a ~ must follow a word and be followed by 1 or 2, as in kazakhstan~1';
  if (/boost must be numeric|BOOST/i.test(message))
    return 'a ^ must follow a word and be followed by a number, as in csto^2';
  if (/found nothing|expecting term|expected either a field or a term/i.test(message)) {
    return 'a field such as title: must be followed by a word';
  }
  return 'it is not a query Bulletin can read';
}
