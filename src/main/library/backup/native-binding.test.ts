import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, Library } from '../library';
import { sampleLibrary } from '../export/testing';
import { tempDir } from '../testing/temp-library';
import { createBackup, placeBackup } from './archive';

/**
 * The app opens every SQLite file with better-sqlite3 built for Electron (`nativeBinding`); a backup or a
 * restore that opened its copy with the default build would crash there. A binding that does not exist
 * shows which paths honour the option: they fail, where the default build would have worked.
 */
const MISSING = join(tempDir('bulletin-binding-'), 'missing.node');
const NODE_BUILD = require.resolve('better-sqlite3/build/Release/better_sqlite3.node');
const NOW = new Date(2024, 4, 1, 9, 0, 0);

describe('the native binding reaches every file a backup or restore opens', () => {
  it('backs up and restores with the binding given', async () => {
    const library = sampleLibrary({ nativeBinding: NODE_BUILD });
    const out = join(tempDir('bulletin-binding-'), 'library.bulletin');
    try {
      await library.backupTo(out);
    } finally {
      library.close();
    }
    const target = tempDir('bulletin-binding-');
    const restored = await Library.restore(out, target, { nativeBinding: NODE_BUILD });
    expect(restored.schemaVersion).toBeGreaterThan(0);
  });

  it('uses it for the copy of a full backup and for the restore checks', async () => {
    const dir = tempDir('bulletin-binding-');
    sampleLibrary({}, dir).close();
    const db = new Database(join(dir, DATABASE_FILE));
    const out = join(tempDir('bulletin-binding-'), 'library.bulletin');
    try {
      await expect(createBackup(db, out, NOW, MISSING)).rejects.toThrow(/missing\.node/);
      await createBackup(db, out, NOW);
    } finally {
      db.close();
    }
    const target = join(tempDir('bulletin-binding-'), DATABASE_FILE);
    await expect(placeBackup(out, target, { now: NOW, nativeBinding: MISSING })).rejects.toThrow(
      /missing\.node/,
    );
  });
});
