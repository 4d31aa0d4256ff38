import type { HighlightColor } from '../../../../shared/domain';

/** A highlighted span of a block's text, by its offsets `[start, end)`. */
export interface SpanMark {
  id: number;
  start: number;
  end: number;
  color: HighlightColor | null;
}

/** A run of a block's text with the spans covering it, outermost first (the innermost, last, is shown). */
export interface Segment {
  text: string;
  start: number;
  end: number;
  marks: SpanMark[];
}

/**
 * Cuts a block's text at every span boundary, so each piece is either plain or covered by the same
 * spans throughout. Spans are clamped to the text; empty ones are ignored; overlaps nest.
 */
export function segmentText(text: string, spans: readonly SpanMark[]): Segment[] {
  const placed = spans
    .map((s) => ({ ...s, start: clamp(s.start, text.length), end: clamp(s.end, text.length) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set([0, text.length]);
  for (const s of placed) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const marks = placed
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => b.end - b.start - (a.end - a.start) || a.id - b.id);
    segments.push({ text: text.slice(start, end), start, end, marks });
  }
  return segments.length > 0 ? segments : [{ text, start: 0, end: text.length, marks: [] }];
}

/** A selection's offsets without the spaces at its edges; null when only spaces were selected. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  return to > from ? { start: from, end: to } : null;
}

function clamp(value: number, max: number): number {
  return Math.max(0, Math.min(value, max));
}
