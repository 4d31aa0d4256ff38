import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { AUTO_DIR } from './library/backup/automatic';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadMainProcess, restorePlatform, type MainProcess } from '../../test/support/main-process';

vi.mock('electron', async () => (await import('../../test/support/fake-electron')).fakeElectronModule());

let running: MainProcess | null = null;

async function start(settings: Parameters<typeof loadMainProcess>[0] = {}): Promise<MainProcess> {
  running = await loadMainProcess(settings);
  return running;
}

afterEach(() => {
  running?.quit();
  running = null;
  restorePlatform();
  delete process.env.ELECTRON_RENDERER_URL;
});

describe('before ready', () => {
  it('caps V8 young generation through js-flags before ready', async () => {
    const main = await start();
    await main.ready();
    const names = main.electron.callNames();
    expect(names.indexOf('app.commandLine.appendSwitch')).toBeGreaterThanOrEqual(0);
    expect(names.indexOf('app.commandLine.appendSwitch')).toBeLessThan(names.indexOf('ready'));
    expect(main.electron.switches.get('js-flags')).toBe('--max-semi-space-size=8');
  });

  it('registers the app:// scheme once, and enables the sandbox, before ready', async () => {
    const main = await start();
    await main.ready();
    const names = main.electron.callNames();
    const ready = names.indexOf('ready');
    expect(names.filter((n) => n === 'protocol.registerSchemesAsPrivileged')).toHaveLength(1);
    expect(names.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(ready);
    expect(names.indexOf('app.enableSandbox')).toBeGreaterThanOrEqual(0);
    expect(names.indexOf('app.enableSandbox')).toBeLessThan(ready);
    const [schemes] = main.electron.calls.find(
      (c) => c.name === 'protocol.registerSchemesAsPrivileged',
    )!.args;
    expect(schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true } }]);
    // The handler itself is registered once Chromium is up.
    expect(names.indexOf('protocol.handle')).toBeGreaterThan(ready);
  });
});

describe('the default session', () => {
  it('denies every permission check and request', async () => {
    const main = await start();
    await main.ready();
    const session = main.electron.session.defaultSession;
    expect(session.permissionCheck).toBeTypeOf('function');
    for (const permission of ['notifications', 'media', 'geolocation', 'clipboard-read'] as const) {
      expect(session.permissionCheck!(null, permission, 'app://bulletin', {} as never)).toBe(false);
    }
    const answers: boolean[] = [];
    session.permissionRequest!({} as never, 'media', (granted) => answers.push(granted), {} as never);
    expect(answers).toEqual([false]);
  });
});

describe('the start', () => {
  it('creates the window first and makes the daily backup after its first page, without waiting for it', async () => {
    const main = await start();
    await main.ready({ background: false });
    const auto = join(main.libraryDir, 'backups', AUTO_DIR);
    expect(main.window().webContents.loadedUrl).toBe('app://bulletin/index.html');
    expect(existsSync(auto) ? readdirSync(auto) : []).toEqual([]);
    // The window asks for its first rows; the backup starts once they are answered and drawn.
    const contents = main.window().webContents;
    const page = (await main.electron.invoke('bulletin:listArticlePage', contents, contents.mainFrame, {
      filter: {},
      limit: 300,
      cursor: null,
    })) as { ok: boolean };
    expect(page.ok).toBe(true);
    expect(existsSync(auto) ? readdirSync(auto) : []).toEqual([]);
    await main.backgroundStart();
    expect(readdirSync(auto)).toEqual([expect.stringMatching(/^library-.*\.sqlite$/)]);
  });
});

describe('the main window', () => {
  it('is sandboxed and isolated, has no spellchecker and loads app://bulletin', async () => {
    const main = await start();
    await main.ready();
    const window = main.window();
    expect(window.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      spellcheck: false,
    });
    expect(window.webContents.loadedUrl).toBe('app://bulletin/index.html');
    // lockDownContents ran on it (web-contents-created): new windows are denied.
    expect(window.webContents.windowOpenHandler!({ url: 'https://example.org' } as never)).toEqual({
      action: 'deny',
    });
  });

  it('loads ELECTRON_RENDERER_URL in development only', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173';
    const dev = await start();
    await dev.ready();
    expect(dev.window().webContents.loadedUrl).toBe('http://localhost:5173');
    dev.quit();

    const packaged = await start({ isPackaged: true });
    await packaged.ready();
    expect(packaged.window().webContents.loadedUrl).toBe('app://bulletin/index.html');
  });
});

