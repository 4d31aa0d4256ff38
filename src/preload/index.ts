import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_PREFIX, LIBRARY_CHANGED_EVENT } from '../shared/contract';
import { buildApi, type Invoke } from './build-api';

const invoke: Invoke = (channel, input) => ipcRenderer.invoke(`${CHANNEL_PREFIX}${channel}`, input);

const subscribe = (listener: () => void) => {
  const wrapped = () => listener();
  ipcRenderer.on(LIBRARY_CHANGED_EVENT, wrapped);
  return () => {
    ipcRenderer.removeListener(LIBRARY_CHANGED_EVENT, wrapped);
  };
};

contextBridge.exposeInMainWorld('api', buildApi(invoke, subscribe));
