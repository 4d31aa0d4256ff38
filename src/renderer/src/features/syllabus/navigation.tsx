import { createContext, useContext } from 'react';

/** What the reader's syllabus parts can open: an article, or a story's timeline. */
export interface SyllabusNavigation {
  openArticle: (id: number) => void;
  openStory: (id: number) => void;
}

export const SyllabusNavigationContext = createContext<SyllabusNavigation>({
  openArticle: () => undefined,
  openStory: () => undefined,
});

/** The workspace's navigation, for the reader's topic chips and related articles. */
export const useSyllabusNavigation = () => useContext(SyllabusNavigationContext);
