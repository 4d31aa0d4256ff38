/**
 * Loads `src/main/index.ts` for real against the fake `electron` module (the test file must call
 * `vi.mock('electron', …)`), with a fresh userData folder, and drives it: ready, quit, platform.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { vi } from 'vitest';
import {
  installFakeElectron,
  type FakeBrowserWindow,
  type FakeElectronSettings,
  type FakeElectronState,
} from './fake-electron';

export const REPO_ROOT = resolve(__dirname, '../..');

export interface MainProcess {
  electron: FakeElectronState;
  /** The library folder the app opens (userData/library). */
  libraryDir: string;
  /**
   * Fires `ready` and waits until the app has started (or failed to), and the work it leaves for after
   * its window (the daily backup) has ended; `{ background: false }` does not wait for the latter.
   */
  ready(options?: { background?: boolean }): Promise<void>;
  /** Settles when the work left for after the window has ended. */
  backgroundStart(): Promise<void>;
  /** The main window, once started. */
  window(): FakeBrowserWindow;
  /** Ends the app as Electron's quit does (will-quit closes the library). */
  quit(): void;
}

/** Starts a main process on `platform` (process.platform is set back by `restorePlatform`). */
export async function loadMainProcess(
  settings: Partial<FakeElectronSettings> & { platform?: NodeJS.Platform } = {},
): Promise<MainProcess> {
  const userData = settings.userData ?? mkdtempSync(join(tmpdir(), 'bulletin-main-'));
  const electron = installFakeElectron({ appPath: REPO_ROOT, ...settings, userData });
  if (settings.platform) setPlatform(settings.platform);
  delete process.env.BULLETIN_LIBRARY;
  vi.resetModules();
  const main = await import('../../src/main/index');
  return {
    electron,
    libraryDir: join(userData, 'library'),
    ready: async ({ background = true } = {}) => {
      electron.emitReady();
      await main.started;
      // No page asks for its first rows here: the work that waits for them starts at once.
      if (background) await main.backgroundStart({ now: true });
    },
    backgroundStart: () => main.backgroundStart(),
    window: () => {
      const window = electron.windows.find((w) => !w.destroyed && !w.options.webPreferences?.partition);
      if (!window) throw new Error('No main window');
      return window;
    },
    quit: () => electron.app.emit('will-quit'),
  };
}

const realPlatform = process.platform;

function setPlatform(platform: NodeJS.Platform): void {
  Object.defineProperty(process, 'platform', { value: platform, configurable: true });
}

/** Puts back the real process.platform after a test that pretended to be another system. */
export function restorePlatform(): void {
  setPlatform(realPlatform);
}
