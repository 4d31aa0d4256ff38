/**
 * Texts a list draws on every row, made once per language: i18next's `t()` looks each key up and
 * interpolates it anew, and a row of the library list called it up to eight times (its tags' titles,
 * the unread dot, the check box). Flicking the list mounts some twenty rows a frame, and those calls
 * were a fifth of each frame's React work (issue 17). A language is a new translate function, so the
 * cache is per function and goes with it.
 */
const caches = new WeakMap<object, Map<string, string>>();

/** `make()`'s text under `key` for the translate function `t`, made the first time it is asked for. */
export function memoText(t: object, key: string, make: () => string): string {
  let cache = caches.get(t);
  if (!cache) {
    cache = new Map();
    caches.set(t, cache);
  }
  let text = cache.get(key);
  if (text === undefined) {
    text = make();
    cache.set(key, text);
  }
  return text;
}

const formats = new WeakMap<object, Map<string, (values: Record<string, string>) => string>>();

/**
 * A text with values (`{{quote}}`), for the translate function `t`: `make` is asked once per language
 * with a marker for each value, and each later text is that template with the values put in its
 * place. For texts drawn many times with values that differ each time (a highlight's label holds its
 * words): i18next's own interpolation is several lookups and a regular expression per call.
 */
export function memoFormat<Name extends string>(
  t: object,
  key: string,
  names: readonly Name[],
  make: (markers: Record<Name, string>) => string,
): (values: Record<Name, string>) => string {
  let cache = formats.get(t);
  if (!cache) {
    cache = new Map();
    formats.set(t, cache);
  }
  let format = cache.get(key);
  if (!format) {
    // A plain object with the values' names only: i18next reads other options (count, context…) too.
    const markers = Object.fromEntries(names.map((name) => [name, `\u0000${name}\u0000`]));
    const pieces = make(markers as Record<Name, string>).split('\u0000');
    // Odd pieces are the values' names, even ones the text between them.
    format = (values) => pieces.map((piece, i) => (i % 2 === 1 ? (values[piece] ?? '') : piece)).join('');
    cache.set(key, format);
  }
  return format as (values: Record<Name, string>) => string;
}
