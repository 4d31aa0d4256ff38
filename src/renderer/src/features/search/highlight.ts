export interface Segment {
  text: string;
  marked: boolean;
}

/**
 * Cuts `text` into plain and marked pieces along `[start, end)` ranges. Ranges may come unsorted,
 * overlapping or out of bounds; the pieces always join back into `text`.
 */
export function splitHighlights(text: string, ranges: ReadonlyArray<readonly [number, number]>): Segment[] {
  const clean = ranges
    .map(([start, end]) => [Math.max(0, start), Math.min(text.length, end)] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);

  const segments: Segment[] = [];
  let position = 0;
  for (const [start, end] of clean) {
    if (end <= position) continue; // inside a range already marked
    const from = Math.max(start, position);
    if (from > position) segments.push({ text: text.slice(position, from), marked: false });
    const last = segments[segments.length - 1];
    // Touching ranges become one mark.
    if (from === position && last?.marked) last.text += text.slice(from, end);
    else segments.push({ text: text.slice(from, end), marked: true });
    position = end;
  }
  if (position < text.length) segments.push({ text: text.slice(position), marked: false });
  return segments;
}
