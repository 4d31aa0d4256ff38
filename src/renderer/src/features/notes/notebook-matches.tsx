import { createContext, useContext } from 'react';
import { splitHighlights } from '../search/highlight';

/** The words the notebook's search looked for; empty outside a search (nothing is marked). */
export const MatchWordsContext = createContext<readonly string[]>([]);

/** The words of a notebook search as the core reads them: split on spaces, at most 20. */
export function matchWords(query: string): string[] {
  return query.split(/\s+/).filter(Boolean).slice(0, 20);
}

/** Where each word occurs in `text`, ignoring case, as the core's LIKE finds it: `[start, end)` ranges. */
export function matchRanges(text: string, words: readonly string[]): Array<[number, number]> {
  const haystack = text.toLowerCase();
  const ranges: Array<[number, number]> = [];
  for (const word of words) {
    const needle = word.toLowerCase();
    // Lower-casing keeps the length of the text it searches (checked), so positions line up.
    if (needle === '' || haystack.length !== text.length) continue;
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length))
      ranges.push([at, at + needle.length]);
  }
  return ranges;
}

/** `text` with what the notebook's search matched marked. */
export function Matched({ text }: { text: string }) {
  const words = useContext(MatchWordsContext);
  if (words.length === 0) return text;
  return splitHighlights(text, matchRanges(text, words)).map((segment, index) =>
    segment.marked ? (
      <mark key={index} className="notebook-match" data-testid="notebook-match">
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
}
