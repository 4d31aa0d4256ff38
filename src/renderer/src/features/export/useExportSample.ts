import type { ChannelInput } from '../../../../shared/contract';
import type { ExportSample } from '../../../../shared/domain';
import { api } from '../../api';
import { useDebouncedCall } from './useDebouncedCall';

type SampleRequest = ChannelInput<'previewExportFormat'>;

/**
 * The first articles of the export as its format writes them (`previewExportFormat`), asked for once
 * the choices have been still for a moment; the last sample stays while the next one loads.
 */
export function useExportSample(request: SampleRequest | null): {
  sample: ExportSample | undefined;
  error: string | undefined;
  loading: boolean;
} {
  const { value, error, loading } = useDebouncedCall(request, (r) => api.previewExportFormat(r));
  return { sample: value, error, loading };
}
