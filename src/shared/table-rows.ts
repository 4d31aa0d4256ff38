/**
 * The rows of a table block, by their place in its text. A table is one block whose `text` is its
 * canonical form: one row a line, cells joined by ` | ` (tabs or Markdown pipes in older or corrected
 * text). A row is addressed by its line: `index` is the line number (0 is the header), `start`/`end`
 * are the line's UTF-16 offsets in the block's text, so a note on a row is a span over exactly that
 * line, stored and re-anchored like any highlight. Pure TypeScript, shared by the core and the reader.
 */

export interface TableCell {
  text: string;
  /** The cell's offsets `[start, end)` in the block's text. */
  start: number;
  end: number;
}

export interface TableRow {
  /** The line of the block's text the row is on (0 = the first line, the header). */
  index: number;
  /** The whole line: what a note on the row quotes. */
  text: string;
  start: number;
  end: number;
  cells: TableCell[];
}

/** Markdown's `|---|:---:|` rule under a header. */
const RULE = /^\s*\|?[\s:|-]+\|?\s*$/;

/** Each line of `text` with its offsets. */
function lines(text: string): Array<{ index: number; text: string; start: number; end: number }> {
  const out: Array<{ index: number; text: string; start: number; end: number }> = [];
  let start = 0;
  let index = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    // A CR before the LF is not part of the row.
    const contentEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    out.push({ index, text: text.slice(start, contentEnd), start, end: contentEnd });
    if (newline < 0) return out;
    start = newline + 1;
    index++;
  }
}

/**
 * The rows of a table block's text, skipping blank lines and a Markdown rule. Cells come from
 * `rows` (the importer's cells) when they make up the line exactly, else from splitting the line on
 * tabs or `|`; each cell's offsets are those of its trimmed text.
 */
export function tableRows(text: string, rows?: readonly (readonly string[])[]): TableRow[] {
  const all = lines(text);
  const separator = all.some((l) => l.text.includes('\t'))
    ? '\t'
    : all.some((l) => l.text.includes('|'))
      ? '|'
      : null;
  const out: TableRow[] = [];
  for (const line of all) {
    if (line.text.trim() === '' || (separator === '|' && RULE.test(line.text))) continue;
    const known = rows?.[line.index];
    const cells =
      known && known.join(' | ') === line.text
        ? cellsFrom(known, line.start)
        : splitCells(line.text, line.start, separator);
    out.push({ ...line, cells });
  }
  return out;
}

function cellsFrom(cells: readonly string[], at: number): TableCell[] {
  const out: TableCell[] = [];
  let start = at;
  for (const cell of cells) {
    out.push({ text: cell, start, end: start + cell.length });
    start += cell.length + 3;
  }
  return out;
}

function splitCells(line: string, at: number, separator: '\t' | '|' | null): TableCell[] {
  const pieces: Array<{ from: number; to: number }> = [];
  if (separator === null) pieces.push({ from: 0, to: line.length });
  else {
    let from = 0;
    for (;;) {
      const next = line.indexOf(separator, from);
      pieces.push({ from, to: next < 0 ? line.length : next });
      if (next < 0) break;
      from = next + 1;
    }
  }
  const cells = pieces.map(({ from, to }) => {
    let start = from;
    let end = to;
    while (start < end && /\s/.test(line[start]!)) start++;
    while (end > start && /\s/.test(line[end - 1]!)) end--;
    return { text: line.slice(start, end), start: at + start, end: at + end };
  });
  // `| a | b |`: the empty pieces outside the outer pipes are not cells.
  if (separator === '|') {
    if (cells.length > 1 && cells[0]!.text === '' && /^\s*\|/.test(line)) cells.shift();
    if (cells.length > 1 && cells.at(-1)!.text === '' && /\|\s*$/.test(line)) cells.pop();
  }
  return cells;
}

/**
 * The row a span covers whole, by its line number; null when `[start, end)` is not exactly one
 * non-empty line of the text (words inside a row, or several rows).
 */
export function rowOfSpan(text: string, start: number, end: number): number | null {
  if (!(start >= 0 && end > start && end <= text.length)) return null;
  if (start > 0 && text[start - 1] !== '\n') return null;
  if (end < text.length && text[end] !== '\n' && !(text[end] === '\r' && text[end + 1] === '\n')) return null;
  const quote = text.slice(start, end);
  if (quote.includes('\n') || quote.trim() === '') return null;
  let row = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < start; at = text.indexOf('\n', at + 1)) row++;
  return row;
}

/**
 * Whether a span's selectors describe a whole line, from the selectors alone (for a note whose block
 * is gone): no line break inside, and a line break or the text's edge on each side.
 */
export function isLineSelector(s: { quote: string; prefix: string; suffix: string }): boolean {
  return (
    s.quote.trim() !== '' &&
    !s.quote.includes('\n') &&
    (s.prefix === '' || s.prefix.endsWith('\n')) &&
    (s.suffix === '' || s.suffix.startsWith('\n') || s.suffix.startsWith('\r\n'))
  );
}

/** A row's cells for a label or a review card: `State | Capital`. */
export function rowLabel(row: Pick<TableRow, 'cells' | 'text'>): string {
  return row.cells.length > 0 ? row.cells.map((c) => c.text).join(' | ') : row.text.trim();
}

/**
 * Whether a note is on a whole table row: `row` says so for a placed note; for an orphan (its table
 * gone) a span over a whole line whose words are cells (` | ` or a tab between them) was one.
 */
export function isRowNote(note: {
  kind?: string;
  row?: number | null;
  quote: string;
  prefix?: string;
  suffix?: string;
}): boolean {
  if (note.row !== null && note.row !== undefined) return true;
  if (note.kind !== 'span') return false;
  const selector = { quote: note.quote, prefix: note.prefix ?? '', suffix: note.suffix ?? '' };
  return isLineSelector(selector) && /\t| \| /.test(note.quote);
}
