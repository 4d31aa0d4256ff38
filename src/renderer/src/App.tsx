import { useCallback, useState } from 'react';
import { ErrorBanner } from './components/ErrorBanner';
import { ErrorContext, errorMessage } from './components/errors';
import { Workspace } from './Workspace';
import { ExportDialogProvider } from './features/export/ExportDialogProvider';
import { StartupNotice } from './features/library-health/StartupNotice';

const MAX_SHOWN_ERRORS = 4;

/** The whole window: the workspace, with every api error ending up in one dismissible banner. */
export function App() {
  const [errors, setErrors] = useState<string[]>([]);

  const reportError = useCallback((error: unknown) => {
    const message = errorMessage(error);
    setErrors((shown) => (shown.includes(message) ? shown : [...shown, message].slice(-MAX_SHOWN_ERRORS)));
  }, []);

  return (
    <ErrorContext.Provider value={reportError}>
      <ExportDialogProvider>
        <Workspace />
      </ExportDialogProvider>
      <StartupNotice />
      <ErrorBanner messages={errors} onDismiss={() => setErrors([])} />
    </ErrorContext.Provider>
  );
}
