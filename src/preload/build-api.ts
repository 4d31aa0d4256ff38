import { channelNames, type BulletinApi, type MenuCommand } from '../shared/contract';

/** One call over the process boundary: the reply is `{ok, value}` or `{ok:false, error}`. */
export type Invoke = (
  channel: string,
  input: unknown,
) => Promise<{ ok: true; value: unknown } | { ok: false; error: string }>;

/**
 * Builds the renderer's API from the contract: one named function per channel and nothing else,
 * so the page can never name an arbitrary channel. Used by the preload and by the e2e harness.
 */
export interface ApiEvents {
  onLibraryChanged: (listener: () => void) => () => void;
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
  /** A dropped file's path on disk, '' when it has none (Electron's webUtils; the harness's stand-in). */
  pathForFile: (file: File) => string;
}

export function buildApi(invoke: Invoke, events: ApiEvents): BulletinApi {
  const api: Record<string, unknown> = {};
  for (const name of channelNames) {
    api[name] = async (input: unknown) => {
      const reply = await invoke(name, input);
      if (!reply.ok) throw new Error(reply.error);
      return reply.value;
    };
  }
  api.onLibraryChanged = events.onLibraryChanged;
  api.onMenuCommand = events.onMenuCommand;
  api.pathForFile = events.pathForFile;
  return Object.freeze(api) as BulletinApi;
}
