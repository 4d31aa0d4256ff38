import { articleLooksCutOff, cutOffWarning } from './cut-off';
import { ImportError, UnmappedFieldsError } from '../errors';
import { dateFromFileName, dateFromUrl, parseMachineDate } from './dates';
import { finishArticle, type ArticleDraft } from './finish';
import { readHtml } from './html';
import { datelineIn } from './release';
import { isNavigationTitle } from './junk';
import { papaparse } from './lazy';
import type { FieldMap, ParseOutcome, ParsedArticle, SkippedRecord, SourceDocument } from './model';
import { cleanInline } from './normalize';
import { safeHttpUrl } from './page-meta';
import { splitTags, uniqueTags } from './tags';
import { textBlocks } from './text';

type Record_ = Record<string, unknown>;

/** Field names we recognise, most telling first (compared without case, `_` or `-`). */
const FIELDS: Record<keyof FieldMap, string[]> = {
  title: ['title', 'headline', 'heading', 'name', 'subject'],
  date: [
    'date',
    'datepublished',
    'published',
    'publishedat',
    'publisheddate',
    'pubdate',
    'publishdate',
    'created',
    'createdat',
    'time',
    'timestamp',
  ],
  tags: [
    'tags',
    'tag',
    'categories',
    'category',
    'keywords',
    'labels',
    'label',
    'section',
    'topics',
    'topic',
  ],
  body: [
    'fulltext',
    'content',
    'body',
    'html',
    'bodyhtml',
    'contenthtml',
    'text',
    'article',
    'articlebody',
    'english',
    'description',
    'summary',
  ],
  url: ['url', 'link', 'sourceurl', 'articleurl', 'permalink', 'href', 'canonical', 'canonicalurl'],
  source: ['source', 'site', 'sitename', 'publisher'],
};

/** Other-language bodies stored beside the main one (PIB's `{"english": …, "hindi": …}`): each is its own article. */
const EXTRA_LANGUAGE_BODIES = ['hindi', 'hi', 'bodyhindi', 'contenthindi'];

const MAX_RECORDS = 100_000;

/** Reads a data dump (JSON array or object holding one, JSON Lines, CSV): one article per record. */
export function parseDump(doc: SourceDocument): ParseOutcome {
  const { records, skipped } = readDumpRecords(doc);
  const map = doc.map ?? {};
  requireBodyField(doc.name, records, map);
  const fileDate = dateFromFileName(doc.name);
  const articles: ParsedArticle[] = [];
  const warnings: string[] = [];
  for (const { record, label } of records) {
    const outcome = readRecord(record, label, map, fileDate, warnings);
    for (const article of outcome.articles) articles.push({ ...article, record: label });
    skipped.push(...outcome.skipped);
  }
  for (const article of articles) {
    if (articleLooksCutOff(article.blocks)) warnings.push(cutOffWarning(doc.name, article.title));
  }
  return { articles, skipped, warnings: [...new Set(warnings)] };
}

/**
 * A dump's records, each with the label reports use (`record 3`, `line 4`, `row 5`), and the lines or
 * rows that could not be read. Throws when the file holds no records at all, or too many.
 */
export function readDumpRecords(doc: SourceDocument): { records: Labelled[]; skipped: SkippedRecord[] } {
  const skipped: SkippedRecord[] = [];
  const records = readRecords(doc, skipped);
  if (records.length > MAX_RECORDS) {
    throw new ImportError(
      'too-large',
      `${doc.name} holds ${records.length.toLocaleString('en')} records; the limit is ${MAX_RECORDS.toLocaleString('en')} per file.`,
    );
  }
  if (records.length === 0) throw new ImportError('no-content', `${doc.name} holds no article records.`);
  return { records, skipped };
}

