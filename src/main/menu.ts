import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/contract';
import type { NativeText } from './native-text';

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
  /** The labels, in the interface's language. */
  text: NativeText;
}

/** The application menu's template; the ids are what tests and the e2e harness click by. */
export function menuTemplate(actions: MenuActions, settings: MenuSettings): MenuItemConstructorOptions[] {
  const isMac = settings.platform === 'darwin';
  const words = settings.text.menu;
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
    label: words.about,
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
      label: words.file,
      submenu: [
        { id: 'import', label: words.import, accelerator: 'CmdOrCtrl+O', click: () => actions.run('import') },
        {
          id: 'export-notes',
          label: words.exportNotes,
          accelerator: 'CmdOrCtrl+E',
          click: () => actions.run('export-notes'),
        },
        { type: 'separator' },
        { id: 'restore-backup', label: words.restoreBackup, click: actions.restoreBackup },
        { type: 'separator' },
        isMac ? { role: 'close', label: words.close } : { role: 'quit', label: words.quit },
      ],
    },
    // Spelled out rather than `editMenu`/`windowMenu`, whose items Electron labels in English only.
    {
      label: words.edit,
      submenu: [
        { role: 'undo', label: words.undo },
        { role: 'redo', label: words.redo },
        { type: 'separator' },
        { role: 'cut', label: words.cut },
        { role: 'copy', label: words.copy },
        { role: 'paste', label: words.paste },
        { role: 'selectAll', label: words.selectAll },
      ],
    },
    {
      label: words.view,
      submenu: [
        ...development,
        // The page zooms itself (the `zoom` preference, kept in the library) and handles the keys;
        // the menu only names them, so Chromium's own zoom never stacks on top.
        {
          id: 'zoom-reset',
          label: words.actualSize,
          accelerator: 'CmdOrCtrl+0',
          registerAccelerator: false,
          click: () => actions.run('zoom-reset'),
        },
        {
          id: 'zoom-in',
          label: words.zoomIn,
          accelerator: 'CmdOrCtrl+Plus',
          registerAccelerator: false,
          click: () => actions.run('zoom-in'),
        },
        {
          id: 'zoom-out',
          label: words.zoomOut,
          accelerator: 'CmdOrCtrl+-',
          registerAccelerator: false,
          click: () => actions.run('zoom-out'),
        },
        { type: 'separator' },
        { role: 'togglefullscreen', label: words.fullScreen },
      ],
    },
    {
      label: words.window,
      role: 'window',
      submenu: [
        { role: 'minimize', label: words.minimize },
        ...(isMac
          ? [{ role: 'zoom' as const }, { role: 'front' as const }]
          : [{ role: 'close' as const, label: words.close }]),
      ],
    },
    ...(isMac ? [] : [{ role: 'help' as const, label: words.help, submenu: [about] }]),
  ];
}

/** The application menu. */
export function buildMenu(actions: MenuActions, settings: MenuSettings): Menu {
  return Menu.buildFromTemplate(menuTemplate(actions, settings));
}
