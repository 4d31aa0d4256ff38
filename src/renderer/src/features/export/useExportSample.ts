import { useEffect, useState } from 'react';
import type { ChannelInput } from '../../../../shared/contract';
import type { ExportSample } from '../../../../shared/domain';
import { api } from '../../api';
import { errorMessage } from '../../components/errors';

type SampleRequest = ChannelInput<'previewExportFormat'>;
const DEBOUNCE_MS = 220;

/**
 * The first articles of the export as its format writes them (`previewExportFormat`), asked for once
 * the choices have been still for a moment; the last sample stays while the next one loads.
 */
export function useExportSample(request: SampleRequest | null): {
  sample: ExportSample | undefined;
  error: string | undefined;
  loading: boolean;
} {
  const key = request === null ? '' : JSON.stringify(request);
  const [state, setState] = useState<{ key: string; sample?: ExportSample; error?: string } | null>(null);

  useEffect(() => {
    if (key === '') return;
    let current = true;
    const timer = setTimeout(() => {
      api.previewExportFormat(JSON.parse(key) as SampleRequest).then(
        (sample) => {
          if (current) setState({ key, sample });
        },
        (error: unknown) => {
          if (current)
            setState((previous) => ({ key, sample: previous?.sample, error: errorMessage(error) }));
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key]);

  return {
    sample: state?.sample,
    error: state?.key === key ? state.error : undefined,
    loading: key !== '' && state?.key !== key,
  };
}
