import { useQuery } from '@tanstack/react-query';
import type { TagCount } from '../../../../shared/domain';
import { api } from '../../api';
import { keys } from '../../data/keys';

/** Every tag in the library with its article count; fetched again when tags change. */
export function useTags(): TagCount[] | undefined {
  return useQuery({ queryKey: keys.tags(), queryFn: () => api.listTags({}) }).data;
}
