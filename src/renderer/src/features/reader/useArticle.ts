import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { keys } from '../../data/keys';

/** The article `id` with its blocks and annotations; fetched again when it changes. */
export function useArticle(id: number | null) {
  const { data, isFetching } = useQuery({
    queryKey: keys.article(id ?? 0),
    queryFn: () => api.getArticle({ id: id ?? 0 }),
    enabled: id !== null,
  });
  return { article: id !== null && data?.id === id ? data : undefined, loading: isFetching };
}
