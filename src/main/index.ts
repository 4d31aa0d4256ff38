/** App lifecycle only: open the library, register IPC, create the window. */
import { app, BrowserWindow, dialog, Menu, protocol, session } from 'electron';
import { join } from 'node:path';
import { LIBRARY_CHANGED_EVENT, MENU_COMMAND_EVENT } from '../shared/contract';
import { resolveLanguage, type Language, type Preferences } from '../shared/preferences';
import { aboutDetail, aboutPanelOptions, PRODUCT_NAME } from './about';
import { rendererAssets } from './app-protocol';
import { electronDialogs } from './dialogs';
import { registerIpc } from './ipc';
import { Library, type LibraryOptions } from './library';
import { LibraryChangeNotifier } from './library-changes';
import { defaultLibraryDir } from './library-location';
import { createMainLog } from './log';
import { buildMenu, type MenuActions } from './menu';
import { nativeText, type NativeText } from './native-text';
import { preloadModulesInTurns } from './library/preload';
import { restoreFromBackup } from './restore';
import { APP_ORIGIN, APP_SCHEME } from './security';
import { createMainWindow, lockDownContents } from './window';
import { firstPageGate, type FirstPageGate } from './first-page';
import { electronPdfPrinter } from './pdf-printer';
import { capYoungGeneration } from './v8-flags';

app.setName(PRODUCT_NAME);
// Every renderer sandboxed, whatever a window's own settings say; must be called before ready.
app.enableSandbox();
// V8's young generation capped at 8 MB a semi-space in the renderers and worker threads; before ready.
capYoungGeneration(app);
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true } }]);

let mainWindow: BrowserWindow | null = null;
const about = { version: app.getVersion(), versions: process.versions };

/** The language of the menus and dialogs: the library's preference once it is open, the system's before. */
let language: Language = 'en';
const text = (): NativeText => nativeText(language);
const languageFor = (preference: Preferences['language']): Language =>
  resolveLanguage(preference, app.getPreferredSystemLanguages());
// A dev server only in development: a packaged app never loads its page from a URL in the environment.
const devUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
/** Errors go to userData/logs/main.log (rotating), not only to a console nobody sees. */
const mainLog = createMainLog(app.getPath('userData'), { console: !app.isPackaged });
const logUncaught = (error: unknown): void => mainLog.error('uncaught exception', error);
const logUnhandled = (reason: unknown): void => mainLog.error('unhandled rejection', reason);

/** The main window, created on start and again when macOS's dock icon is clicked with none open. */
function openMainWindow(warmUps: ReadonlyArray<() => void>): BrowserWindow {
  const window = createMainWindow(devUrl);
  // Load the page parsers, the backup's and the export's modules once the window is up, one per turn,
  // so that the first import of a saved page, backup or export does not wait for them; then one search.
  window.once('ready-to-show', () => setTimeout(() => void preloadModulesInTurns(warmUps), 2000));
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
  return window;
}

