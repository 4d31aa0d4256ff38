import type { Agent, Response } from 'undici';
import { ImportError, type ImportErrorReason } from '../errors';
import {
  defaultNetworkPolicy,
  guardedAgent,
  refusedHost,
  RefusedAddressError,
  type NetworkPolicy,
} from './network-guard';
import { safeHttpUrl } from './page-meta';

export interface FetchFeedOptions {
  /** Give up after this long (default 15 s). */
  timeoutMs?: number;
  /** Largest feed accepted (default 10 MB). */
  maxBytes?: number;
  /** Which addresses may be fetched; by default only the public internet (see network-guard.ts). */
  network?: NetworkPolicy;
  signal?: AbortSignal;
  /** Validators from the last fetch: the server may answer 304 Not Modified instead of the feed. */
  etag?: string | null;
  lastModified?: string | null;
}

/** A fetched feed, or word that it has not changed since the validators were given. */
export interface FetchedFeed {
  /** The file name that makes the importer read the bytes as a feed. */
  name: string;
  /** Empty when `notModified`. */
  bytes: Uint8Array;
  notModified: boolean;
  /** Validators for the next conditional fetch. */
  etag: string | null;
  lastModified: string | null;
}

/**
 * Why a feed could not be fetched, in one sentence. `unreachable` when the network failed (no
 * connection, name not found, refused, timed out): the app shows that as being offline.
 */
export class FeedFetchError extends ImportError {
  constructor(
    reason: ImportErrorReason,
    message: string,
    readonly unreachable = false,
  ) {
    super(reason, message);
    this.name = 'FeedFetchError';
  }
}

const OFFLINE_CODES = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENETDOWN',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/**
 * Downloads a subscribed feed (RSS, Atom) on demand, for `parseFeed`. Only http(s); the body is capped
 * while it streams; no cookies or credentials are sent. A network that cannot be reached is reported as
 * being offline, in one sentence, so the app can show an offline state instead of an error.
 */
export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<FetchedFeed> {
  const target = safeHttpUrl(url);
  if (!target)
    throw new FeedFetchError(
      'unsupported',
      `${url} is not a web address (http or https) Bulletin can fetch.`,
    );
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 15_000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const policy = options.network ?? defaultNetworkPolicy();
  const agent = await guardedAgent(policy);
  let response: Response;
  try {
    response = await fetchFollowing(target, policy, agent, signal, {
      accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1',
      ...(options.etag ? { 'if-none-match': options.etag } : {}),
      ...(options.lastModified ? { 'if-modified-since': options.lastModified } : {}),
    });
  } catch (error) {
    void agent.close();
    if (error instanceof ImportError) throw error;
    throw networkError(target, error, timeout.aborted);
  }
  try {
    return await readFeed(target, response, options, maxBytes, timeout);
  } finally {
    void agent.close();
  }
}

const MAX_REDIRECTS = 5;

/** Fetches `target`, following redirects one at a time so that each new address is checked first. */
async function fetchFollowing(
  target: string,
  policy: NetworkPolicy,
  agent: Agent,
  signal: AbortSignal,
  headers: Record<string, string>,
): Promise<Response> {
  let url = target;
  for (let hop = 0; ; hop++) {
    const refused = refusedHost(new URL(url), policy);
    if (refused) throw new FeedFetchError('unsupported', refused);
    const { fetch: undiciFetch } = await import('undici');
    const response = await undiciFetch(url, { signal, redirect: 'manual', headers, dispatcher: agent });
    const location = response.headers.get('location');
    if (response.status < 300 || response.status > 399 || response.status === 304 || !location)
      return response;
    await response.body?.cancel();
    const next = safeHttpUrl(new URL(location, url).href);
    if (!next)
      throw new FeedFetchError('unsupported', `${target} redirected to an address Bulletin does not fetch.`);
    if (hop + 1 >= MAX_REDIRECTS)
      throw new FeedFetchError('unreadable', `${target} redirected more than ${MAX_REDIRECTS} times.`);
    url = next;
  }
}

/** The feed's bytes, capped while they stream, or word that it has not changed. */
async function readFeed(
  target: string,
  response: Response,
  options: FetchFeedOptions,
  maxBytes: number,
  timeout: AbortSignal,
): Promise<FetchedFeed> {
  const host = new URL(target).hostname;
  const validators = {
    etag: response.headers.get('etag'),
    lastModified: response.headers.get('last-modified'),
  };
  if (response.status === 304 && (options.etag || options.lastModified)) {
    await response.body?.cancel();
    return {
      name: `${host}-feed.xml`,
      bytes: new Uint8Array(0),
      notModified: true,
      etag: validators.etag ?? options.etag ?? null,
      lastModified: validators.lastModified ?? options.lastModified ?? null,
    };
  }
  if (!response.ok)
    throw new FeedFetchError(
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
  return { name: `${host}-feed.xml`, bytes, notModified: false, ...validators };
}

function tooLarge(url: string, maxBytes: number): ImportError {
  return new FeedFetchError(
    'too-large',
    `${url} is larger than ${(maxBytes / 1_000_000).toFixed(1)} MB; it was not downloaded.`,
  );
}

function networkError(url: string, error: unknown, timedOut: boolean): ImportError {
  if (timedOut)
    return new FeedFetchError(
      'unreadable',
      `${url} did not answer in time; you may be offline. Try again later.`,
      true,
    );
  const cause = (error as { cause?: { code?: string } }).cause;
  if (cause instanceof RefusedAddressError || error instanceof RefusedAddressError) {
    return new FeedFetchError(
      'unsupported',
      `${url} points to this computer or a private network (${new URL(url).hostname}); Bulletin fetches feeds from the internet only.`,
    );
  }
  const code = cause?.code ?? (error as { code?: string }).code;
  if (code && OFFLINE_CODES.has(code)) {
    return new FeedFetchError(
      'unreadable',
      `${new URL(url).hostname} cannot be reached (${code}); you seem to be offline. Feeds can be fetched again when you are online.`,
      true,
    );
  }
  if ((error as Error).name === 'AbortError')
    return new FeedFetchError('unreadable', `Fetching ${url} was cancelled.`);
  // fetch's own message is "fetch failed"; the cause says why (a bad port, a TLS problem…).
  const why = (cause as { message?: string } | undefined)?.message ?? (error as Error).message;
  return new FeedFetchError('unreadable', `${url} could not be fetched: ${why.replace(/\.$/, '')}.`);
}
