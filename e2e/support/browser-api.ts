/// <reference lib="dom" />
// The harness's stand-in for the preload script: the same `buildApi` over Playwright's exposeBinding
// instead of ipcRenderer. Bundled for the browser when the harness starts.
import { buildApi, type Invoke } from '../../src/preload/build-api';
import type { MenuCommand } from '../../src/shared/contract';

declare global {
  interface Window {
    __bulletinInvoke: Invoke;
    /**
     * Files a test drops "from disk": their paths by file name. A File made in the page has no path,
     * so this stands in for Electron's webUtils.getPathForFile; a file not named here has none ('')
     * and is sent as bytes, like content pasted or dragged from another app.
     */
    __bulletinDroppedPaths?: Record<string, string>;
    /** Every channel the page called, in order: tests count the calls one action makes. */
    __bulletinCalls: string[];
    /** How many of those calls have not been answered yet: a test waits for 0 before counting. */
    __bulletinPending: number;
  }
}

/** Window events standing in for the main process's IPC events (see `BulletinApp.menu`). */
const CHANGED = 'bulletin-library-changed';
const MENU = 'bulletin-menu-command';

const onLibraryChanged = (listener: () => void) => {
  window.addEventListener(CHANGED, listener);
  return () => window.removeEventListener(CHANGED, listener);
};

const onMenuCommand = (listener: (command: MenuCommand) => void) => {
  const wrapped = (event: Event) => listener((event as CustomEvent<MenuCommand>).detail);
  window.addEventListener(MENU, wrapped);
  return () => window.removeEventListener(MENU, wrapped);
};

window.__bulletinCalls = [];
window.__bulletinPending = 0;

Object.defineProperty(window, 'api', {
  value: buildApi(
    (channel, input) => {
      window.__bulletinCalls.push(channel);
      window.__bulletinPending += 1;
      return window.__bulletinInvoke(channel, input).finally(() => (window.__bulletinPending -= 1));
    },
    {
      onLibraryChanged,
      onMenuCommand,
      pathForFile: (file: File) => window.__bulletinDroppedPaths?.[file.name] ?? '',
    },
  ),
  writable: false,
  configurable: false,
});
