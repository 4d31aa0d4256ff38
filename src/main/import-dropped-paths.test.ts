import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers, invokeChannel, type Dialogs } from './ipc-handlers';
import { IMPORT_FIXTURES, SAMPLES, tempLibrary } from '../../test/support/temp-library';

// The `importDroppedPaths` channel: files dropped on the window, read from disk by their paths.
function setup() {
  const library = tempLibrary();
  library.seedSamples(SAMPLES);
  const shown: string[] = [];
  const dialogs: Dialogs = {
    chooseFilesToImport: async () => null,
    chooseExportPath: async () => null,
    showInFolder: (path) => shown.push(path),
  };
  return { library, shown, handlers: createHandlers({ library, dialogs }) };
}

describe('importDroppedPaths', () => {
  it('imports a dropped file from its path, as the import dialog does, and lets its report be shown', async () => {
    const { handlers, shown } = setup();
    const quad = join(IMPORT_FIXTURES, 'studyiq-quad-2022-03-04.txt');
    const missing = join(IMPORT_FIXTURES, 'no-such-file.txt');
    const reply = await invokeChannel(handlers, 'importDroppedPaths', { paths: [quad, missing] });
    expect(reply).toMatchObject({
      ok: true,
      value: {
        imported: [{ title: 'The Quad Leaders’ Summit', path: quad }],
        failed: [{ path: missing }],
      },
    });
    // A file the drop reported can be shown in its folder, like a file chosen in the dialog.
    expect(await invokeChannel(handlers, 'showImportedFile', { path: missing })).toEqual({
      ok: true,
      value: null,
    });
    expect(shown).toEqual([missing]);
  });

  it('refuses a relative path and an empty drop with a sentence', async () => {
    const { handlers } = setup();
    expect(await invokeChannel(handlers, 'importDroppedPaths', { paths: ['../etc/passwd'] })).toEqual({
      ok: false,
      error: 'Dropped files must be given by their full paths.',
    });
    const empty = await invokeChannel(handlers, 'importDroppedPaths', { paths: [] });
    expect(empty).toMatchObject({ ok: false, error: expect.stringContaining('importDroppedPaths (paths)') });
  });
});
