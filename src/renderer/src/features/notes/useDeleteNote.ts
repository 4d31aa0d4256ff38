import { useCallback } from 'react';
import { api } from '../../api';
import { useReportError } from '../../components/errors';
import { useFeedback } from '../../components/feedback';

/**
 * Deletes a note (it goes to "Recently deleted") and offers Undo in a toast. Resolves once deleted;
 * `onChanged` runs after the deletion and after an undo.
 */
export function useDeleteNote(onChanged: () => void): (id: number, message?: string) => Promise<void> {
  const reportError = useReportError();
  const { notify } = useFeedback();
  return useCallback(
    (id: number, message = 'Note deleted') =>
      api.deleteAnnotation({ id }).then(() => {
        onChanged();
        notify(message, async () => {
          await api.restoreAnnotation({ id });
          onChanged();
        });
      }, reportError),
    [onChanged, notify, reportError],
  );
}
