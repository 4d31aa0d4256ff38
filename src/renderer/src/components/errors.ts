import { createContext, useContext } from 'react';

/** Shows an error to the user in the error banner. */
export type ReportError = (error: unknown) => void;

export const ErrorContext = createContext<ReportError>(() => undefined);

/** The function that puts an error in the banner; use it as the rejection handler of every api call. */
export function useReportError(): ReportError {
  return useContext(ErrorContext);
}

/** The readable sentence in an error, without the IPC wrapper Electron may put around it. */
export function errorMessage(error: unknown): string {
  const raw =
    error instanceof Error ? error.message : typeof error === 'string' ? error : 'Something went wrong.';
  const message = raw.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, '').trim();
  return message === '' ? 'Something went wrong.' : message;
}
