import { useCallback } from 'react';
import { api } from '../../api';
import { useApiData } from '../../components/useApiData';

/** The article `id` with its blocks and annotations; reloaded when `refreshKey` changes. */
export function useArticle(id: number | null, refreshKey: number) {
  const request = useCallback(() => api.getArticle({ id: id ?? 0 }), [id]);
  const { value, loading } = useApiData(id === null ? null : request, refreshKey);
  return { article: value?.id === id ? value : undefined, loading };
}
