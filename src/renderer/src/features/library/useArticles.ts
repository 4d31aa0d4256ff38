import { useCallback } from 'react';
import type { ArticleFilter, ArticleSummary } from '../../../../shared/domain';
import { api } from '../../api';
import { useApiData } from '../../components/useApiData';

/** The articles matching `filter`, newest first; reloaded when `refreshKey` changes. */
export function useArticles(filter: ArticleFilter, refreshKey: number) {
  const request = useCallback(() => api.listArticles(filter), [filter]);
  const { value, loading } = useApiData<ArticleSummary[]>(request, refreshKey);
  return { articles: value, loading };
}
