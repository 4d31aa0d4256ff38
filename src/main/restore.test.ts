import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadMainProcess, type MainProcess } from '../../test/support/main-process';

vi.mock('electron', async () => (await import('../../test/support/fake-electron')).fakeElectronModule());

afterEach(() => {
  delete process.env.APPIMAGE;
  vi.restoreAllMocks();
});

type Envelope<T> = { ok: true; value: T };

/** Starts the app, backs the library up through IPC, then marks every article read (after the backup). */
async function appWithBackup(): Promise<{
  main: MainProcess;
  backup: string;
  Library: typeof import('./library').Library;
}> {
  const main = await loadMainProcess();
  await main.ready();
  const contents = main.window().webContents;
  await vi.waitFor(() => expect(contents.mainFrame.url).toBe('app://bulletin/index.html'));
  const call = <T>(channel: string, input: unknown = {}) =>
    main.electron.invoke(`bulletin:${channel}`, contents, contents.mainFrame, input) as Promise<Envelope<T>>;

  const backup = join(mkdtempSync(join(tmpdir(), 'bulletin-restore-')), 'before.bulletin');
  main.electron.answers.save.push({ canceled: false, filePath: backup });
  expect(await call('backupWithDialog')).toMatchObject({ ok: true, value: { path: backup } });
  const articles = (await call<{ id: number; read: boolean }[]>('listArticles')).value;
  expect(articles.length).toBeGreaterThan(0);
  await call('setReadMany', { ids: articles.map((a) => a.id), read: true });

  // The same Library class the app loaded; the spies only note the order, then run the real methods.
  const { Library } = await import('./library');
  const close = Library.prototype.close;
  vi.spyOn(Library.prototype, 'close').mockImplementation(function (this: import('./library').Library) {
    main.electron.record('library.close', []);
    close.call(this);
  });
  const restore = Library.restore.bind(Library);
  vi.spyOn(Library, 'restore').mockImplementation((...args) => {
    main.electron.record('Library.restore', [args[0]]);
    return restore(...args);
  });
  return { main, backup, Library };
}

async function restoreThroughMenu(main: MainProcess, backup: string): Promise<void> {
  main.electron.answers.open.push({ canceled: false, filePaths: [backup] });
  main.electron.answers.message.push({ response: 0, checkboxChecked: false });
  main.electron.applicationMenu!.click('restore-backup');
  await vi.waitFor(() => expect(main.electron.exitCode).not.toBeNull(), { timeout: 30_000 });
}

describe('File → Restore from Backup…', () => {
  it('closes the library, restores the backup, relaunches and exits, in that order', async () => {
    const { main, backup, Library } = await appWithBackup();
    await restoreThroughMenu(main, backup);
    // First occurrences (Library.restore opens and closes the restored library itself, too).
    const names = main.electron.callNames();
    const steps = ['library.close', 'Library.restore', 'app.relaunch', 'app.exit'].map((n) =>
      names.indexOf(n),
    );
    expect(steps.every((index) => index >= 0)).toBe(true);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
    expect(main.electron.calls.find((c) => c.name === 'app.relaunch')!.args).toEqual([]);
    expect(main.electron.exitCode).toBe(0);
    expect(main.electron.errorBoxes).toEqual([]);
    // The library on disk is the backup's: every article unread again.
    vi.restoreAllMocks();
    const restored = Library.open(main.libraryDir);
    try {
      expect(restored.listArticles().every((a) => !a.read)).toBe(true);
    } finally {
      restored.close();
    }
  });

  it('inside an AppImage, relaunches the AppImage file, not the temporary mount', async () => {
    process.env.APPIMAGE = '/home/aspirant/Applications/Bulletin-0.1.0.AppImage';
    const { main, backup } = await appWithBackup();
    await restoreThroughMenu(main, backup);
    const [options] = main.electron.calls.find((c) => c.name === 'app.relaunch')!.args;
    expect(options).toEqual({ execPath: process.env.APPIMAGE, args: process.argv.slice(1) });
    expect(main.electron.exitCode).toBe(0);
  });

  it('does nothing when the user cancels the question', async () => {
    const { main, backup } = await appWithBackup();
    main.electron.answers.open.push({ canceled: false, filePaths: [backup] });
    main.electron.answers.message.push({ response: 1, checkboxChecked: false });
    main.electron.applicationMenu!.click('restore-backup');
    await vi.waitFor(() => expect(main.electron.callNames()).toContain('dialog.showMessageBox'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(main.electron.callNames()).not.toContain('library.close');
    expect(main.electron.exitCode).toBeNull();
    main.quit();
  });
});
