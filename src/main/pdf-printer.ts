import { BrowserWindow } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PdfPrinter } from './library/export';

const MM_PER_INCH = 25.4;

/**
 * The print windows' own in-memory session (no `persist:`). Its request blocker never touches the
 * default session, where it would also cancel the main window's app:// loads (net.fetch runs through
 * webRequest too).
 */
export const PRINT_PARTITION = 'bulletin-print';

/**
 * The file URLs the print session may load: the compilations being printed right now. Besides them only
 * data: resources pass (the compilation's own CSP allows data: images and fonts).
 */
const printable = new Set<string>();
let blockerInstalled = false;

function installBlocker(session: Electron.Session): void {
  if (blockerInstalled) return;
  blockerInstalled = true;
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !(printable.has(details.url) || details.url.startsWith('data:')) }),
  );
}

/**
 * Prints a compilation's HTML with Electron's own Chromium (`webContents.printToPDF`), in a hidden
 * window that runs no script, loads nothing but the compilation and is closed after each print. The
 * HTML goes through a private temp file, not a data: URL, which Chromium refuses beyond 2 MB (a
 * Devanagari letter costs 9 characters once URL-encoded).
 */
export const electronPdfPrinter: PdfPrinter = async ({ html, footerHtml, marginsMm }) => {
  const dir = await mkdtemp(join(tmpdir(), 'bulletin-print-'));
  const file = join(dir, 'compilation.html');
  const url = pathToFileURL(file).toString();
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      partition: PRINT_PARTITION,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      spellcheck: false,
    },
  });
  try {
    await writeFile(file, html, { encoding: 'utf8', mode: 0o600 });
    installBlocker(window.webContents.session);
    printable.add(url);
    await window.loadFile(file);
    const pdf = await window.webContents.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      generateDocumentOutline: true,
      generateTaggedPDF: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footerHtml,
      margins: {
        top: marginsMm.top / MM_PER_INCH,
        right: marginsMm.right / MM_PER_INCH,
        bottom: marginsMm.bottom / MM_PER_INCH,
        left: marginsMm.left / MM_PER_INCH,
      },
    });
    return new Uint8Array(pdf);
  } finally {
    printable.delete(url);
    window.destroy();
    await rm(dir, { recursive: true, force: true });
  }
};