/** One record's articles, or why it was left out: a bad record never fails its file. */
export function readRecord(
  record: Record_,
  label: string,
  map: FieldMap,
  fileDate: string | null,
  warnings: string[],
): { articles: ParsedArticle[]; skipped: SkippedRecord[] } {
  const articles: ParsedArticle[] = [];
  const skipped: SkippedRecord[] = [];
  try {
    const read = recordArticles(record, map, fileDate, warnings);
    if (read.length === 0) skipped.push({ title: label, reason: `${label} has no article text` });
    for (const article of read) {
      if (isNavigationTitle(article.title))
        skipped.push({
          title: article.title,
          reason: `“${article.title}” is a site navigation page, not an article`,
        });
      else if (article.blocks.length === 0)
        skipped.push({ title: article.title, reason: `“${article.title}” has no article text` });
      else articles.push(article);
    }
  } catch (error) {
    if (error instanceof ImportError) skipped.push({ title: label, reason: `${label}: ${error.message}` });
    else skipped.push({ title: label, reason: `${label} could not be read (${(error as Error).message})` });
  }
  return { articles, skipped };
}

// ---- fields: which ones a dump has, which we recognise, and guesses for the others ----

/** The roles a dump's fields can play, in the order the mapping dialog and messages name them. */
export const FIELD_ROLES = ['title', 'body', 'date', 'tags', 'url', 'source'] as const;

/** Records looked at to list a dump's fields and to guess their roles. */
const FIELD_SCAN = 200;
const MAX_FIELDS = 100;

/** A dump's field names, in the order they first appear (CSV: the header's order). */
export function dumpFieldNames(records: readonly Labelled[]): string[] {
  const names = new Set<string>();
  for (const { record } of records.slice(0, FIELD_SCAN))
    for (const key of Object.keys(record)) {
      if (names.size >= MAX_FIELDS) return [...names];
      if (key.trim() !== '' && key !== '__parsed_extra') names.add(key);
    }
  return [...names];
}

/** The field a role reads with this map: the mapped one, else the first recognised name present. */
export function fieldFor(fields: readonly string[], map: FieldMap, role: keyof FieldMap): string | null {
  const mapped = map[role];
  if (mapped !== undefined) {
    if (mapped === '') return null;
    return fields.includes(mapped) ? mapped : (fields.find((f) => normKey(f) === normKey(mapped)) ?? null);
  }
  const byKey = new Map(fields.map((f) => [normKey(f), f]));
  for (const name of FIELDS[role]) {
    const found = byKey.get(name);
    if (found !== undefined) return found;
  }
  return null;
}

/** The fields recognised by name, role by role (no guessing). */
export function recognisedFields(fields: readonly string[]): FieldMap {
  const map: FieldMap = {};
  for (const role of FIELD_ROLES) {
    const found = fieldFor(fields, {}, role);
    if (found !== null) map[role] = found;
  }
  return map;
}

/**
 * A full map for a dump: the recognised fields, then guesses from the values for roles no name gave
 * (the longest text is the body; a short text of several words the title; dates and web addresses
 * by their shape). Only a suggestion: the user confirms it in the mapping dialog.
 */
export function suggestFieldMap(records: readonly Labelled[], fields: readonly string[]): FieldMap {
  const map = recognisedFields(fields);
  const used = new Set(Object.values(map));
  const stats = fields
    .filter((f) => !used.has(f))
    .map((field) => {
      const values = records
        .slice(0, FIELD_SCAN)
        .map(({ record }) => asText(record[field]))
        .filter((v): v is string => v !== null && v.trim() !== '');
      const share = (test: (v: string) => boolean) =>
        values.length === 0 ? 0 : values.filter(test).length / values.length;
      return {
        field,
        count: values.length,
        length: values.length === 0 ? 0 : values.reduce((sum, v) => sum + v.length, 0) / values.length,
        dates: share((v) => parseMachineDate(v) !== null),
        urls: share((v) => /^https?:\/\/\S+$/i.test(v.trim())),
        words: share((v) => /\S\s+\S/.test(v.trim())),
      };
    })
    .filter((s) => s.count > 0);
  const take = (role: keyof FieldMap, pickOne: (s: (typeof stats)[number]) => boolean, longest = false) => {
    if (map[role] !== undefined) return;
    const candidates = stats.filter((s) => !used.has(s.field) && pickOne(s));
    if (longest) candidates.sort((a, b) => b.length - a.length);
    const chosen = candidates[0];
    if (!chosen) return;
    map[role] = chosen.field;
    used.add(chosen.field);
  };
  take('url', (s) => s.urls >= 0.8);
  take('date', (s) => s.dates >= 0.8);
  take('body', (s) => s.length >= 40 && s.words >= 0.5, true);
  take('title', (s) => s.length >= 4 && s.length <= 250 && s.words >= 0.5 && s.dates < 0.5);
  return map;
}

