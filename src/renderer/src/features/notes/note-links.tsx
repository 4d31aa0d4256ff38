import { useQuery } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { api } from '../../api';
import { keys } from '../../data/keys';

interface NoteLinksValue {
  openArticle: (articleId: number) => void;
}

export const NoteLinksContext = createContext<NoteLinksValue>({
  openArticle: () => undefined,
});

export function useOpenLinkedArticle(): (articleId: number) => void {
  return useContext(NoteLinksContext).openArticle;
}

const resolve = (key: string) => () =>
  api
    .resolveNoteLinks({ titles: key.split('\u0000').slice(0, 200) })
    .then((links) => new Map(links.map((l) => [l.title.toLowerCase(), l.articleId])))
    // A link that cannot be resolved is shown as unresolved; the note itself still shows.
    .catch(() => new Map<string, number | null>());

/** Title (lower case) → article id, or null for a title no article has; undefined while resolving. */
export function useResolvedLinks(titles: readonly string[]): Map<string, number | null> | undefined {
  const key = titles.join('\u0000');
  const { data } = useQuery({ queryKey: keys.noteLinks(key), queryFn: resolve(key), enabled: key !== '' });
  if (key === '') return new Map();
  return data;
}
