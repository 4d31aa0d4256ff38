import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Preferences, PreferencesChange } from '../../../../shared/preferences';
import { useReportError } from '../../components/errors';
import { keys } from '../../data/keys';
import { usePreferences } from './preferences';

/**
 * Changes preferences so that the window shows the change at once (the cache first, then the
 * library), as a slider being dragged needs; a refused change is reported and the cache refetched.
 */
export function useSetPreference(): (change: PreferencesChange) => void {
  const queryClient = useQueryClient();
  const { update } = usePreferences();
  const reportError = useReportError();
  return useCallback(
    (change: PreferencesChange) => {
      const key = keys.settings('preferences');
      queryClient.setQueryData<Preferences>(key, (current) =>
        current ? { ...current, ...change } : current,
      );
      update(change).catch((error: unknown) => {
        reportError(error);
        void queryClient.invalidateQueries({ queryKey: key });
      });
    },
    [queryClient, update, reportError],
  );
}