/** True when some record has the field a role reads (for the body: one of the language bodies too). */
function hasField(records: readonly Labelled[], map: FieldMap, role: keyof FieldMap): boolean {
  const fields = dumpFieldNames(records);
  if (fieldFor(fields, map, role) !== null) return true;
  if (role !== 'body' || map.body !== undefined) return false;
  const keys = new Set(fields.map(normKey));
  return EXTRA_LANGUAGE_BODIES.some((name) => keys.has(name));
}

/** The most fields a message lists by name. */
const LISTED_FIELDS = 20;

/**
 * Refuses a dump none of whose fields holds article text by a name we know (or by the map given):
 * the message lists the file's fields and how to map them, and the error carries them for the app's
 * mapping dialog.
 */
function requireBodyField(name: string, records: readonly Labelled[], map: FieldMap): void {
  if (hasField(records, map, 'body')) return;
  const fields = dumpFieldNames(records);
  const listed =
    fields.length > LISTED_FIELDS
      ? `${fields.slice(0, LISTED_FIELDS).join(', ')} and ${fields.length - LISTED_FIELDS} more`
      : fields.join(', ');
  if (fields.length === 0)
    throw new UnmappedFieldsError(`${name}: its records have no named fields to read articles from.`, []);
  const guess = suggestFieldMap(records, fields);
  const hasTitle = hasField(records, map, 'title');
  const suggestion = hasTitle
    ? `body=${guess.body ?? 'FIELD'}`
    : `title=${guess.title ?? 'FIELD'},body=${guess.body ?? 'FIELD'}`;
  const quoted = /[\s"'$`\\;&|<>()]/.test(suggestion)
    ? `"${suggestion.replace(/(["$`\\])/g, '\\$1')}"`
    : suggestion;
  const what =
    map.body !== undefined && map.body !== ''
      ? `the body field “${map.body}” is not in the file`
      : hasTitle
        ? 'no body field recognised'
        : 'no title or body field recognised';
  throw new UnmappedFieldsError(
    `${name}: ${what}; fields are: ${listed} — map ${hasTitle ? 'it' : 'them'} with --map ${quoted}`,
    fields,
  );
}

export interface Labelled {
  record: Record_;
  label: string;
}

function readRecords(doc: SourceDocument, skipped: SkippedRecord[]): Labelled[] {
  const ext = doc.name.slice(doc.name.lastIndexOf('.') + 1).toLowerCase();
  if (ext === 'csv') return readCsv(doc, skipped);
  if (ext === 'jsonl' || ext === 'ndjson') return readJsonLines(doc, skipped);
  let data: unknown;
  try {
    data = JSON.parse(doc.text);
  } catch (error) {
    // A .json file that is really JSON Lines.
    if (/^\s*\{[^\n]*\}\s*\n\s*\{/.test(doc.text.slice(0, 1_000_000))) return readJsonLines(doc, skipped);
    throw new ImportError('unreadable', `${doc.name} is not valid JSON (${(error as Error).message}).`);
  }
  return findRecords(data).map((record, i) => ({ record, label: `record ${i + 1}` }));
}

function readJsonLines(doc: SourceDocument, skipped: SkippedRecord[]): Labelled[] {
  const records: Labelled[] = [];
  doc.text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const value = JSON.parse(line) as unknown;
      if (value && typeof value === 'object' && !Array.isArray(value))
        records.push({ record: value as Record_, label: `line ${i + 1}` });
      else skipped.push({ title: `line ${i + 1}`, reason: `line ${i + 1} is not a JSON object` });
    } catch {
      skipped.push({ title: `line ${i + 1}`, reason: `line ${i + 1} is not valid JSON` });
    }
  });
  return records;
}

