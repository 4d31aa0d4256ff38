/**
 * Who needs to know that articles left the library before the lists are fetched again: the workspace
 * closes the reader on one of them, so the reader never asks for an article that is now in the trash.
 */
type Listener = (ids: readonly number[]) => void;

const listeners = new Set<Listener>();

/** Calls `listener` with the ids of articles just moved to the trash; returns the unsubscribe function. */
export function onArticlesDeleted(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Tells every listener that `ids` were moved to the trash. */
export function articlesDeleted(ids: readonly number[]): void {
  for (const listener of listeners) listener(ids);
}
