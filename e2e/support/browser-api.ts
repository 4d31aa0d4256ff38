/// <reference lib="dom" />
// The harness's stand-in for the preload script: the same `buildApi` over Playwright's exposeBinding
// instead of ipcRenderer. Bundled for the browser when the harness starts.
import { buildApi, type Invoke } from '../../src/preload/build-api';
import type { MenuCommand } from '../../src/shared/contract';

declare global {
  interface Window {
    __bulletinInvoke: Invoke;
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

Object.defineProperty(window, 'api', {
  value: buildApi((channel, input) => window.__bulletinInvoke(channel, input), {
    onLibraryChanged,
    onMenuCommand,
  }),
  writable: false,
  configurable: false,
});