function readCsv(doc: SourceDocument, skipped: SkippedRecord[]): Labelled[] {
  const result = papaparse().parse<Record_>(doc.text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
  });
  const badRows = new Set<number>();
  for (const error of result.errors) {
    if (error.row === undefined) continue;
    badRows.add(error.row);
    skipped.push({ title: `row ${error.row + 2}`, reason: `row ${error.row + 2}: ${error.message}` });
  }
  return result.data.flatMap((record, i) => (badRows.has(i) ? [] : [{ record, label: `row ${i + 2}` }]));
}

/** The records of a JSON document: an array of objects, one object, or the largest array of objects inside one. */
function findRecords(data: unknown): Record_[] {
  const isRecord = (v: unknown): v is Record_ => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (Array.isArray(data)) return data.filter(isRecord);
  if (!isRecord(data)) return [];
  if (typeof pick(data, FIELDS.body) === 'string') return [data];
  let best: Record_[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 3) return;
    if (Array.isArray(value)) {
      const objects = value.filter(isRecord);
      if (objects.length > best.length) best = objects;
      return;
    }
    if (isRecord(value)) for (const child of Object.values(value)) visit(child, depth + 1);
  };
  visit(data, 0);
  return best;
}

function normKey(key: string): string {
  return key.toLowerCase().replace(/[\s_-]/g, '');
}

/** The value of the first field present, by recognised names. */
function pick(record: Record_, names: string[]): unknown {
  const keys = new Map(Object.keys(record).map((k) => [normKey(k), k]));
  for (const name of names) {
    const key = keys.get(name);
    if (key !== undefined && record[key] !== null && record[key] !== undefined && record[key] !== '')
      return record[key];
  }
  return undefined;
}

function field(record: Record_, map: FieldMap, name: keyof FieldMap): unknown {
  const mapped = map[name];
  if (mapped !== undefined) return record[mapped] ?? pick(record, [normKey(mapped)]);
  return pick(record, FIELDS[name]);
}

function asText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return null;
}

function asTags(value: unknown): string[] {
  if (Array.isArray(value)) return uniqueTags(value.map(asText).filter((t): t is string => t !== null));
  const text = asText(value);
  return text ? splitTags(text) : [];
}

const LOOKS_HTML =
  /<(?:p|div|h[1-6]|ul|ol|li|br|table|span|strong|b|em|a|article|section|blockquote)\b[^>]*>/i;

/**
 * The article(s) of one record. An HTML body is read like a saved page; when a site rule recognises it,
 * the title, tags and link inside the body win over the record's own fields (project-ias Drishti JSON
 * carries the previous article's title and tags beside each body).
 */
