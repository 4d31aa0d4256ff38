/// <reference lib="dom" />
// The harness's stand-in for the preload script: the same `buildApi` over Playwright's exposeBinding
// instead of ipcRenderer. Bundled for the browser when the harness starts.
import { buildApi, type Invoke } from '../../src/preload/build-api';

declare global {
  interface Window {
    __bulletinInvoke: Invoke;
  }
}

const CHANGED = 'bulletin-library-changed';

const subscribe = (listener: () => void) => {
  window.addEventListener(CHANGED, listener);
  return () => window.removeEventListener(CHANGED, listener);
};

Object.defineProperty(window, 'api', {
  value: buildApi((channel, input) => window.__bulletinInvoke(channel, input), subscribe),
  writable: false,
  configurable: false,
});
