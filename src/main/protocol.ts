import { realpathSync, statSync } from 'node:fs';
import { extname, join, sep } from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface ResolvedAsset {
  file: string;
  mimeType: string;
}

/**
 * Maps a request path under the renderer's root to a file, or null when it would leave the root
 * (`..`, encoded `%2e%2e`, backslashes, drive letters, symlinks pointing outside, sibling prefixes).
 */
export function resolveAsset(root: string, requestPath: string): ResolvedAsset | null {
  let path: string;
  try {
    path = decodeURIComponent(requestPath.split(/[?#]/)[0] ?? '');
  } catch {
    return null;
  }
  if (
    path.includes('\0') ||
    path.includes('\\') ||
    /(^|\/)\.\.(\/|$)/.test(path) ||
    /^\/?[a-z]:/i.test(path)
  ) {
    return null;
  }
  if (path === '' || path === '/') path = '/index.html';
  let realRoot: string;
  let realFile: string;
  try {
    realRoot = realpathSync(root);
    realFile = realpathSync(join(realRoot, path));
  } catch {
    return null;
  }
  if (!realFile.startsWith(realRoot + sep)) return null;
  if (!statSync(realFile).isFile()) return null;
  return { file: realFile, mimeType: MIME[extname(realFile).toLowerCase()] ?? 'application/octet-stream' };
}
