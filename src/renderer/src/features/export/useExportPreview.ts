import { useEffect, useState } from 'react';
import type { ExportPreview } from '../../../../shared/domain';
import { api } from '../../api';
import { errorMessage } from '../../components/errors';
import type { PreviewRequest } from './export-options';

const DEBOUNCE_MS = 220;

interface PreviewState {
  /** The request the preview or the error belongs to, as JSON. */
  key: string;
  preview?: ExportPreview;
  error?: string;
}

/**
 * What `request` would export, asked for once the choices have been still for a moment. The last
 * preview stays on screen while the next one loads; `loading` says it is out of date.
 */
export function useExportPreview(request: PreviewRequest | null): {
  preview: ExportPreview | undefined;
  error: string | undefined;
  loading: boolean;
} {
  const key = request === null ? '' : JSON.stringify(request);
  const [state, setState] = useState<PreviewState | null>(null);

  useEffect(() => {
    if (key === '') return;
    let current = true;
    const timer = setTimeout(() => {
      api.previewExport(JSON.parse(key) as PreviewRequest).then(
        (preview) => {
          if (current) setState({ key, preview });
        },
        (error: unknown) => {
          if (current)
            setState((previous) => ({ key, preview: previous?.preview, error: errorMessage(error) }));
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key]);

  return {
    preview: state?.preview,
    error: state?.key === key ? state.error : undefined,
    loading: key !== '' && state?.key !== key,
  };
}
