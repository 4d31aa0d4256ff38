import { createContext, useContext, useEffect, useState } from 'react';
import { api } from '../../api';

interface NoteLinksValue {
  openArticle: (articleId: number) => void;
  /** Changes whenever the library changes, so links are resolved again. */
  refreshKey: number;
}

export const NoteLinksContext = createContext<NoteLinksValue>({
  openArticle: () => undefined,
  refreshKey: 0,
});

export function useOpenLinkedArticle(): (articleId: number) => void {
  return useContext(NoteLinksContext).openArticle;
}

/** Title (lower case) → article id, or null for a title no article has; undefined while resolving. */
export function useResolvedLinks(titles: readonly string[]): Map<string, number | null> | undefined {
  const { refreshKey } = useContext(NoteLinksContext);
  const key = titles.join('\u0000');
  const [resolved, setResolved] = useState<{
    key: string;
    refreshKey: number;
    map: Map<string, number | null>;
  }>();

  useEffect(() => {
    if (key === '') return;
    let current = true;
    api.resolveNoteLinks({ titles: key.split('\u0000').slice(0, 200) }).then(
      (links) => {
        if (!current) return;
        setResolved({
          key,
          refreshKey,
          map: new Map(links.map((l) => [l.title.toLowerCase(), l.articleId])),
        });
      },
      () => {
        // A link that cannot be resolved is shown as unresolved; the note itself still shows.
        if (current) setResolved({ key, refreshKey, map: new Map() });
      },
    );
    return () => {
      current = false;
    };
  }, [key, refreshKey]);

  if (key === '') return new Map();
  return resolved?.key === key ? resolved.map : undefined;
}