function recordArticles(
  record: Record_,
  map: FieldMap,
  fileDate: string | null,
  warnings: string[],
): ParsedArticle[] {
  const title = cleanInline(asText(field(record, map, 'title')) ?? '');
  const rawDate = asText(field(record, map, 'date'));
  const url = safeHttpUrl(asText(field(record, map, 'url')));
  const tags = asTags(field(record, map, 'tags'));
  const source = cleanInline(asText(field(record, map, 'source')) ?? '') || null;
  const recordDate = rawDate ? parseMachineDate(rawDate) : null;
  // A release's dateline kept in a field of its own (`postedOn: "14 AUG 2026 7:33PM"`) is its day.
  const dateline = fieldDateline(record);
  // A date in the article's URL is its publication day; a dump's own date may be when it was scraped.
  const urlDate = url ? dateFromUrl(url) : null;

  const bodies: string[] = [];
  const main = asText(field(record, map, 'body'));
  if (main) bodies.push(main);
  if (map.body === undefined) {
    const extra = asText(pick(record, EXTRA_LANGUAGE_BODIES));
    if (extra && extra !== main) bodies.push(extra);
  }

  return bodies.map((body, index) => {
    const base: ArticleDraft = {
      title: index === 0 ? title || null : null,
      date: dateline?.date ?? urlDate ?? recordDate,
      dateText: dateline ? dateline.text : rawDate ? rawDate.slice(0, 100) : null,
      dateSource: dateline ? 'dateline' : urlDate ? 'url' : 'field',
      sentenceDate: true,
      tags,
      source: source && !/^https?:/i.test(source) ? source : null,
      url: index === 0 ? url : null,
      blocks: [],
      fallbackDate: fileDate,
    };
    if (!LOOKS_HTML.test(body.slice(0, 20_000))) {
      return finishArticle({ ...base, blocks: dropLeadRepeats(textBlocks(body), title, tags) });
    }
    const read = readHtml('record.html', body);
    warnings.push(...read.warnings);
    const draft = read.drafts[0]!;
    const merged: ArticleDraft = read.bySiteRule
      ? {
          ...base,
          title: draft.title || base.title,
          tags: draft.tags && draft.tags.length > 0 ? draft.tags : base.tags,
          url: draft.url ?? base.url,
          ...(draft.date && base.dateSource !== 'dateline'
            ? { date: draft.date, dateText: draft.dateText, dateSource: draft.dateSource }
            : {}),
          source: base.source ?? draft.source,
          blocks: draft.blocks,
        }
      : {
          ...base,
          ...(base.date ? {} : { date: draft.date ?? null, dateSource: draft.dateSource }),
          blocks: dropLeadRepeats(draft.blocks, title, tags),
        };
    return finishArticle(merged);
  });
}

/**
 * PIB bodies open with the ministry's name, the title repeated, or the title glued to its subtitle
 * (`…in New Delhi (5–6 May 2026) Union Health Secretary…`): the repeats go, a subtitle stays as the first
 * paragraph.
 */
function dropLeadRepeats<T extends { text: string }>(blocks: T[], title: string, tags: string[]): T[] {
  const titleKey = letters(title);
  const prefixes = [...tags.map(letters), titleKey.length > 10 ? titleKey : ''].filter(Boolean);
  const out = [...blocks];
  let start = 0;
  for (let guard = 0; guard < 6 && start < Math.min(out.length, 3); guard++) {
    const block = out[start]!;
    const key = letters(block.text);
    if (!key) break;
    const prefix = prefixes.find((p) => key.startsWith(p));
    if (prefix === undefined) break;
    const rest = afterLetters(block.text, prefix.length);
    if (letters(rest) === '') start++;
    // `Cabinet approves the scheme which …`: a sentence that merely starts with the title's words.
    else if (/^\p{Ll}/u.test(rest)) break;
    else out[start] = { ...block, text: rest };
  }
  return out.slice(start);
}

/** A release's dateline in one of the record's short string fields. */
function fieldDateline(record: Record_): { date: string; text: string } | null {
  for (const value of Object.values(record)) {
    if (typeof value !== 'string' || value.length > 120) continue;
    const found = datelineIn(value);
    if (found) return found;
  }
  return null;
}

function letters(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** What follows the first `count` letters and digits of `text`, without the punctuation between. */
function afterLetters(text: string, count: number): string {
  let seen = 0;
  let i = 0;
  for (const ch of text) {
    if (seen >= count) break;
    if (/[\p{L}\p{N}]/u.test(ch)) seen += ch.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '').length;
    i += ch.length;
  }
  return text
    .slice(i)
    .replace(/^[\s.,:;|–—-]+/u, '')
    .trim();
}
