import { useQuery } from '@tanstack/react-query';
import type { TagCount } from '../../../../shared/domain';
import { api } from '../../api';
import { keys } from '../../data/keys';
import { useStarted } from '../../data/startup';

/** Every tag in the library with its article count; fetched again when tags change. */
export function useTags(): TagCount[] | undefined {
  // After the list's first rows (data/startup.ts): counting every tag is a whole-library query.
  return useQuery({ queryKey: keys.tags(), queryFn: () => api.listTags({}), enabled: useStarted() }).data;
}
