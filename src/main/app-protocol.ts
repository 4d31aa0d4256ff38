import { net } from 'electron';
import { pathToFileURL } from 'node:url';
import { resolveAsset } from './protocol';
import { CONTENT_SECURITY_POLICY } from './security';

/**
 * The app:// handler: a file under the renderer's root, with its MIME type and the CSP header (the
 * only CSP of the packaged app); 404 for anything outside the root.
 */
export function rendererAssets(rendererRoot: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const asset = resolveAsset(rendererRoot, new URL(request.url).pathname);
    if (!asset) return new Response('Not found', { status: 404 });
    const file = await net.fetch(pathToFileURL(asset.file).toString());
    return new Response(await file.arrayBuffer(), {
      headers: { 'content-type': asset.mimeType, 'content-security-policy': CONTENT_SECURITY_POLICY },
    });
  };
}