function showAbout(): void {
  const words = text().about;
  const options = {
    type: 'info' as const,
    title: words.title,
    message: PRODUCT_NAME,
    detail: aboutDetail(about, words),
  };
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

async function start(): Promise<void> {
  // A monitor only logs: Electron's own handling of an uncaught exception is unchanged.
  process.on('uncaughtExceptionMonitor', logUncaught);
  process.on('unhandledRejection', logUnhandled);
  // What the core reports on the console (a failed job, a failed import) reaches the log file too.
  const releaseConsole = mainLog.captureConsole();
  app.on('will-quit', () => {
    releaseConsole();
    process.off('uncaughtExceptionMonitor', logUncaught);
    process.off('unhandledRejection', logUnhandled);
  });
  protocol.handle(APP_SCHEME, rendererAssets(join(__dirname, '../renderer')));
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.setAboutPanelOptions(aboutPanelOptions(about));

  // After an unclean shutdown this checks the database; a damaged one is moved aside and the newest
  // good backup restored. The daily backup is made once the window is up (backUpIfDue below).
  const libraryDir = defaultLibraryDir(app.getPath('userData'));
  const changes = new LibraryChangeNotifier(() => mainWindow?.webContents.send(LIBRARY_CHANGED_EVENT));

  const options: LibraryOptions = {
    // The search index catches up in small steps between events, so the window never freezes.
    searchIndexing: 'background',
    onChange: () => changes.changed(),
  };
  const { library, report, backUpIfDue } = Library.openCheckedThenBackUp(libraryDir, options);
  let startupMessage = report.message || null;
  language = languageFor(library.preferences.get().language);
  library.seedSamples(join(app.getAppPath(), 'resources', 'samples'));
  // What can wait for the window's first rows waits for them (first-page.ts): the automatic cards
  // and the daily backup below start once the first page of articles has been answered and drawn.
  firstPage = firstPageGate();
  // Automatic review cards are on by default: an existing library's notes get theirs, in short steps.
  void firstPage.opened.then(() =>
    library.notes.fillAutoCards().catch((error: unknown) => mainLog.error('automatic cards', error)),
  );
  // The daily backup is also due while the app stays open for days; the check is cheap and at most daily.
  const hourly = setInterval(
    () => {
      library.backupIfDue().catch((error: unknown) => mainLog.error('automatic backup', error));
    },
    60 * 60 * 1000,
  );
  // The timer alone never keeps the process alive (app.exit after a restore skips will-quit).
  hourly.unref();
  app.on('will-quit', () => {
    clearInterval(hourly);
    changes.dispose();
    library.close();
  });

  const trusted = [APP_ORIGIN, ...(devUrl ? [new URL(devUrl).origin] : [])];
  registerIpc(
    {
      library,
      dialogs: electronDialogs(() => mainWindow, text),
      printer: electronPdfPrinter,
      startupMessage: () => startupMessage,
      log: mainLog,
      checkReplies: !app.isPackaged,
    },
    trusted,
    () => mainWindow?.webContents ?? null,
    (channel) => firstPage?.answered(channel),
  );

  // Menu commands run in the page, through the same flow (and report) as its buttons.
  const menuActions: MenuActions = {
    run: (command) => mainWindow?.webContents.send(MENU_COMMAND_EVENT, command),
    // The restore closes the library: after the start's backup, which reads it, has ended.
    restoreBackup: () => void afterStart.then(() => restoreFromBackup(library, libraryDir, options, text())),
    showAbout,
  };
  const installMenu = (): void => {
    const settings = { platform: process.platform, isPackaged: app.isPackaged, text: text() };
    Menu.setApplicationMenu(buildMenu(menuActions, settings));
  };
  installMenu();
  // A change of the language preference relabels the menu (the dialogs read it at each call).
  library.preferences.subscribe((preferences) => {
    const now = languageFor(preferences.language);
    if (now === language) return;
    language = now;
    installMenu();
  });
  const warmUps = [() => library.search.warmUp()];
  openMainWindow(warmUps);
  app.on('activate', () => {
    if (mainWindow === null) openMainWindow(warmUps);
  });
  // The window first, then its first rows; then the daily backup (a copy and check of the whole
  // database in a worker thread, about a second at 50,000 articles, which the first start of the day
  // used to wait for, and which slowed the first rows when it ran beside them).
  afterStart = firstPage.opened.then(backUpIfDue).then((completed) => {
    if (completed.autoBackupError) mainLog.warn('automatic backup', completed.autoBackupError);
    startupMessage = completed.message || null;
  });
}

/** Settles when the work left for after the window (the daily backup) has ended; tests wait on it. */
let afterStart: Promise<void> = Promise.resolve();
/** Opens once the window's first page of articles has been answered and drawn (first-page.ts). */
let firstPage: FirstPageGate | null = null;
/**
 * Settles when the work left for after the window's first rows (the daily backup) has ended; tests
 * wait on it. `now` starts that work without waiting for the first page (a test has no page to ask).
 */
export const backgroundStart = (options: { now?: boolean } = {}): Promise<void> => {
  if (options.now) firstPage?.open();
  return afterStart;
};

/** A start that failed (the library cannot be opened) says why and ends, releasing the single-instance lock. */
function failedToStart(error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  mainLog.error('start', error);
  // No library, so no preference: the system's language.
  const words = nativeText(languageFor('system')).start;
  dialog.showErrorBox(
    words.failedTitle,
    words.failedDetail(defaultLibraryDir(app.getPath('userData')), reason),
  );
  app.exit(1);
}

/** Settles once the app has started (or failed to); tests wait on it. Null for a second instance. */
export const started: Promise<void> | null = app.requestSingleInstanceLock()
  ? app.whenReady().then(start).catch(failedToStart)
  : null;

if (started === null) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
  // On macOS an app stays running with no window, until Quit; the dock icon opens a new one.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
