import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { keys } from '../../data/keys';

/** The syllabus tree with its coverage counts. */
export const useSyllabusTree = () =>
  useQuery({ queryKey: keys.syllabus('tree'), queryFn: () => api.getSyllabus({}) });

/** The topics read least in the last 90 days. */
export const useSyllabusGaps = () =>
  useQuery({ queryKey: keys.syllabus('gaps'), queryFn: () => api.syllabusGaps({}) });

/** "Earlier and later in this story" for an article. */
export const useRelated = (id: number, enabled = true) =>
  useQuery({ queryKey: keys.syllabus('related', id), queryFn: () => api.relatedArticles({ id }), enabled });

/** An article's story with the student's notes. */
export const useStory = (id: number) =>
  useQuery({ queryKey: keys.syllabus('story', id), queryFn: () => api.getStory({ id }) });
