import { contextBridge, ipcRenderer, webUtils } from 'electron';
import {
  CHANNEL_PREFIX,
  LIBRARY_CHANGED_EVENT,
  MENU_COMMAND_EVENT,
  MENU_COMMANDS,
  type MenuCommand,
} from '../shared/contract';
import { buildApi, type Invoke } from './build-api';

const invoke: Invoke = (channel, input) => ipcRenderer.invoke(`${CHANNEL_PREFIX}${channel}`, input);

/** Subscribes to one main-process event; the page never sees the IPC event object. */
function listen<T>(event: string, accept: (payload: unknown) => payload is T) {
  return (listener: (payload: T) => void) => {
    const wrapped = (_event: unknown, payload: unknown) => {
      if (accept(payload)) listener(payload);
    };
    ipcRenderer.on(event, wrapped);
    return () => {
      ipcRenderer.removeListener(event, wrapped);
    };
  };
}

const anything = (_payload: unknown): _payload is undefined => true;
const isMenuCommand = (payload: unknown): payload is MenuCommand =>
  (MENU_COMMANDS as readonly unknown[]).includes(payload);

contextBridge.exposeInMainWorld(
  'api',
  buildApi(invoke, {
    onLibraryChanged: (listener) => listen(LIBRARY_CHANGED_EVENT, anything)(() => listener()),
    onMenuCommand: listen(MENU_COMMAND_EVENT, isMenuCommand),
    // Dropped files go to the main process by path, not as bytes. getPathForFile throws for objects
    // that are not File instances, and gives '' for files made in the page (pasted, generated).
    pathForFile: (file) => {
      try {
        return webUtils.getPathForFile(file);
      } catch {
        return '';
      }
    },
  }),
);
