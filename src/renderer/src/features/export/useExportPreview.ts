import type { ExportPreview } from '../../../../shared/domain';
import { api } from '../../api';
import type { PreviewRequest } from './export-options';
import { useDebouncedCall } from './useDebouncedCall';

/**
 * What `request` would export, asked for once the choices have been still for a moment. The last
 * preview stays on screen while the next one loads; `loading` says it is out of date.
 */
export function useExportPreview(request: PreviewRequest | null): {
  preview: ExportPreview | undefined;
  error: string | undefined;
  loading: boolean;
} {
  const { value, error, loading } = useDebouncedCall(request, (r) => api.previewExport(r));
  return { preview: value, error, loading };
}
