import { useT } from '../../i18n';
import { memoFormat, memoText } from '../../components/memo-text';
import { Fragment, useMemo } from 'react';
import type { Annotation } from '../../../../shared/domain';
import { useColorName } from '../settings/study-settings';
import { segmentText } from './segments';
import { splitHighlights } from '../search/highlight';

interface Props {
  text: string;
  spans: readonly Annotation[];
  onSpan: (annotationId: number) => void;
  /** Where the search the article was opened from matches, as `[start, end)` offsets. */
  hits?: ReadonlyArray<readonly [number, number]>;
}

/** A piece of text with the search's hits inside it in `<mark data-testid="search-hit">`. */
function withHits(text: string, start: number, hits: ReadonlyArray<readonly [number, number]> | undefined) {
  if (!hits || hits.length === 0) return text;
  const local = hits.map(([from, to]) => [from - start, to - start] as const);
  return splitHighlights(text, local).map((piece, index) =>
    piece.marked ? (
      <mark key={index} className="search-hit" data-testid="search-hit">
        {piece.text}
      </mark>
    ) : (
      <Fragment key={index}>{piece.text}</Fragment>
    ),
  );
}

/** A block's text as React text, its highlighted spans as `<mark>`s; clicking one opens its note. */
export function BlockText({ text, spans, onSpan, hits }: Props) {
  const colorName = useColorName();
  const { t } = useT();
  const segments = useMemo(
    () =>
      segmentText(
        text,
        spans.map((s) => ({ id: s.id, start: s.start ?? 0, end: s.end ?? 0, color: s.color })),
      ),
    [text, spans],
  );
  // Made once per language: an article's first screen draws a hundred highlights or more.
  const spanLabel = memoFormat(t, 'reader.span', ['kind', 'text'], (values) => t('reader.span', values));
  return segments.map((segment) => {
    const top = segment.marks.at(-1);
    if (!top) return <Fragment key={segment.start}>{withHits(segment.text, segment.start, hits)}</Fragment>;
    const nested = segment.marks.length > 1 ? ' span-mark--nested' : '';
    return (
      <mark
        key={segment.start}
        className={`span-mark${top.color ? ` color--${top.color}` : ''}${nested}`}
        data-testid="span-mark"
        data-annotation-id={top.id}
        data-color={top.color ?? undefined}
        role="button"
        tabIndex={0}
        aria-label={spanLabel({
          kind: top.color
            ? colorName(top.color)
            : memoText(t, 'reader.highlight', () => t('reader.highlight')),
          text: segment.text,
        })}
        onClick={() => {
          // A drag that selects words inside a highlight is not a click on it.
          if (window.getSelection()?.isCollapsed !== false) onSpan(top.id);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            onSpan(top.id);
          }
        }}
      >
        {withHits(segment.text, segment.start, hits)}
      </mark>
    );
  });
}
