import { useEffect, useState } from 'react';
import { errorMessage } from '../../components/errors';

const DEBOUNCE_MS = 220;

interface CallState<R> {
  /** The request the value or the error belongs to, as JSON. */
  key: string;
  value?: R;
  error?: string;
}

/**
 * `call(request)`, asked for once the request has been still for a moment (the export dialog's
 * previews). The last value stays while the next one loads; `loading` says it is out of date, and an
 * error belongs to the request it came from.
 */
export function useDebouncedCall<Q, R>(
  request: Q | null,
  call: (request: Q) => Promise<R>,
): { value: R | undefined; error: string | undefined; loading: boolean } {
  const key = request === null ? '' : JSON.stringify(request);
  const [state, setState] = useState<CallState<R> | null>(null);

  useEffect(() => {
    if (key === '') return;
    let current = true;
    const timer = setTimeout(() => {
      call(JSON.parse(key) as Q).then(
        (value) => {
          if (current) setState({ key, value });
        },
        (error: unknown) => {
          if (current) setState((previous) => ({ key, value: previous?.value, error: errorMessage(error) }));
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // `call` is a channel of the api: the request's key alone decides when to ask again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return {
    value: state?.value,
    error: state?.key === key ? state.error : undefined,
    loading: key !== '' && state?.key !== key,
  };
}
