import { useEffect, useState } from 'react';
import { useReportError } from './errors';

interface Loaded<T> {
  request: () => Promise<T>;
  refreshKey: number;
  value: T | undefined;
}

/**
 * Calls `request` (a memoised api call) whenever it or `refreshKey` changes and keeps the last value,
 * so a list does not blank out while it reloads. Failures go to the error banner.
 */
export function useApiData<T>(
  request: (() => Promise<T>) | null,
  refreshKey: number,
): { value: T | undefined; loading: boolean } {
  const reportError = useReportError();
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);

  useEffect(() => {
    if (!request) return;
    let current = true;
    request().then(
      (value) => {
        if (current) setLoaded({ request, refreshKey, value });
      },
      (error: unknown) => {
        if (!current) return;
        setLoaded((previous) => ({ request, refreshKey, value: previous?.value }));
        reportError(error);
      },
    );
    return () => {
      current = false;
    };
  }, [request, refreshKey, reportError]);

  if (!request) return { value: undefined, loading: false };
  const fresh = loaded !== null && loaded.request === request && loaded.refreshKey === refreshKey;
  return { value: loaded?.value, loading: !fresh };
}
