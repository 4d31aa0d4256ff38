import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/contract';

/** The application menu. Its commands are handed to the page, which runs the same flow as its buttons. */
export function buildMenu(run: (command: MenuCommand) => void, restoreBackup: () => void): Menu {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { id: 'import', label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => run('import') },
        {
          id: 'export-notes',
          label: 'Export Notes…',
          accelerator: 'CmdOrCtrl+E',
          click: () => run('export-notes'),
        },
        { type: 'separator' },
        { id: 'restore-backup', label: 'Restore from Backup…', click: restoreBackup },
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
