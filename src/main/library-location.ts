import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Bulletin';

/** Electron's `userData` folder for Bulletin, computed the same way without Electron (for the CLI). */
export function userDataDir(platform: NodeJS.Platform = process.platform, env = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}

/** The library folder: `BULLETIN_LIBRARY` when set, else `library` inside the app's user-data folder. */
export function defaultLibraryDir(userData = userDataDir(), env = process.env): string {
  return env.BULLETIN_LIBRARY && env.BULLETIN_LIBRARY.trim() !== ''
    ? env.BULLETIN_LIBRARY
    : join(userData, 'library');
}
