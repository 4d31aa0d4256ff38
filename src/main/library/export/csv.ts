import Papa from 'papaparse';
import { streamOf, type Compilation, type CompilationStream, type CompiledArticle } from './compilation';
import { gathered, type TextOut } from './text-out';

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
  let rows = 0;
  const text = gathered((out) => {
    rows = writeCsv(streamOf(c), out);
  });
  return { text, rows };
}

const UNPARSE = { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false } as const;

/** Rows made into CSV text at once: one call of Papaparse per article cost a fifth more time. */
const ROWS_AT_ONCE = 1_000;

/** Writes the CSV of `compilationToCsv` article by article; returns the number of rows. */
export function writeCsv(c: CompilationStream, out: TextOut): number {
  out(`\ufeff${Papa.unparse([[...CSV_COLUMNS]], UNPARSE)}`);
  let count = 0;
  let rows: string[][] = [];
  const flush = (): void => {
    if (rows.length === 0) return;
    out(`\r\n${Papa.unparse(rows, UNPARSE)}`);
    count += rows.length;
    rows = [];
  };
  for (const a of c.articles) {
    rows.push(...articleRows(a, c.colorNames));
    if (rows.length >= ROWS_AT_ONCE) flush();
  }
  flush();
  // With no rows Papaparse ends the header with a line break of its own, as it always did here.
  out(count === 0 ? '\r\n\r\n' : '\r\n');
  return count;
}

function articleRows(a: CompiledArticle, colorNames: CompilationStream['colorNames']): string[][] {
  const rows: string[][] = [];
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
        n.color ? colorNames[n.color] : '',
      ]);
    }
  }
  return rows;
}
