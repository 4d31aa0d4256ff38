/**
 * A table block's text as rows of cells. Importers write one row a line with cells separated by
 * tabs or `|`; text that is not laid out that way comes back as one cell a row.
 */
export function parseTableText(text: string): string[][] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const separator = lines.some((line) => line.includes('\t'))
    ? '\t'
    : lines.some((line) => line.includes('|'))
      ? '|'
      : null;
  return lines
    .filter((line) => separator !== '|' || !/^\s*\|?[\s:|-]+\|?\s*$/.test(line)) // Markdown's |---|---| rule
    .map((line) => {
      if (separator === null) return [line.trim()];
      let cells = line.split(separator).map((cell) => cell.trim());
      if (separator === '|') {
        if (cells[0] === '') cells = cells.slice(1);
        if (cells[cells.length - 1] === '') cells = cells.slice(0, -1);
      }
      return cells;
    });
}
