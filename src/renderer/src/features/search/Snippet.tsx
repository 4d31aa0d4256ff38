import { splitHighlights } from './highlight';

interface Props {
  text: string;
  highlights: ReadonlyArray<readonly [number, number]>;
}

/** A search snippet with its matched words in <mark>: plain React text, never HTML. */
export function Snippet({ text, highlights }: Props) {
  return (
    <span className="search-result__snippet" data-testid="snippet">
      {splitHighlights(text, highlights).map((segment, index) =>
        segment.marked ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
    </span>
  );
}
