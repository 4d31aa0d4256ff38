/** App lifecycle only: open the library, register IPC, create the window. */
import { app, BrowserWindow, dialog, Menu, net, protocol, session, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MENU_COMMAND_EVENT } from '../shared/contract';
import type { Dialogs } from './ipc-handlers';
import { registerIpc } from './ipc';
import { Library, type LibraryOptions } from './library';
import { defaultLibraryDir } from './library-location';
import { buildMenu } from './menu';
import { resolveAsset } from './protocol';
import { preloadParsers } from './library/import/lazy';
import { APP_ORIGIN, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security';
import { createMainWindow, lockDownContents } from './window';
import { electronPdfPrinter } from './pdf-printer';

const FILE_TYPES: Record<string, string> = {
  md: 'Markdown',
  pdf: 'PDF',
  docx: 'Word document',
  txt: 'Anki notes (tab-separated)',
  csv: 'CSV spreadsheet',
  bulletin: 'Bulletin backup',
};

app.setName('Bulletin');
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true } }]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(async () => {
    const rendererRoot = join(__dirname, '../renderer');
    protocol.handle(APP_SCHEME, (request) => {
      const asset = resolveAsset(rendererRoot, new URL(request.url).pathname);
      if (!asset) return new Response('Not found', { status: 404 });
      return net.fetch(pathToFileURL(asset.file).toString()).then(
        async (response) =>
          new Response(await response.arrayBuffer(), {
            headers: { 'content-type': asset.mimeType, 'content-security-policy': CONTENT_SECURITY_POLICY },
          }),
      );
    });
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));

    // After an unclean shutdown this checks the database; a damaged one is moved aside and the newest
    // good backup restored. The daily backup is made here too.
    const libraryDir = defaultLibraryDir(join(app.getPath('userData')));
    const options: LibraryOptions = {
      // The search index catches up in small steps between events, so the window never freezes.
      searchIndexing: 'background',
    };
    const { library, report } = await Library.openChecked(libraryDir, options);
    library.seedSamples(join(app.getAppPath(), 'resources', 'samples'));
    // The daily backup is also due while the app stays open for days; the check is cheap and at most daily.
    const hourly = setInterval(
      () => {
        library
          .backupIfDue()
          .catch((error: Error) => console.error('bulletin: automatic backup failed', error));
      },
      60 * 60 * 1000,
    );
    app.on('will-quit', () => {
      clearInterval(hourly);
      library.close();
    });

    const dialogs: Dialogs = {
      chooseFilesToImport: async () => {
        const result = await dialog.showOpenDialog(mainWindow!, {
          title: 'Import articles',
          properties: ['openFile', 'multiSelections'],
          filters: [
            {
              name: 'Articles',
              extensions: ['txt', 'text', 'md', 'html', 'htm', 'json', 'jsonl', 'csv', 'xml'],
            },
          ],
        });
        return result.canceled ? null : result.filePaths;
      },
      chooseOpmlFile: async () => {
        const result = await dialog.showOpenDialog(mainWindow!, {
          title: 'Subscribe to the feeds of an OPML file',
          buttonLabel: 'Subscribe',
          properties: ['openFile'],
          filters: [{ name: 'OPML subscription lists', extensions: ['opml', 'xml'] }],
        });
        return result.canceled || !result.filePaths[0] ? null : result.filePaths[0];
      },
      chooseFolderToImport: async () => {
        const result = await dialog.showOpenDialog(mainWindow!, {
          title: 'Import a folder of articles',
          buttonLabel: 'Import folder',
          properties: ['openDirectory'],
        });
        return result.canceled || !result.filePaths[0] ? null : result.filePaths[0];
      },
      chooseFolder: async (title) => {
        const result = await dialog.showOpenDialog(mainWindow!, {
          title,
          properties: ['openDirectory', 'createDirectory'],
        });
        return result.canceled || !result.filePaths[0] ? null : result.filePaths[0];
      },
      // Selects the file in the file manager; never opens or runs it.
      showInFolder: (path) => shell.showItemInFolder(path),
      chooseExportPath: async (defaultName, extension = 'md') => {
        const result = await dialog.showSaveDialog(mainWindow!, {
          title: extension === 'bulletin' ? 'Back up the library' : 'Export',
          defaultPath: join(app.getPath('documents'), defaultName),
          filters: [{ name: FILE_TYPES[extension] ?? extension.toUpperCase(), extensions: [extension] }],
        });
        return result.canceled || !result.filePath ? null : result.filePath;
      },
    };

    const devUrl = process.env.ELECTRON_RENDERER_URL;
    const trusted = [APP_ORIGIN, ...(devUrl ? [new URL(devUrl).origin] : [])];
    registerIpc(
      { library, dialogs, printer: electronPdfPrinter, startupMessage: report.message || null },
      trusted,
      () => mainWindow?.webContents ?? null,
    );

    // Menu commands run in the page, through the same flow (and report) as its buttons.
    Menu.setApplicationMenu(
      buildMenu(
        (command) => mainWindow?.webContents.send(MENU_COMMAND_EVENT, command),
        () => void restoreFromBackup(library, libraryDir, options),
      ),
    );

    mainWindow = createMainWindow(devUrl);
    // Load the page parsers once the window is up, so the first import of a saved page does not wait.
    mainWindow.once('ready-to-show', () => setTimeout(preloadParsers, 2000));
    mainWindow.on('closed', () => (mainWindow = null));
  });
}

/**
 * File → Restore from Backup…: after the user confirms, the library is closed, replaced by the backup
 * (the current one is kept beside it, never deleted) and the app restarts on the restored library.
 */
async function restoreFromBackup(library: Library, dir: string, options: LibraryOptions): Promise<void> {
  const window = BrowserWindow.getFocusedWindow() ?? undefined;
  const chosen = await dialog.showOpenDialog(window!, {
    title: 'Restore from backup',
    properties: ['openFile'],
    filters: [{ name: 'Bulletin backup', extensions: ['bulletin'] }],
  });
  const file = chosen.filePaths[0];
  if (chosen.canceled || !file) return;
  const answer = await dialog.showMessageBox(window!, {
    type: 'warning',
    buttons: ['Restore', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: 'Replace the library with this backup?',
    detail: `Bulletin will restart with the library from ${file}. The current library is kept beside it, not deleted.`,
  });
  if (answer.response !== 0) return;
  library.close();
  try {
    await Library.restore(file, dir, { ...options, replace: true });
  } catch (error) {
    dialog.showErrorBox('The backup could not be restored', (error as Error).message);
  }
  app.relaunch();
  app.exit(0);
}
