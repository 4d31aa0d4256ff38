import { tableRows } from '../../../../shared/table-rows';

/**
 * A table block's text as rows of cells. Importers write one row a line with cells separated by
 * ` | ` (tabs or Markdown pipes elsewhere); text that is not laid out that way comes back as one cell a row.
 */
export function parseTableText(text: string): string[][] {
  return tableRows(text).map((row) => row.cells.map((cell) => cell.text));
}