describe('the application menu', () => {
  const menuOf = async (settings: Parameters<typeof loadMainProcess>[0]) => {
    const main = await start(settings);
    await main.ready();
    return { main, menu: main.electron.applicationMenu! };
  };

  it('has File → Import… (CmdOrCtrl+O), Export Notes… (CmdOrCtrl+E), Restore, and Help → About', async () => {
    const { menu } = await menuOf({ platform: 'linux' });
    expect(menu.getMenuItemById('import')).toMatchObject({ label: 'Import…', accelerator: 'CmdOrCtrl+O' });
    expect(menu.getMenuItemById('export-notes')).toMatchObject({ accelerator: 'CmdOrCtrl+E' });
    expect(menu.getMenuItemById('restore-backup')?.label).toBe('Restore from Backup…');
    const help = menu.template.find((item) => item.role === 'help');
    expect(help?.submenu).toEqual([expect.objectContaining({ id: 'about', label: 'About Bulletin' })]);
  });

  it('hands File → Import… to the page', async () => {
    const { main, menu } = await menuOf({});
    menu.click('import');
    expect(main.window().webContents.sent).toContainEqual({
      channel: 'bulletin:menu-command',
      args: ['import'],
    });
  });

  it('offers DevTools only when not packaged', async () => {
    const { menu: development } = await menuOf({ isPackaged: false });
    expect(development.getMenuItemById('toggle-dev-tools')?.role).toBe('toggleDevTools');
    running?.quit();
    const { menu: packaged } = await menuOf({ isPackaged: true });
    expect(packaged.getMenuItemById('toggle-dev-tools')).toBeNull();
    expect(packaged.items().some((item) => item.role === 'toggleDevTools' || item.role === 'viewMenu')).toBe(
      false,
    );
  });

  it('shows About with the version, the runtime and the licence', async () => {
    const { main, menu } = await menuOf({ platform: 'linux', version: '1.2.3' });
    menu.click('about');
    const box = main.electron.calls.find((c) => c.name === 'dialog.showMessageBox')!
      .args[0] as Electron.MessageBoxOptions;
    expect(box.message).toBe('Bulletin');
    expect(box.detail).toContain('Version 1.2.3');
    expect(box.detail).toContain(`Node.js ${process.versions.node}`);
    expect(box.detail).toMatch(/Electron .*\nChromium .*\n/);
    expect(box.detail).toContain('Licence: MIT');
  });

  it('on macOS, puts About in the app menu with the About panel filled in', async () => {
    const { main, menu } = await menuOf({ platform: 'darwin', version: '1.2.3' });
    expect(menu.template[0]?.label).toBe('Bulletin');
    expect(menu.getMenuItemById('about')?.role).toBe('about');
    const [panel] = main.electron.calls.find((c) => c.name === 'app.setAboutPanelOptions')!.args;
    expect(panel).toMatchObject({ applicationName: 'Bulletin', applicationVersion: '1.2.3' });
    expect((panel as Electron.AboutPanelOptionsOptions).credits).toContain('Licence: MIT');
  });
});

describe('the menus and dialogs in the interface language', () => {
  const page = (main: MainProcess) => {
    const contents = main.window().webContents;
    return (channel: string, input: unknown) =>
      main.electron.invoke(`bulletin:${channel}`, contents, contents.mainFrame, input);
  };

  it('follow a Hindi system while the preference is "system"', async () => {
    const main = await start({ platform: 'linux', systemLanguages: ['hi-IN', 'en-US'] });
    await main.ready();
    const menu = main.electron.applicationMenu!;
    expect(menu.getMenuItemById('import')?.label).toBe('आयात करें…');
    expect(menu.template.map((item) => item.label)).toEqual(['फ़ाइल', 'संपादन', 'दृश्य', 'विंडो', 'सहायता']);
    // Every labelled item of the menu is in Hindi, the edit roles included.
    const labels = menu.items().flatMap((item) => (item.label ? [item.label] : []));
    expect(labels.filter((label) => !/[\u0900-\u097F]/.test(label))).toEqual([]);
  });

  it('change with the language preference: the menu at once, the file dialogs and About at their next opening', async () => {
    const main = await start({ platform: 'linux' });
    await main.ready();
    await vi.waitFor(() => expect(main.window().webContents.loadedUrl).toBe('app://bulletin/index.html'));
    expect(main.electron.applicationMenu!.getMenuItemById('import')?.label).toBe('Import…');
    expect(await page(main)('updatePreferences', { language: 'hi' })).toMatchObject({ ok: true });
    const menu = main.electron.applicationMenu!;
    expect(menu.getMenuItemById('restore-backup')?.label).toBe('बैकअप से बहाल करें…');

    main.electron.answers.open.push({ canceled: true, filePaths: [] });
    await page(main)('importWithDialog', {});
    const chooser = main.electron.calls.findLast((c) => c.name === 'dialog.showOpenDialog')!
      .args[0] as Electron.OpenDialogOptions;
    expect(chooser.title).toBe('लेख आयात करें');
    expect(chooser.filters?.[0]?.name).toBe('लेख');

    menu.click('about');
    const box = main.electron.calls.findLast((c) => c.name === 'dialog.showMessageBox')!
      .args[0] as Electron.MessageBoxOptions;
    expect(box.title).toBe('Bulletin के बारे में');
    expect(box.detail).toContain('संस्करण');
    expect(box.detail).toContain('लाइसेंस: MIT');

    await page(main)('updatePreferences', { language: 'en' });
    expect(main.electron.applicationMenu!.getMenuItemById('import')?.label).toBe('Import…');
  });
});

