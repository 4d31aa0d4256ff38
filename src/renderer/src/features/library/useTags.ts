import { useCallback } from 'react';
import type { TagCount } from '../../../../shared/domain';
import { api } from '../../api';
import { useApiData } from '../../components/useApiData';

/** Every tag in the library with its article count, reloaded when `refreshKey` changes. */
export function useTags(refreshKey: number): TagCount[] | undefined {
  const request = useCallback(() => api.listTags({}), []);
  return useApiData(request, refreshKey).value;
}
