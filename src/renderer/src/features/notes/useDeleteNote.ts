import { useCallback } from 'react';
import { api } from '../../api';
import { useT } from '../../i18n';
import { useReportError } from '../../components/errors';
import { useFeedback } from '../../components/feedback';
import { useChanges } from '../../data/changes';

/**
 * Deletes a note (it goes to "Recently deleted") and offers Undo in a toast. Resolves once deleted;
 * The views showing notes reload after the deletion and after an undo.
 */
export function useDeleteNote(): (id: number, message?: string) => Promise<void> {
  const { t } = useT();
  const reportError = useReportError();
  const { notify } = useFeedback();
  const { changed } = useChanges();
  return useCallback(
    (id: number, message = t('notes.editor.deleted')) =>
      api.deleteAnnotation({ id }).then(() => {
        void changed('notes');
        notify(message, async () => {
          await api.restoreAnnotation({ id });
          void changed('notes');
        });
      }, reportError),
    [changed, notify, reportError, t],
  );
}
