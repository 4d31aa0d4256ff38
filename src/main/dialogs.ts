import { app, dialog, shell, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { Dialogs } from './ipc-handlers';
import type { NativeText } from './native-text';

/**
 * The system's file dialogs, attached to the main window, titled in the interface's language (read
 * at each call, so a change of language shows at the next dialog); each returns null when cancelled.
 */
export function electronDialogs(window: () => BrowserWindow | null, text: () => NativeText): Dialogs {
  const open = (options: Electron.OpenDialogOptions) => {
    const parent = window();
    return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
  };
  const firstPath = (result: Electron.OpenDialogReturnValue) =>
    result.canceled || !result.filePaths[0] ? null : result.filePaths[0];
  return {
    chooseFilesToImport: async () => {
      const words = text().dialogs;
      const result = await open({
        title: words.importTitle,
        properties: ['openFile', 'multiSelections'],
        filters: [
          {
            name: words.importFilter,
            extensions: ['txt', 'text', 'md', 'html', 'htm', 'json', 'jsonl', 'csv', 'xml'],
          },
        ],
      });
      return result.canceled ? null : result.filePaths;
    },
    chooseOpmlFile: async () => {
      const words = text().dialogs;
      return firstPath(
        await open({
          title: words.opmlTitle,
          buttonLabel: words.opmlButton,
          properties: ['openFile'],
          filters: [{ name: words.opmlFilter, extensions: ['opml', 'xml'] }],
        }),
      );
    },
    chooseSyllabusFile: async () => {
      const words = text().dialogs;
      return firstPath(
        await open({
          title: words.syllabusTitle,
          buttonLabel: words.syllabusButton,
          properties: ['openFile'],
          filters: [{ name: words.syllabusFilter, extensions: ['yaml', 'yml'] }],
        }),
      );
    },
    chooseFolderToImport: async () => {
      const words = text().dialogs;
      return firstPath(
        await open({
          title: words.folderTitle,
          buttonLabel: words.folderButton,
          properties: ['openDirectory'],
        }),
      );
    },
    chooseFolder: async (purpose) => {
      const words = text().dialogs;
      const title = purpose === 'backups' ? words.backupFolderTitle : words.exportFolderTitle;
      return firstPath(await open({ title, properties: ['openDirectory', 'createDirectory'] }));
    },
    // Selects the file in the file manager; never opens or runs it.
    showInFolder: (path) => shell.showItemInFolder(path),
    chooseExportPath: async (defaultName, extension = 'md') => {
      const words = text().dialogs;
      const options: Electron.SaveDialogOptions = {
        title: extension === 'bulletin' ? words.backupTitle : words.exportTitle,
        defaultPath: join(app.getPath('documents'), defaultName),
        filters: [{ name: words.fileTypes[extension] ?? extension.toUpperCase(), extensions: [extension] }],
      };
      const parent = window();
      const result = await (parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options));
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
