import { QueryCache, QueryClient, MutationCache } from '@tanstack/react-query';
import type { ReportError } from '../components/errors';

/**
 * The renderer's one query cache. Data changes only through this window's own calls (which say what
 * they changed, see `changes.ts`) or the main process's change event, so nothing is refetched on a
 * timer, on focus or on reconnect, and a failed call is not retried: its sentence goes to the banner.
 */
export function createQueryClient(reportError: ReportError): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: (error) => reportError(error) }),
    mutationCache: new MutationCache({ onError: (error) => reportError(error) }),
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        networkMode: 'always',
      },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}
