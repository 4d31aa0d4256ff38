import { QueryClientProvider } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { createQueryClient } from './data/client';
import { startAfterFirstPage } from './data/startup';
import { ErrorBanner } from './components/ErrorBanner';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ErrorContext, errorMessage } from './components/errors';
import { Workspace } from './Workspace';
import { ExportDialogProvider } from './features/export/ExportDialogProvider';
import { StartupNotice } from './features/library-health/StartupNotice';
import { PreferencesProvider } from './features/settings/preferences';
import { ShortcutProvider } from './features/shortcuts/ShortcutProvider';
import { Appearance } from './theme/Appearance';

const MAX_SHOWN_ERRORS = 4;

/** The whole window: the workspace over one query cache, with every api error ending up in one dismissible banner. */
export function App() {
  const [errors, setErrors] = useState<string[]>([]);

  const reportError = useCallback((error: unknown) => {
    const message = errorMessage(error);
    setErrors((shown) => (shown.includes(message) ? shown : [...shown, message].slice(-MAX_SHOWN_ERRORS)));
  }, []);
  // One cache for the window's lifetime; every failed query or mutation reaches the banner.
  const [queryClient] = useState(() => createQueryClient(reportError));
  // The list's first page first; the other start-up calls once its rows are painted (data/startup.ts).
  useEffect(() => startAfterFirstPage(queryClient.getQueryCache()), [queryClient]);

  return (
    <ErrorContext.Provider value={reportError}>
      <QueryClientProvider client={queryClient}>
        <PreferencesProvider>
          <Appearance />
          {/* The window's one keydown listener: every shortcut goes through it (features/shortcuts). */}
          <ShortcutProvider>
            <ExportDialogProvider>
              {/* The last line of defence: the views and notes have their own boundaries inside. */}
              <ErrorBoundary where="window">
                <Workspace />
              </ErrorBoundary>
            </ExportDialogProvider>
            <StartupNotice />
          </ShortcutProvider>
          {/* Inside the preferences, so the banner speaks the chosen language. */}
          <ErrorBanner messages={errors} onDismiss={() => setErrors([])} />
        </PreferencesProvider>
      </QueryClientProvider>
    </ErrorContext.Provider>
  );
}
