import Papa from 'papaparse';
import type { Compilation } from './compilation';

/** The columns of the annotations CSV, in order. */
export const CSV_COLUMNS = [
  'note_id',
  'article_id',
  'article_title',
  'article_date',
  'article_tags',
  'colour',
  'text',
  'note',
  'created_at',
  'updated_at',
  'guid',
  /** What the user calls the colour (study settings), e.g. "PYQ link"; `colour` keeps the key. */
  'colour_name',
] as const;

/**
 * A cell a spreadsheet would run as a formula: judged on its first character alone. Papaparse's own
 * pattern (`/^[=+\-@\t\r].*$/`) has no `s` flag, so a cell of several lines escaped it.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Every note in the compilation as a CSV row for spreadsheets. Starts with a UTF-8 byte-order mark so that
 * Excel reads Hindi correctly; cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, …) are
 * prefixed with `'` (OWASP's advice against CSV injection).
 */
export function compilationToCsv(c: Compilation): { text: string; rows: number } {
  const rows: string[][] = [];
  for (const a of c.articles) {
    for (const item of a.items) {
      for (const n of item.annotations) {
        rows.push([
          String(n.id),
          String(a.id),
          a.title,
          a.date ?? '',
          a.tags.join('; '),
          n.color ?? '',
          item.text,
          n.note,
          n.createdAt,
          n.updatedAt,
          item.guid,
          n.color ? c.colorNames[n.color] : '',
        ]);
      }
    }
  }
  const text = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows },
    { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false },
  );
  return { text: `\ufeff${text}\r\n`, rows: rows.length };
}