describe('single instance', () => {
  it('a second instance quits at once and opens nothing', async () => {
    const main = await start({ singleInstanceLock: false });
    expect(main.electron.callNames()).toContain('app.quit');
    main.electron.emitReady();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(main.electron.windows).toHaveLength(0);
    running = null;
  });

  it('the first instance brings its window back when a second one starts', async () => {
    const main = await start();
    await main.ready();
    const window = main.window();
    window.minimized = true;
    main.electron.app.emit('second-instance', {}, [], '/');
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(true);
  });
});

describe('closing the last window', () => {
  it('quits on Linux and Windows', async () => {
    const main = await start({ platform: 'linux' });
    await main.ready();
    main.window().close();
    expect(main.electron.callNames()).toContain('app.quit');
  });

  it('keeps running on macOS, and the dock icon opens a new window', async () => {
    const main = await start({ platform: 'darwin' });
    await main.ready();
    const first = main.window();
    first.close();
    expect(main.electron.callNames()).not.toContain('app.quit');
    main.electron.app.emit('activate', {}, false);
    const second = main.window();
    expect(second).not.toBe(first);
    await vi.waitFor(() => expect(second.webContents.loadedUrl).toBe('app://bulletin/index.html'));
    // With a window open, activate opens no other.
    main.electron.app.emit('activate', {}, true);
    expect(main.electron.windows.filter((w) => !w.destroyed)).toHaveLength(1);
  });
});

describe('a library that cannot be opened', () => {
  it('shows an error box naming the folder, and exits with 1', async () => {
    const main = await start();
    // The database file is a folder: SQLite cannot open it.
    mkdirSync(join(main.libraryDir, 'library.sqlite'), { recursive: true });
    await main.ready();
    expect(main.electron.errorBoxes).toHaveLength(1);
    const [box] = main.electron.errorBoxes;
    expect(box!.title).toBe('Bulletin could not start');
    expect(box!.content).toContain(`The library in ${main.libraryDir} could not be opened:`);
    expect(main.electron.exitCode).toBe(1);
    expect(main.electron.windows).toHaveLength(0);
    running = null;
  });

  it('says so when the library was written by a newer Bulletin, and exits with 1', async () => {
    const main = await start();
    mkdirSync(main.libraryDir, { recursive: true });
    const db = new Database(join(main.libraryDir, 'library.sqlite'));
    db.pragma('user_version = 9999');
    db.close();
    await main.ready();
    expect(main.electron.errorBoxes[0]?.content).toMatch(
      /could not be opened: .*written by a newer version of Bulletin/,
    );
    expect(main.electron.exitCode).toBe(1);
    running = null;
  });

  it('says it in Hindi on a Hindi system (there is no library to hold a preference)', async () => {
    const main = await start({ systemLanguages: ['hi-IN'] });
    mkdirSync(join(main.libraryDir, 'library.sqlite'), { recursive: true });
    await main.ready();
    const [box] = main.electron.errorBoxes;
    expect(box!.title).toBe('Bulletin शुरू नहीं हो सका');
    expect(box!.content).toContain(`${main.libraryDir} की लाइब्रेरी खोली नहीं जा सकी:`);
    running = null;
  });
});
