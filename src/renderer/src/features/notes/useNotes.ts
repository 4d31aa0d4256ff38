import { useCallback } from 'react';
import type { NoteFilter } from '../../../../shared/domain';
import { api } from '../../api';
import { useApiData } from '../../components/useApiData';

/** Every note matching `filter`, by article; reloaded when `refreshKey` changes. */
export function useNotes(filter: NoteFilter, refreshKey: number) {
  const request = useCallback(() => api.listNotes(filter), [filter]);
  const { value, loading } = useApiData(request, refreshKey);
  return { notes: value, loading };
}
