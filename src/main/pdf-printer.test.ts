import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_URL_CHARS, type FakeBrowserWindow } from '../../test/support/fake-electron';
import { loadMainProcess, type MainProcess } from '../../test/support/main-process';

vi.mock('electron', async () => (await import('../../test/support/fake-electron')).fakeElectronModule());

const request = (html: string) => ({
  html,
  footerHtml: '<span class="pageNumber"></span>',
  marginsMm: { top: 20, right: 18, bottom: 22, left: 18 },
});

let main: MainProcess;
let print: typeof import('./pdf-printer');

beforeAll(async () => {
  main = await loadMainProcess();
  await main.ready();
  // The same module instance the app uses (loaded after the same resetModules).
  print = await import('./pdf-printer');
});
afterAll(() => main.quit());

const printWindows = (): FakeBrowserWindow[] =>
  main.electron.windows.filter((w) => w.options.webPreferences?.partition === print.PRINT_PARTITION);

describe('the PDF printer', () => {
  it('prints in its own in-memory session and leaves the default session alone', async () => {
    const pdf = await print.electronPdfPrinter(request('<h1>Polity</h1><p>Article 21.</p>'));
    expect(Buffer.from(pdf).toString('latin1')).toMatch(/^%PDF-/);
    const [window] = printWindows();
    expect(window).toBeDefined();
    // In memory: a partition without `persist:`.
    expect(print.PRINT_PARTITION).not.toMatch(/^persist:/);
    expect(window!.webContents.session).not.toBe(main.electron.session.defaultSession);
    expect(window!.options.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      spellcheck: false,
    });
    expect(window!.destroyed).toBe(true);
    // The blocker lives on the print session only…
    expect(main.electron.session.defaultSession.beforeRequest).toBeNull();
    expect(window!.webContents.session.beforeRequest).toBeTypeOf('function');
    // …so the main window's app:// loads (net.fetch goes through webRequest) still work after a print.
    const page = await main.electron.request('app://bulletin/index.html');
    expect(page.status).toBe(200);
  });

  it('lets the print session load only the compilation being printed and data: resources', async () => {
    const session = main.electron.session.fromPartition(print.PRINT_PARTITION);
    const pdf = print.electronPdfPrinter(request('<p>x</p>'));
    // While printing, the file is allowed; a remote address never is.
    await vi.waitFor(() => expect(printWindows().at(-1)?.webContents.loadedUrl).toMatch(/^file:/));
    const seen = printWindows().at(-1)!.webContents.loadedUrl!;
    await pdf;
    expect(await session.cancels('https://example.org/tracker.png')).toBe(true);
    expect(await session.cancels('file:///etc/passwd')).toBe(true);
    expect(await session.cancels('data:image/png;base64,AAAA')).toBe(false);
    // Once printed, even its own file is refused.
    expect(await session.cancels(seen)).toBe(true);
  });

  it('prints a Hindi compilation too long for a data: URL from a temp file, then deletes it', async () => {
    const paragraph = `<p>${'भारत का संविधान नागरिकों को मौलिक अधिकार देता है। '.repeat(40)}</p>\n`;
    const html = `<!doctype html><html lang="hi"><meta charset="utf-8"><body>${paragraph.repeat(200)}</body></html>`;
    // The old data: URL would have been refused.
    expect(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`.length).toBeGreaterThan(MAX_URL_CHARS);

    const pdf = await print.electronPdfPrinter(request(html));
    const window = printWindows().at(-1)!;
    expect(window.webContents.loadedUrl).toMatch(/^file:\/\/.*bulletin-print-[^/]+\/compilation\.html$/);
    expect(window.webContents.loadedHtml).toBe(html);
    expect(Buffer.from(pdf).toString('latin1')).toContain(`(${html.length} characters)`);
    const file = fileURLToPath(window.webContents.loadedUrl!);
    expect(existsSync(file)).toBe(false);
    expect(existsSync(join(file, '..'))).toBe(false);
  });

  it('exports the library to PDF through the app’s IPC with this printer', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'bulletin-pdf-')), 'library.pdf');
    main.electron.answers.save.push({ canceled: false, filePath: out });
    const contents = main.window().webContents;
    await vi.waitFor(() => expect(contents.mainFrame.url).toBe('app://bulletin/index.html'));
    const before = printWindows().length;
    const result = await main.electron.invoke('bulletin:exportWithDialog', contents, contents.mainFrame, {
      format: 'pdf',
    });
    expect(result).toMatchObject({ ok: true });
    expect(printWindows().length).toBeGreaterThan(before);
    expect(readFileSync(out, 'latin1')).toMatch(/^%PDF-/);
  });
});
