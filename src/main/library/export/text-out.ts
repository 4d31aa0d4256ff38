/** Where a writer's text goes, piece by piece (a file being written, or an array gathering a string). */
export type TextOut = (text: string) => void;

/** Runs `write` with a `TextOut` that gathers its pieces, and returns them as one string. */
export function gathered(write: (out: TextOut) => void): string {
  const pieces: string[] = [];
  write((text) => pieces.push(text));
  return pieces.join('');
}

/**
 * Hands text on to `out` with every run of three or more line breaks made two (one blank line), as
 * `text.replace(/\n{3,}/g, '\n\n')` does to the whole, also where a run spans two pieces: the line
 * breaks that end a piece wait for the next one. `end` hands on those still waiting.
 */
export function collapsingBlankLines(out: TextOut): { write: TextOut; end: () => void } {
  let waiting = 0;
  const breaks = (n: number): string => '\n'.repeat(n >= 3 ? 2 : n);
  return {
    write(text) {
      let start = 0;
      while (start < text.length && text.charCodeAt(start) === 10) start++;
      if (start === text.length) {
        waiting += text.length;
        return;
      }
      let end = text.length;
      while (text.charCodeAt(end - 1) === 10) end--;
      out(breaks(waiting + start) + text.slice(start, end).replace(/\n{3,}/g, '\n\n'));
      waiting = text.length - end;
    },
    end() {
      if (waiting > 0) out(breaks(waiting));
      waiting = 0;
    },
  };
}
