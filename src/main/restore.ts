import { app, BrowserWindow, dialog } from 'electron';
import { Library, type LibraryOptions } from './library';
import type { NativeText } from './native-text';

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
  text: NativeText,
): Promise<void> {
  const words = text.restore;
  const window = BrowserWindow.getFocusedWindow();
  const chooser: Electron.OpenDialogOptions = {
    title: words.chooseTitle,
    properties: ['openFile'],
    filters: [{ name: text.dialogs.fileTypes.bulletin ?? 'Bulletin', extensions: ['bulletin'] }],
  };
  const chosen = await (window ? dialog.showOpenDialog(window, chooser) : dialog.showOpenDialog(chooser));
  const file = chosen.filePaths[0];
  if (chosen.canceled || !file) return;
  const question: Electron.MessageBoxOptions = {
    type: 'warning',
    buttons: [words.confirm, words.cancel],
    defaultId: 1,
    cancelId: 1,
    message: words.question,
    detail: words.detail(file),
  };
  const answer = await (window ? dialog.showMessageBox(window, question) : dialog.showMessageBox(question));
  if (answer.response !== 0) return;
  library.close();
  try {
    await Library.restore(file, dir, { ...options, replace: true });
  } catch (error) {
    dialog.showErrorBox(words.failedTitle, (error as Error).message);
  }
  relaunchApp();
}
