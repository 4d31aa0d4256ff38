import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, tempLibrary } from '../../../test/support/temp-library';
import { createHandlers, invokeChannel, type Dialogs } from '.';

function setup(answer: () => string | null) {
  const library = tempLibrary();
  const dialogs: Dialogs = {
    chooseFilesToImport: async () => null,
    chooseExportPath: async () => null,
    chooseFolder: async () => answer(),
  };
  return { library, handlers: createHandlers({ library, dialogs }) };
}

describe('the backup folder comes from the dialog only (issue 14, #8)', () => {
  it('refuses a folder the page names, with a sentence, and changes nothing', async () => {
    const { handlers, library } = setup(() => null);
    const before = library.storageInfo().backupDir;
    const elsewhere = tempDir('bulletin-not-chosen-');
    const reply = await invokeChannel(handlers, 'updateStorageSettings', {
      backupDir: elsewhere,
      daily: true,
    });
    expect(reply).toEqual({
      ok: false,
      error:
        'Invalid request to updateStorageSettings: the backup folder can only be chosen in the folder dialog (Settings → Change…)',
    });
    expect(library.storageInfo().backupDir).toBe(before);
    expect(before).toBe(join(library.storageInfo().libraryDir, 'backups'));
  });

  it('keeps and applies the dialog’s answer; a cancelled dialog changes nothing', async () => {
    let answer: string | null = null;
    const { handlers, library } = setup(() => answer);
    const before = library.storageInfo().backupDir;
    expect(await invokeChannel(handlers, 'chooseBackupFolder', {})).toEqual({ ok: true, value: null });
    expect(library.storageInfo().backupDir).toBe(before);

    answer = tempDir('bulletin-chosen-');
    const reply = await invokeChannel(handlers, 'chooseBackupFolder', {});
    expect(reply).toMatchObject({ ok: true, value: { backupDir: answer, daily: true } });
    expect(library.storageInfo().backupDir).toBe(answer);

    // The other settings are still the page's to change, and leave the folder alone.
    const saved = await invokeChannel(handlers, 'updateStorageSettings', { rotation: { daily: 3 } });
    expect(saved).toMatchObject({ ok: true, value: { backupDir: answer, rotation: { daily: 3 } } });
  });

  it('says so when the chosen folder cannot hold backups', async () => {
    const { handlers, library } = setup(() => '/proc/definitely/not/here');
    const before = library.storageInfo().backupDir;
    const reply = await invokeChannel(handlers, 'chooseBackupFolder', {});
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('/proc/definitely/not/here') });
    expect(library.storageInfo().backupDir).toBe(before);
  });
});
