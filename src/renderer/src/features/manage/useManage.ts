import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../../api';
import { useReportError } from '../../components/errors';
import { useFeedback } from '../../components/feedback';
import { useChanges } from '../../data/changes';
import { keys } from '../../data/keys';
import { useStarted } from '../../data/startup';
import { useT } from '../../i18n';
import { articlesDeleted } from './deleted-articles';

/** The articles in the trash (under the `articles` domain: every change to the library refreshes it). */
export function useArticleTrash() {
  // Asked once the list's first rows are painted (data/startup.ts), as the next two are.
  const started = useStarted();
  return useQuery({
    queryKey: [...keys.articles({}), 'trash'],
    queryFn: () => api.listArticleTrash({}),
    enabled: started,
  }).data;
}

/** The ids of the sample articles still in the library. */
export function useSamples(): number[] {
  const started = useStarted();
  return (
    useQuery({
      queryKey: [...keys.articles({}), 'samples'],
      queryFn: () => api.listSamples({}),
      enabled: started,
    }).data?.ids ?? []
  );
}

/**
 * Moving articles to the trash, with a toast that puts them back. `how` picks the toast's words:
 * a plain delete, the samples, or an import undone.
 */
export function useDeleteArticles() {
  const { t } = useT();
  const { notify } = useFeedback();
  const { changed } = useChanges();
  const reportError = useReportError();
  return useCallback(
    async (
      run: () => Promise<{ deleted: number[] }>,
      how: 'deleted' | 'samplesRemoved' | 'importUndone' = 'deleted',
    ) => {
      try {
        const { deleted } = await run();
        articlesDeleted(deleted);
        void changed('library');
        notify(t(`manage.${how}`, { count: deleted.length }), async () => {
          await api.restoreArticles({ ids: deleted });
          await changed('library');
        });
        return deleted;
      } catch (error) {
        reportError(error);
        return [];
      }
    },
    [t, notify, changed, reportError],
  );
}
