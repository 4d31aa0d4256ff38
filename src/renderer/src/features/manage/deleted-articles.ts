/**
 * Who needs to know that articles left the library before the lists are fetched again: the workspace
 * closes the reader on one of them, so the reader never asks for an article that is now in the trash.
 */
import { flushSync } from 'react-dom';

type Listener = (ids: readonly number[]) => void;

const listeners = new Set<Listener>();

/** Calls `listener` with the ids of articles just moved to the trash; returns the unsubscribe function. */
export function onArticlesDeleted(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/**
 * Tells every listener that `ids` were moved to the trash, and renders what they changed at once: the
 * reader has let go of a deleted article before the caller marks the library stale (else its query,
 * still on screen, would ask for an article that is gone).
 */
export function articlesDeleted(ids: readonly number[]): void {
  flushSync(() => {
    for (const listener of listeners) listener(ids);
  });
}
