/**
 * Starts Bulletin for an end-to-end test. Where Electron's binary exists, the real app through
 * Playwright's `_electron`; elsewhere the built renderer in Debian's Chromium, served over 127.0.0.1
 * with the app's CSP, its `window.api` wired to the real IPC handlers and library through exposeBinding.
 * Scenarios are written once against `BulletinApp` and run the same way in both modes.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { _electron, chromium, type Browser, type ElectronApplication, type Page } from 'playwright-core';
import { firstPageGate } from '../../src/main/first-page';
import { createHandlers, invokeChannel, type Dialogs } from '../../src/main/ipc-handlers';
import { Library } from '../../src/main/library';
import './lazy-core';
import { resolveAsset } from '../../src/main/protocol';
import { CONTENT_SECURITY_POLICY, isTrustedSenderUrl } from '../../src/main/security';
import type { MenuCommand } from '../../src/shared/contract';

export const ROOT = resolve(__dirname, '../..');
const RENDERER = join(ROOT, 'out', 'renderer');
const SAMPLES = join(ROOT, 'resources', 'samples');

export const CHROMIUM_PATH = process.env.BULLETIN_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface BulletinApp {
  mode: 'electron' | 'chromium';
  page: Page;
  libraryDir: string;
  /** The files the next File → Import… dialog will return (null = cancelled). */
  answerOpenDialog(paths: string[] | null): Promise<void>;
  /** The folder the next Import folder… dialog will return (null = cancelled). */
  answerFolderDialog(path: string | null): Promise<void>;
  /** The path the next save dialog will return (null = cancelled). */
  answerSaveDialog(path: string | null): Promise<void>;
  /** Picks an application-menu command, as File → Import… does. */
  menu(command: MenuCommand): Promise<void>;
  /** Closes the app; the library stays on disk for a restart. */
  close(): Promise<void>;
}

/**
 * The Electron binary, found as `require('electron')` finds it (node_modules/electron/index.js), but
 * without its side effect: requiring the package downloads the binary when it is missing, and here that
 * would hang or fail. So: `ELECTRON_OVERRIDE_DIST_PATH` first (joined with the name in path.txt, else
 * `electron`), then the downloaded `dist/` binary; null (Chromium mode) when neither file exists, or when
 * `BULLETIN_E2E_MODE=chromium` asks for Chromium.
 */
export function electronBinary(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.BULLETIN_E2E_MODE === 'chromium') return null;
  const electronDir = dirname(createRequire(__filename).resolve('electron/package.json'));
  const pathFile = join(electronDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const candidates = [
    ...(env.ELECTRON_OVERRIDE_DIST_PATH
      ? [join(env.ELECTRON_OVERRIDE_DIST_PATH, executable || 'electron')]
      : []),
    ...(executable ? [join(electronDir, 'dist', executable)] : []),
  ];
  return candidates.find((binary) => existsSync(binary)) ?? null;
}

export function newLibraryDir(): string {
  return mkdtempSync(join(tmpdir(), 'bulletin-e2e-'));
}

export interface LaunchOptions {
  /**
   * How the search index catches up in Chromium mode: `inline` (the default, deterministic for
   * tests) or `background`, as the app runs it (a rebuild in a worker thread). The real app always
   * indexes in the background.
   */
  searchIndexing?: 'inline' | 'background';
  /**
   * Show the first-run tour, as a new user sees it. Off by default: the library starts with
   * `tourDone`, so the tour's dialog does not sit over every other scenario.
   */
  tour?: boolean;
  /**
   * Check each reply against its contract schema (the default, as in development and tests); the
   * benches pass false to answer as the packaged app does (`HandlerDeps.checkReplies`).
   */
  checkReplies?: boolean;
}

/** Marks the tour done in the library at `libraryDir` (made if new), before the app opens it. */
async function skipTour(libraryDir: string): Promise<void> {
  const { library } = await Library.openChecked(libraryDir);
  library.preferences.update({ tourDone: true });
  library.close();
}

export async function launchApp(
  libraryDir = newLibraryDir(),
  options: LaunchOptions = {},
): Promise<BulletinApp> {
  const electron = electronBinary();
  if (electron && options.tour !== true) await skipTour(libraryDir);
  return electron ? launchElectron(electron, libraryDir) : launchChromium(libraryDir, options);
}

