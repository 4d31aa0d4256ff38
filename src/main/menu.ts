import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/contract';

export interface MenuActions {
  /** Hands a command to the page, which runs the same flow as its buttons. */
  run(command: MenuCommand): void;
  restoreBackup(): void;
  showAbout(): void;
}

export interface MenuSettings {
  platform: NodeJS.Platform;
  /** A packaged app has no DevTools and no reload in its menu. */
  isPackaged: boolean;
}

/** The application menu's template; the ids are what tests and the e2e harness click by. */
export function menuTemplate(actions: MenuActions, settings: MenuSettings): MenuItemConstructorOptions[] {
  const isMac = settings.platform === 'darwin';
  const development: MenuItemConstructorOptions[] = settings.isPackaged
    ? []
    : [
        { id: 'reload', role: 'reload' },
        { id: 'force-reload', role: 'forceReload' },
        { id: 'toggle-dev-tools', role: 'toggleDevTools' },
        { type: 'separator' },
      ];
  const about: MenuItemConstructorOptions = {
    id: 'about',
    label: 'About Bulletin',
    click: actions.showAbout,
  };
  return [
    ...(isMac
      ? [
          {
            label: 'Bulletin',
            submenu: [
              // The role shows the panel filled by app.setAboutPanelOptions.
              { id: 'about', role: 'about' },
              { type: 'separator' },
              { role: 'services' },
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              { role: 'quit' },
            ] satisfies MenuItemConstructorOptions[],
          },
        ]
      : []),
    {
      label: 'File',
      submenu: [
        { id: 'import', label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => actions.run('import') },
        {
          id: 'export-notes',
          label: 'Export Notes…',
          accelerator: 'CmdOrCtrl+E',
          click: () => actions.run('export-notes'),
        },
        { type: 'separator' },
        { id: 'restore-backup', label: 'Restore from Backup…', click: actions.restoreBackup },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        ...development,
        // The page zooms itself (the `zoom` preference, kept in the library) and handles the keys;
        // the menu only names them, so Chromium's own zoom never stacks on top.
        {
          id: 'zoom-reset',
          label: 'Actual Size',
          accelerator: 'CmdOrCtrl+0',
          registerAccelerator: false,
          click: () => actions.run('zoom-reset'),
        },
        {
          id: 'zoom-in',
          label: 'Zoom In',
          accelerator: 'CmdOrCtrl+Plus',
          registerAccelerator: false,
          click: () => actions.run('zoom-in'),
        },
        {
          id: 'zoom-out',
          label: 'Zoom Out',
          accelerator: 'CmdOrCtrl+-',
          registerAccelerator: false,
          click: () => actions.run('zoom-out'),
        },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    ...(isMac ? [] : [{ role: 'help' as const, submenu: [about] }]),
  ];
}

/** The application menu. */
export function buildMenu(actions: MenuActions, settings: MenuSettings): Menu {
  return Menu.buildFromTemplate(menuTemplate(actions, settings));
}
