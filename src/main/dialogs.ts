import { app, dialog, shell, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { Dialogs } from './ipc-handlers';

const FILE_TYPES: Record<string, string> = {
  md: 'Markdown',
  pdf: 'PDF',
  docx: 'Word document',
  txt: 'Anki notes (tab-separated)',
  csv: 'CSV spreadsheet',
  bulletin: 'Bulletin backup',
};

/** The system's file dialogs, attached to the main window; each returns null when cancelled. */
export function electronDialogs(window: () => BrowserWindow | null): Dialogs {
  const open = (options: Electron.OpenDialogOptions) => {
    const parent = window();
    return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
  };
  const firstPath = (result: Electron.OpenDialogReturnValue) =>
    result.canceled || !result.filePaths[0] ? null : result.filePaths[0];
  return {
    chooseFilesToImport: async () => {
      const result = await open({
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
    chooseOpmlFile: async () =>
      firstPath(
        await open({
          title: 'Subscribe to the feeds of an OPML file',
          buttonLabel: 'Subscribe',
          properties: ['openFile'],
          filters: [{ name: 'OPML subscription lists', extensions: ['opml', 'xml'] }],
        }),
      ),
    chooseSyllabusFile: async () =>
      firstPath(
        await open({
          title: 'Load a syllabus file',
          buttonLabel: 'Load syllabus',
          properties: ['openFile'],
          filters: [{ name: 'Syllabus files', extensions: ['yaml', 'yml'] }],
        }),
      ),
    chooseFolderToImport: async () =>
      firstPath(
        await open({
          title: 'Import a folder of articles',
          buttonLabel: 'Import folder',
          properties: ['openDirectory'],
        }),
      ),
    chooseFolder: async (title) =>
      firstPath(await open({ title, properties: ['openDirectory', 'createDirectory'] })),
    // Selects the file in the file manager; never opens or runs it.
    showInFolder: (path) => shell.showItemInFolder(path),
    chooseExportPath: async (defaultName, extension = 'md') => {
      const options: Electron.SaveDialogOptions = {
        title: extension === 'bulletin' ? 'Back up the library' : 'Export',
        defaultPath: join(app.getPath('documents'), defaultName),
        filters: [{ name: FILE_TYPES[extension] ?? extension.toUpperCase(), extensions: [extension] }],
      };
      const parent = window();
      const result = await (parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options));
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
