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
