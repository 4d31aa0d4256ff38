/**
 * A typed fake of the parts of the `electron` module that Bulletin's main process uses, for loading
 * `src/main/index.ts` for real in Node (`vi.mock('electron', () => fakeElectronModule())`).
 *
 * Every member the app calls is typed from the installed `electron.d.ts` (`satisfies Pick<Electron.App, …>`,
 * or a field typed `Electron.WebContents['send']`), so a changed signature fails `npm run typecheck` here.
 * The fake records each call in order (`calls`), and behaves as Electron does where the app depends on it:
 * `registerSchemesAsPrivileged` throws after ready; `net.fetch` and page loads go through the session's
 * `webRequest.onBeforeRequest` listener (as Electron's do, custom protocols and file: included); a data:
 * URL over 2 MB fails to load, as Chromium refuses it.
 *
 * The state lives on `globalThis`, so the test file and the modules loaded after `vi.resetModules()` share it.
 */
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Chromium's limit on a URL's length (GURL's kMaxURLChars). */
export const MAX_URL_CHARS = 2 * 1024 * 1024;

type BeforeRequestListener = (
  details: Electron.OnBeforeRequestListenerDetails,
  callback: (response: Electron.CallbackResponse) => void,
) => void;
type PermissionCheck = Parameters<Electron.Session['setPermissionCheckHandler']>[0];
type PermissionRequest = Parameters<Electron.Session['setPermissionRequestHandler']>[0];

/** One recorded call: `app.relaunch`, `window.loadFile`, … with its arguments. */
export interface Call {
  name: string;
  args: unknown[];
}

// ---- sessions -------------------------------------------------------------------------------------

export class FakeSession {
  beforeRequest: BeforeRequestListener | null = null;
  beforeRequestFilter: Electron.WebRequestFilter | null = null;
  permissionCheck: PermissionCheck = null;
  permissionRequest: PermissionRequest = null;

  constructor(
    readonly partition: string,
    private readonly state: FakeElectronState,
  ) {}

  readonly webRequest = {
    onBeforeRequest: ((
      filterOrListener: Electron.WebRequestFilter | BeforeRequestListener | null,
      listener?: BeforeRequestListener | null,
    ) => {
      this.state.record('session.webRequest.onBeforeRequest', [this.partition]);
      if (typeof filterOrListener === 'function' || filterOrListener === null) {
        this.beforeRequestFilter = null;
        this.beforeRequest = filterOrListener;
      } else {
        this.beforeRequestFilter = filterOrListener;
        this.beforeRequest = listener ?? null;
      }
    }) satisfies Electron.WebRequest['onBeforeRequest'],
  };

  setPermissionCheckHandler: Electron.Session['setPermissionCheckHandler'] = (handler) => {
    this.state.record('session.setPermissionCheckHandler', [this.partition]);
    this.permissionCheck = handler;
  };

  setPermissionRequestHandler: Electron.Session['setPermissionRequestHandler'] = (handler) => {
    this.state.record('session.setPermissionRequestHandler', [this.partition]);
    this.permissionRequest = handler;
  };

  /** Runs a request past the webRequest listener, as Chromium does; true when it was cancelled. */
  cancels(url: string): Promise<boolean> {
    const listener = this.beforeRequest;
    if (!listener) return Promise.resolve(false);
    if (this.beforeRequestFilter && !matchesAny(url, this.beforeRequestFilter.urls))
      return Promise.resolve(false);
    return new Promise((resolve) =>
      listener(
        {
          url,
          method: 'GET',
          id: 1,
          resourceType: 'mainFrame',
          timestamp: Date.now(),
        } as Electron.OnBeforeRequestListenerDetails,
        (response) => resolve(response.cancel === true),
      ),
    );
  }
}

/** Chromium's match patterns, reduced to what a filter in this app could use (`<all_urls>`, `*`). */
function matchesAny(url: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => {
    if (pattern === '<all_urls>') return true;
    const regex = new RegExp(
      `^${pattern
        .split('*')
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    return regex.test(url);
  });
}

// ---- web contents and windows ---------------------------------------------------------------------

/** A frame as an IPC event carries it: its URL, and who it is. */
export interface FakeFrame {
  url: string;
  name: string;
}

export class FakeWebContents extends EventEmitter {
  readonly mainFrame: FakeFrame = { url: '', name: 'main' };
  /** The URL the page last loaded, and for a file the HTML it read. */
  loadedUrl: string | null = null;
  loadedHtml: string | null = null;
  sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0] | null = null;
  destroyed = false;

  constructor(
    readonly session: FakeSession,
    private readonly state: FakeElectronState,
  ) {
    super();
  }

  send: Electron.WebContents['send'] = (channel, ...args) => {
    this.state.record('webContents.send', [channel, ...args]);
    this.sent.push({ channel, args });
  };

  setWindowOpenHandler: Electron.WebContents['setWindowOpenHandler'] = (handler) => {
    this.windowOpenHandler = handler;
  };

  printToPDF: Electron.WebContents['printToPDF'] = async (options) => {
    this.state.record('webContents.printToPDF', [options]);
    if (this.loadedHtml === null) throw new Error('printToPDF: nothing loaded');
    return Buffer.from(
      `%PDF-1.7 fake print of ${this.loadedUrl} (${this.loadedHtml.length} characters)\n%%EOF\n`,
    );
  };

  isDestroyed: Electron.WebContents['isDestroyed'] = () => this.destroyed;

  /** Loads a URL as Chromium would: refused beyond 2 MB, past the session's webRequest listener. */
  async load(url: string): Promise<void> {
    if (url.length > MAX_URL_CHARS) throw new Error(`ERR_INVALID_URL (-300) loading '${url.slice(0, 40)}…'`);
    if (await this.session.cancels(url)) throw new Error(`ERR_BLOCKED_BY_CLIENT (-20) loading '${url}'`);
    this.loadedUrl = url;
    this.mainFrame.url = url;
    if (url.startsWith('file:')) this.loadedHtml = await readFile(fileURLToPath(url), 'utf8');
    else if (url.startsWith('data:')) this.loadedHtml = decodeURIComponent(url.slice(url.indexOf(',') + 1));
    else this.loadedHtml = '';
  }
}

export class FakeBrowserWindow extends EventEmitter {
  readonly webContents: FakeWebContents;
  readonly options: Electron.BrowserWindowConstructorOptions;
  minimized = false;
  focused = false;
  destroyed = false;

  constructor(options: Electron.BrowserWindowConstructorOptions = {}) {
    super();
    const state = fakeElectron();
    this.options = options;
    const partition = options.webPreferences?.partition;
    const session = partition ? state.session.fromPartition(partition) : state.session.defaultSession;
    this.webContents = new FakeWebContents(session, state);
    state.windows.push(this);
    state.record('new BrowserWindow', [options]);
    // Electron emits this on the app for every web contents it creates.
    state.app.emit('web-contents-created', {}, this.webContents);
  }

  static getFocusedWindow = (): FakeBrowserWindow | null =>
    fakeElectron().windows.find((window) => window.focused && !window.destroyed) ?? null;
  static getAllWindows = (): FakeBrowserWindow[] =>
    fakeElectron().windows.filter((window) => !window.destroyed);

  loadURL: Electron.BrowserWindow['loadURL'] = async (url) => {
    fakeElectron().record('window.loadURL', [url.slice(0, 200)]);
    await this.webContents.load(url);
  };

  loadFile: Electron.BrowserWindow['loadFile'] = async (filePath) => {
    fakeElectron().record('window.loadFile', [filePath]);
    await this.webContents.load(pathToFileURL(filePath).toString());
  };

  show: Electron.BrowserWindow['show'] = () => undefined;
  isMinimized: Electron.BrowserWindow['isMinimized'] = () => this.minimized;
  restore: Electron.BrowserWindow['restore'] = () => {
    this.minimized = false;
  };
  focus: Electron.BrowserWindow['focus'] = () => {
    fakeElectron().record('window.focus', []);
    this.focused = true;
  };
  destroy: Electron.BrowserWindow['destroy'] = () => {
    fakeElectron().record('window.destroy', []);
    this.destroyed = true;
    this.webContents.destroyed = true;
  };
  isDestroyed: Electron.BrowserWindow['isDestroyed'] = () => this.destroyed;
  /** Closes the window as the user does: 'closed', then 'window-all-closed' when it was the last. */
  close: Electron.BrowserWindow['close'] = () => {
    this.destroy();
    this.emit('closed');
    if (FakeBrowserWindow.getAllWindows().length === 0) fakeElectron().app.emit('window-all-closed');
  };
}

// The statics the app calls exist on Electron's BrowserWindow with these parameters.
FakeBrowserWindow.getFocusedWindow satisfies (
  ...args: Parameters<typeof Electron.BrowserWindow.getFocusedWindow>
) => unknown;
FakeBrowserWindow.getAllWindows satisfies (
  ...args: Parameters<typeof Electron.BrowserWindow.getAllWindows>
) => unknown;

// ---- menus ----------------------------------------------------------------------------------------

export class FakeMenu {
  constructor(readonly template: Electron.MenuItemConstructorOptions[]) {}

  /** Every item, depth first, with the submenu it is in. */
  items(): Electron.MenuItemConstructorOptions[] {
    const all: Electron.MenuItemConstructorOptions[] = [];
    const walk = (items: Electron.MenuItemConstructorOptions[]) => {
      for (const item of items) {
        all.push(item);
        if (Array.isArray(item.submenu)) walk(item.submenu);
      }
    };
    walk(this.template);
    return all;
  }

  getMenuItemById = (id: string): Electron.MenuItemConstructorOptions | null =>
    this.items().find((item) => item.id === id) ?? null;

  /** Clicks an item as the user does. */
  click(id: string): void {
    const item = this.getMenuItemById(id);
    if (!item?.click) throw new Error(`No clickable menu item '${id}'`);
    item.click({} as Electron.MenuItem, undefined, {} as Electron.KeyboardEvent);
  }
}

// ---- the state behind one fake `electron` module --------------------------------------------------

/** What the next dialogs answer, in order. */
export interface DialogAnswers {
  open: Electron.OpenDialogReturnValue[];
  save: Electron.SaveDialogReturnValue[];
  message: Electron.MessageBoxReturnValue[];
}

export interface FakeElectronSettings {
  userData: string;
  appPath: string;
  documents?: string;
  version?: string;
  isPackaged?: boolean;
  /** False makes this process the second instance. */
  singleInstanceLock?: boolean;
  /** The system's languages, first preferred (`app.getPreferredSystemLanguages`); English by default. */
  systemLanguages?: string[];
}

type AppMember =
  | 'setName'
  | 'enableSandbox'
  | 'commandLine'
  | 'requestSingleInstanceLock'
  | 'quit'
  | 'exit'
  | 'relaunch'
  | 'whenReady'
  | 'isReady'
  | 'getPath'
  | 'getAppPath'
  | 'getVersion'
  | 'setAboutPanelOptions'
  | 'getPreferredSystemLanguages'
  | 'isPackaged';

export class FakeElectronState {
  readonly calls: Call[] = [];
  readonly windows: FakeBrowserWindow[] = [];
  readonly sessions = new Map<string, FakeSession>();
  readonly protocols = new Map<string, (request: Request) => Response | Promise<Response>>();
  readonly ipcHandlers = new Map<
    string,
    (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => unknown
  >();
  readonly answers: DialogAnswers = { open: [], save: [], message: [] };
  readonly errorBoxes: { title: string; content: string }[] = [];
  applicationMenu: FakeMenu | null = null;
  ready = false;
  exitCode: number | null = null;
  private markReady!: () => void;
  private readonly readyPromise = new Promise<void>((resolve) => (this.markReady = resolve));

  constructor(readonly settings: FakeElectronSettings) {
    // Field initialisers run before this body, so the one plain value is set here.
    this.app.isPackaged = settings.isPackaged ?? false;
  }

  /** Chromium's switches as `app.commandLine` keeps them; appending after ready is recorded but too late. */
  readonly switches = new Map<string, string>();

  private commandLine(): Electron.CommandLine {
    return {
      appendSwitch: (name, value) => {
        this.record('app.commandLine.appendSwitch', [name, value]);
        this.switches.set(name, value ?? '');
      },
      appendArgument: (value) => this.record('app.commandLine.appendArgument', [value]),
      hasSwitch: (name) => this.switches.has(name),
      getSwitchValue: (name) => this.switches.get(name) ?? '',
      removeSwitch: (name) => void this.switches.delete(name),
    };
  }

  record(name: string, args: unknown[]): void {
    this.calls.push({ name, args });
  }

  /** The names of the calls made so far, in order. */
  callNames(): string[] {
    return this.calls.map((call) => call.name);
  }

  /** Fires `ready`, as Electron does once Chromium is up. */
  emitReady(): void {
    this.ready = true;
    this.record('ready', []);
    this.markReady();
    this.app.emit('ready');
  }

  readonly app = Object.assign(new EventEmitter(), {
    setName: (name) => this.record('app.setName', [name]),
    enableSandbox: () => {
      if (this.ready) throw new Error('app.enableSandbox() can only be called before app is ready');
      this.record('app.enableSandbox', []);
    },
    commandLine: this.commandLine(),
    requestSingleInstanceLock: () => {
      this.record('app.requestSingleInstanceLock', []);
      return this.settings.singleInstanceLock ?? true;
    },
    quit: () => this.record('app.quit', []),
    exit: (exitCode) => {
      this.record('app.exit', [exitCode]);
      this.exitCode = exitCode ?? 0;
    },
    relaunch: (options) => this.record('app.relaunch', options ? [options] : []),
    whenReady: () => this.readyPromise,
    isReady: () => this.ready,
    getPath: (name) => {
      if (name === 'userData') return this.settings.userData;
      if (name === 'documents') return this.settings.documents ?? this.settings.userData;
      throw new Error(`fake app.getPath('${name}') is not set up`);
    },
    getAppPath: () => this.settings.appPath,
    getVersion: () => this.settings.version ?? '0.1.0',
    setAboutPanelOptions: (options) => this.record('app.setAboutPanelOptions', [options]),
    getPreferredSystemLanguages: () => this.settings.systemLanguages ?? ['en-US'],
    isPackaged: false as boolean,
  } satisfies Pick<Electron.App, AppMember>);

  readonly protocol = {
    registerSchemesAsPrivileged: (customSchemes) => {
      // Electron: "This method can only be used before the ready event of the app module gets emitted".
      if (this.ready)
        throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
      this.record('protocol.registerSchemesAsPrivileged', [customSchemes]);
    },
    handle: (scheme, handler) => {
      this.record('protocol.handle', [scheme]);
      this.protocols.set(scheme, handler);
    },
  } satisfies Pick<Electron.Protocol, 'registerSchemesAsPrivileged' | 'handle'>;

  readonly session = {
    defaultSession: new FakeSession('', this),
    fromPartition: (partition: string): FakeSession => {
      let session = this.sessions.get(partition);
      if (!session) {
        session = new FakeSession(partition, this);
        this.sessions.set(partition, session);
      }
      return session;
    },
  };

  readonly net = {
    /** file: URLs read with node's fs; like Electron's, the request passes the default session's webRequest. */
    fetch: async (input) => {
      const url = typeof input === 'string' ? input : input.url;
      this.record('net.fetch', [url]);
      if (await this.session.defaultSession.cancels(url))
        throw new Error(`net::ERR_BLOCKED_BY_CLIENT ${url}`);
      if (!url.startsWith('file:')) throw new Error(`fake net.fetch only reads file: URLs, not ${url}`);
      return new Response(await readFile(fileURLToPath(url)));
    },
  } satisfies Pick<Electron.Net, 'fetch'>;

  readonly dialog = {
    showOpenDialog: async (
      windowOrOptions: Electron.BaseWindow | Electron.OpenDialogOptions,
      options?: Electron.OpenDialogOptions,
    ) => {
      this.record('dialog.showOpenDialog', [options ?? windowOrOptions]);
      return this.answers.open.shift() ?? { canceled: true, filePaths: [] };
    },
    showSaveDialog: async (
      windowOrOptions: Electron.BaseWindow | Electron.SaveDialogOptions,
      options?: Electron.SaveDialogOptions,
    ) => {
      this.record('dialog.showSaveDialog', [options ?? windowOrOptions]);
      return this.answers.save.shift() ?? { canceled: true, filePath: '' };
    },
    showMessageBox: async (
      windowOrOptions: Electron.BaseWindow | Electron.MessageBoxOptions,
      options?: Electron.MessageBoxOptions,
    ) => {
      this.record('dialog.showMessageBox', [options ?? windowOrOptions]);
      return this.answers.message.shift() ?? { response: 0, checkboxChecked: false };
    },
    showErrorBox: (title, content) => {
      this.record('dialog.showErrorBox', [title, content]);
      this.errorBoxes.push({ title, content });
    },
  } satisfies Pick<Electron.Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox' | 'showErrorBox'>;

  readonly Menu = {
    // The app builds its menu from plain options only, never from MenuItem objects.
    buildFromTemplate: (template: Parameters<typeof Electron.Menu.buildFromTemplate>[0]) =>
      new FakeMenu(template as Electron.MenuItemConstructorOptions[]),
    setApplicationMenu: (menu: FakeMenu | null) => {
      this.record('Menu.setApplicationMenu', []);
      this.applicationMenu = menu;
    },
    getApplicationMenu: () => this.applicationMenu,
  };

  readonly ipcMain = {
    handle: (channel, listener) => {
      if (this.ipcHandlers.has(channel))
        throw new Error(`Attempted to register a second handler for '${channel}'`);
      this.ipcHandlers.set(channel, listener);
    },
  } satisfies Pick<Electron.IpcMain, 'handle'>;

  readonly shell = {
    showItemInFolder: (fullPath) => this.record('shell.showItemInFolder', [fullPath]),
    openExternal: async (url) => this.record('shell.openExternal', [url]),
  } satisfies Pick<Electron.Shell, 'showItemInFolder' | 'openExternal'>;

  /** Asks the app:// (or another registered) protocol for a URL, as the window's page does. */
  async request(url: string): Promise<Response> {
    const scheme = new URL(url).protocol.slice(0, -1);
    const handler = this.protocols.get(scheme);
    if (!handler) throw new Error(`No handler for ${scheme}:`);
    if (await this.session.defaultSession.cancels(url))
      throw new Error(`ERR_BLOCKED_BY_CLIENT (-20) loading '${url}'`);
    return handler(new Request(url));
  }

  /** Calls an IPC channel as a page does through the preload, from `sender` and its `frame`. */
  invoke(
    channel: string,
    sender: FakeWebContents,
    frame: FakeFrame | null,
    input?: unknown,
  ): Promise<unknown> {
    const handler = this.ipcHandlers.get(channel);
    if (!handler) throw new Error(`No IPC handler for '${channel}'`);
    const event = { sender, senderFrame: frame } as unknown as Electron.IpcMainInvokeEvent;
    return Promise.resolve(handler(event, input));
  }
}

// The statics the app calls on the session and Menu modules exist with these parameters.
({}) as FakeElectronState['session'] satisfies Record<
  keyof Pick<typeof Electron.Session, 'defaultSession' | 'fromPartition'>,
  unknown
>;
({}) as FakeElectronState['Menu']['buildFromTemplate'] satisfies (
  ...args: Parameters<typeof Electron.Menu.buildFromTemplate>
) => unknown;
({}) as FakeElectronState['Menu']['setApplicationMenu'] satisfies (menu: FakeMenu | null) => unknown;

const GLOBAL_KEY = Symbol.for('bulletin.fake-electron');
type Holder = { [GLOBAL_KEY]?: FakeElectronState };

/** Starts a fresh fake (before loading the app's modules). */
export function installFakeElectron(settings: FakeElectronSettings): FakeElectronState {
  const state = new FakeElectronState(settings);
  (globalThis as Holder)[GLOBAL_KEY] = state;
  return state;
}

/** The fake currently installed. */
export function fakeElectron(): FakeElectronState {
  const state = (globalThis as Holder)[GLOBAL_KEY];
  if (!state) throw new Error('Call installFakeElectron() before loading code that imports electron');
  return state;
}

/** The module `vi.mock('electron', …)` returns: each export reads the fake installed at the time of use. */
export function fakeElectronModule() {
  return {
    get app() {
      return fakeElectron().app;
    },
    BrowserWindow: FakeBrowserWindow,
    get dialog() {
      return fakeElectron().dialog;
    },
    get Menu() {
      return fakeElectron().Menu;
    },
    get net() {
      return fakeElectron().net;
    },
    get protocol() {
      return fakeElectron().protocol;
    },
    get session() {
      return fakeElectron().session;
    },
    get shell() {
      return fakeElectron().shell;
    },
    get ipcMain() {
      return fakeElectron().ipcMain;
    },
  } satisfies Record<
    keyof Pick<
      typeof import('electron'),
      'app' | 'BrowserWindow' | 'dialog' | 'Menu' | 'net' | 'protocol' | 'session' | 'shell' | 'ipcMain'
    >,
    unknown
  >;
}