async function launchElectron(executablePath: string, libraryDir: string): Promise<BulletinApp> {
  const app: ElectronApplication = await _electron.launch({
    executablePath,
    args: [ROOT],
    env: { ...process.env, BULLETIN_LIBRARY: libraryDir },
  });
  const page = await app.firstWindow();
  await page.setViewportSize({ width: 1400, height: 900 });
  return {
    mode: 'electron',
    page,
    libraryDir,
    answerOpenDialog: (paths) =>
      app.evaluate(({ dialog }, answer) => {
        dialog.showOpenDialog = (async () => ({
          canceled: answer === null,
          filePaths: answer ?? [],
        })) as never;
      }, paths),
    answerFolderDialog: (path) =>
      app.evaluate(({ dialog }, answer) => {
        dialog.showOpenDialog = (async () => ({
          canceled: answer === null,
          filePaths: answer === null ? [] : [answer],
        })) as never;
      }, path),
    answerSaveDialog: (path) =>
      app.evaluate(({ dialog }, answer) => {
        dialog.showSaveDialog = (async () => ({
          canceled: answer === null,
          filePath: answer ?? '',
        })) as never;
      }, path),
    menu: (command) =>
      app.evaluate(({ Menu }, id) => {
        Menu.getApplicationMenu()?.getMenuItemById(id)?.click();
      }, command),
    close: () => app.close(),
  };
}

let browserScript: string | null = null;

function browserApiScript(): string {
  browserScript ??= buildSync({
    entryPoints: [join(__dirname, 'browser-api.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
    target: 'chrome120',
  }).outputFiles[0]!.text;
  return browserScript;
}

function serveRenderer(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const asset = resolveAsset(RENDERER, new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!asset) {
      response.writeHead(404).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': asset.mimeType,
      'content-security-policy': CONTENT_SECURITY_POLICY,
    });
    response.end(readFileSync(asset.file));
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') throw new Error('no address');
      done({ server, origin: `http://127.0.0.1:${address.port}` });
    }),
  );
}

let sharedBrowser: Browser | null = null;

async function launchChromium(libraryDir: string, options: LaunchOptions): Promise<BulletinApp> {
  if (!existsSync(join(RENDERER, 'index.html')))
    throw new Error('Build the renderer first: npx electron-vite build');
  // What the main process does at start: open the library (checking it after an unclean shutdown,
  // recovering a damaged one) and put the samples in a new one; the daily backup waits for the window.
  const { library, report, backUpIfDue } = Library.openCheckedThenBackUp(libraryDir, {
    searchIndexing: options.searchIndexing,
  });
  library.seedSamples(SAMPLES);
  if (options.tour !== true) library.preferences.update({ tourDone: true });
  let openAnswer: string[] | null = null;
  let folderAnswer: string | null = null;
  let saveAnswer: string | null = null;
  const dialogs: Dialogs = {
    chooseFilesToImport: async () => openAnswer,
    chooseFolderToImport: async () => folderAnswer,
    chooseFolder: async () => folderAnswer,
    showInFolder: () => undefined,
    chooseExportPath: async () => saveAnswer,
  };
  const handlers = createHandlers({
    library,
    dialogs,
    startupMessage: report.message || null,
    checkReplies: options.checkReplies,
  });
  const firstPage = firstPageGate();
  const { server, origin } = await serveRenderer();

  sharedBrowser ??= await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const context = await sharedBrowser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.exposeBinding('__bulletinInvoke', async (source, channel: string, input: unknown) => {
    // The same sender check as the main process: our origin, our top frame.
    if (source.frame !== source.page.mainFrame() || !isTrustedSenderUrl(source.frame.url(), [origin])) {
      return { ok: false, error: 'Request refused: it did not come from Bulletin’s own window.' };
    }
    return invokeChannel(handlers, channel, input).finally(() => firstPage.answered(channel));
  });
  await context.addInitScript({ content: browserApiScript() });
  const page = await context.newPage();
  await page.goto(`${origin}/index.html`);
  // As in the app, the daily backup runs once the window's first rows are drawn (src/main/index.ts).
  const afterStart = firstPage.opened.then(backUpIfDue).then(() => undefined);
  return {
    mode: 'chromium',
    page,
    libraryDir,
    answerOpenDialog: async (paths) => {
      openAnswer = paths;
    },
    answerFolderDialog: async (path) => {
      folderAnswer = path;
    },
    answerSaveDialog: async (path) => {
      saveAnswer = path;
    },
    // What the main process's menu does: hand the command to the page.
    menu: (command) =>
      page.evaluate((detail) => {
        window.dispatchEvent(new CustomEvent('bulletin-menu-command', { detail }));
      }, command),
    close: async () => {
      await context.close();
      await new Promise((done) => server.close(done));
      await afterStart.catch(() => undefined);
      library.close();
    },
  };
}

/** Closes the browser shared by the Chromium-mode apps of one worker. */
export async function closeSharedBrowser(): Promise<void> {
  await sharedBrowser?.close();
  sharedBrowser = null;
}
