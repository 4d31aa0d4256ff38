/**
 * The mapping dialog's view of a data dump: its fields with a sample value each, the fields
 * recognised by name, and the first records as they would import with a given field map.
 */
import type { DumpPreview } from '../../../shared/domain';
import { decodeDocument, type DecodeLimits } from './decode';
import { dateFromFileName } from './dates';
import {
  dumpFieldNames,
  fieldFor,
  readDumpRecords,
  readRecord,
  recognisedFields,
  suggestFieldMap,
  type Labelled,
} from './dump';
import { DEFAULT_LIMITS, extensionOf } from './index';
import type { FieldMap } from './model';
import { ImportError } from '../errors';

/** Records shown in the preview. */
export const PREVIEW_RECORDS = 3;
const SAMPLE_CHARS = 120;
const FIRST_LINE_CHARS = 160;
const DUMP_EXTENSIONS = new Set(['json', 'jsonl', 'ndjson', 'csv']);

/**
 * Reads a dump's bytes and shows what importing it with `map` would give; without a map, with the
 * recognised fields and guesses for the others (what the dialog offers first). Throws ImportError
 * with a sentence when the file is not a dump or cannot be read at all.
 */
export function previewDump(
  name: string,
  bytes: Uint8Array,
  map?: FieldMap,
  limits: DecodeLimits = DEFAULT_LIMITS,
): DumpPreview {
  if (!DUMP_EXTENSIONS.has(extensionOf(name)))
    throw new ImportError('unsupported', `${name} is not a data dump (.json, .jsonl, .ndjson or .csv).`);
  const text = decodeDocument(name, bytes, limits);
  if (text.trim() === '') throw new ImportError('empty', `${name} holds only blank space.`);
  const { records } = readDumpRecords({ name, text });
  const fieldNames = dumpFieldNames(records);
  const shown = map ?? suggestFieldMap(records, fieldNames);
  const fields = fieldNames.map((field) => ({ name: field, sample: sampleOf(records, field) }));
  const body = fieldFor(fieldNames, shown, 'body');
  const fileDate = dateFromFileName(name);
  const articles: DumpPreview['articles'] = body
    ? records.slice(0, PREVIEW_RECORDS).map(({ record, label }) => {
        const outcome = readRecord(record, label, shown, fileDate, []);
        const article = outcome.articles[0];
        if (!article)
          return {
            label,
            title: '',
            date: null,
            dateText: null,
            tags: [],
            firstLine: '',
            skipped: outcome.skipped[0]?.reason ?? `${label} has no article text`,
          };
        return {
          label,
          title: article.title,
          date: article.date,
          dateText: article.dateText,
          tags: article.tags,
          firstLine: clip(article.blocks[0]?.text ?? '', FIRST_LINE_CHARS),
          skipped: null,
        };
      })
    : [];
  return {
    fields,
    map: shown,
    recognised: recognisedFields(fieldNames),
    records: records.length,
    articles,
    problem: body ? null : 'Choose the field that holds each article’s text (Body).',
  };
}

/** The field set a remembered mapping is kept for: the dump's field names. */
export function dumpFieldsOf(
  name: string,
  bytes: Uint8Array,
  limits: DecodeLimits = DEFAULT_LIMITS,
): string[] {
  const text = decodeDocument(name, bytes, limits);
  return dumpFieldNames(readDumpRecords({ name, text }).records);
}

/** A field's value in the first record that has one, as one short line of text. */
function sampleOf(records: readonly Labelled[], field: string): string {
  for (const { record } of records.slice(0, 50)) {
    const text = sampleText(record[field]);
    if (text) return clip(text, SAMPLE_CHARS);
  }
  return '';
}

function sampleText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string')
    return value
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(sampleText).filter(Boolean).join(', ');
  return '{…}';
}

function clip(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}
