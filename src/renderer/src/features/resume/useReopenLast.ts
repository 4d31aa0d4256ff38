import { useEffect, useRef } from 'react';
import { api } from '../../api';
import { whenStarted } from '../../data/startup';

/**
 * At start, reopens the article the user was reading last (a reload, or the next day), unless
 * something was opened meanwhile. The reader then resumes at the place kept for it.
 */
export function useReopenLast(reopen: (articleId: number) => void): void {
  const latest = useRef(reopen);
  useEffect(() => {
    latest.current = reopen;
  });
  useEffect(() => {
    let live = true;
    // After the list's first rows (data/startup.ts): the reader opens beside a list already shown.
    whenStarted()
      .then(() => (live ? api.lastReadingPosition({}) : null))
      .then((last) => {
        if (live && last) latest.current(last.articleId);
      })
      // Nothing to reopen is the empty reader the user would have seen anyway.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
}
