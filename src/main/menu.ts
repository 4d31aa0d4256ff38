import { Menu, type MenuItemConstructorOptions } from 'electron';

/** The application menu; File → Import… runs the same import as the toolbar button. */
export function buildMenu(actions: { importFiles: () => void; exportNotes: () => void }): Menu {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: actions.importFiles },
        { label: 'Export Notes…', accelerator: 'CmdOrCtrl+E', click: actions.exportNotes },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
