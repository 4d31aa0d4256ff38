/** The app's security settings, kept free of Electron imports so they can be unit tested. */

/** Content-Security-Policy for every page we serve: our own code only, no remote sources at all. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The custom scheme and host the renderer is served from (never file://). */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://bulletin`;

/**
 * webPreferences for every window: isolated, sandboxed, no Node in the page. No spellchecker: Chromium
 * would download its dictionaries from a Google CDN, and the app makes no request of its own.
 */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  } as const;
}

const MAX_URL_LENGTH = 2048;

/** Only plain http(s) links may leave the app, to the system browser; everything else is refused. */
export function isAllowedExternalUrl(raw: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
  if (raw.length > MAX_URL_LENGTH || /[\u0000-\u001f\u007f\s]/.test(raw)) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' && url.username === ''
  );
}

/** True when an IPC message comes from a page we served ourselves. */
export function isTrustedSenderUrl(
  raw: string | undefined | null,
  allowedOrigins: readonly string[],
): boolean {
  if (!raw) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  // `new URL('app://bulletin.evil').origin` is "null" for non-special schemes, so compare parts explicitly.
  const origin = `${url.protocol}//${url.host}`;
  return allowedOrigins.includes(origin);
}
