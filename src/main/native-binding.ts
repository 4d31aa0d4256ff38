import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * better-sqlite3 built for this Electron's ABI, made by `scripts/electron-native.mjs` at `npm start`.
 * node_modules keeps the Node build for tests and the CLI, so neither run needs a rebuild.
 */
export function electronNativeBinding(appPath: string, electronVersion: string): string | undefined {
  const file = join(appPath, '.electron-native', electronVersion, 'better_sqlite3.node');
  return existsSync(file) ? file : undefined;
}
