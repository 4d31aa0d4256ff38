import { ImportError } from '../errors';
import { safeHttpUrl } from './page-meta';

export interface FetchFeedOptions {
  /** Give up after this long (default 15 s). */
  timeoutMs?: number;
  /** Largest feed accepted (default 10 MB). */
  maxBytes?: number;
  /** Replaceable in tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  signal?: AbortSignal;
}

const OFFLINE_CODES = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ECONNRESET',
]);

/**
 * Downloads a subscribed feed (RSS, Atom) on demand, for `parseFeed`. Only http(s); the body is capped
 * while it streams; no cookies or credentials are sent. A network that cannot be reached is reported as
 * being offline, in one sentence, so the app can show an offline state instead of an error.
 */
export async function fetchFeed(
  url: string,
  options: FetchFeedOptions = {},
): Promise<{ name: string; bytes: Uint8Array }> {
  const target = safeHttpUrl(url);
  if (!target)
    throw new ImportError('unsupported', `${url} is not a web address (http or https) Bulletin can fetch.`);
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 15_000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(target, {
      signal,
      redirect: 'follow',
      credentials: 'omit',
      headers: {
        accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1',
      },
    });
  } catch (error) {
    throw networkError(target, error, timeout.aborted);
  }
  if (!safeHttpUrl(response.url || target))
    throw new ImportError('unsupported', `${target} redirected to an address Bulletin does not fetch.`);
  if (!response.ok)
    throw new ImportError(
      'unreadable',
      `${target} answered ${response.status} ${response.statusText}.`.replace(/ \./, '.'),
    );
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw tooLarge(target, maxBytes);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  try {
    for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader!.read()) {
      size += chunk.value.byteLength;
      if (size > maxBytes) {
        await reader!.cancel();
        throw tooLarge(target, maxBytes);
      }
      chunks.push(chunk.value);
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw networkError(target, error, timeout.aborted);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  const host = new URL(target).hostname;
  return { name: `${host}-feed.xml`, bytes };
}

function tooLarge(url: string, maxBytes: number): ImportError {
  return new ImportError(
    'too-large',
    `${url} is larger than ${(maxBytes / 1_000_000).toFixed(1)} MB; it was not downloaded.`,
  );
}

function networkError(url: string, error: unknown, timedOut: boolean): ImportError {
  if (timedOut)
    return new ImportError(
      'unreadable',
      `${url} did not answer in time; you may be offline. Try again later.`,
    );
  const cause = (error as { cause?: { code?: string } }).cause;
  const code = cause?.code ?? (error as { code?: string }).code;
  if (code && OFFLINE_CODES.has(code)) {
    return new ImportError(
      'unreadable',
      `${new URL(url).hostname} cannot be reached (${code}); you seem to be offline. Feeds can be fetched again when you are online.`,
    );
  }
  if ((error as Error).name === 'AbortError')
    return new ImportError('unreadable', `Fetching ${url} was cancelled.`);
  return new ImportError('unreadable', `${url} could not be fetched: ${(error as Error).message}.`);
}
