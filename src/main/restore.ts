import { app, BrowserWindow, dialog } from 'electron';
import { Library, type LibraryOptions } from './library';

/**
 * Restarts the app. Inside an AppImage `process.execPath` lies in the image's temporary mount, gone
 * once this process exits, so the restart goes through the AppImage file itself.
 */
export function relaunchApp(env = process.env): void {
  if (env.APPIMAGE) app.relaunch({ execPath: env.APPIMAGE, args: process.argv.slice(1) });
  else app.relaunch();
  app.exit(0);
}

/**
 * File → Restore from Backup…: after the user confirms, the library is closed, replaced by the backup
 * (the current one is kept beside it, never deleted) and the app restarts on the restored library.
 */
export async function restoreFromBackup(
  library: Library,
  dir: string,
  options: LibraryOptions,
): Promise<void> {
  const window = BrowserWindow.getFocusedWindow();
  const chooser: Electron.OpenDialogOptions = {
    title: 'Restore from backup',
    properties: ['openFile'],
    filters: [{ name: 'Bulletin backup', extensions: ['bulletin'] }],
  };
  const chosen = await (window ? dialog.showOpenDialog(window, chooser) : dialog.showOpenDialog(chooser));
  const file = chosen.filePaths[0];
  if (chosen.canceled || !file) return;
  const question: Electron.MessageBoxOptions = {
    type: 'warning',
    buttons: ['Restore', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: 'Replace the library with this backup?',
    detail: `Bulletin will restart with the library from ${file}. The current library is kept beside it, not deleted.`,
  };
  const answer = await (window ? dialog.showMessageBox(window, question) : dialog.showMessageBox(question));
  if (answer.response !== 0) return;
  library.close();
  try {
    await Library.restore(file, dir, { ...options, replace: true });
  } catch (error) {
    dialog.showErrorBox('The backup could not be restored', (error as Error).message);
  }
  relaunchApp();
}
