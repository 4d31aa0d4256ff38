import { BrowserWindow } from 'electron';
import type { PdfPrinter } from './library/export';

const MM_PER_INCH = 25.4;

/**
 * Prints a compilation's HTML with Electron's own Chromium (`webContents.printToPDF`), in a hidden
 * window that runs no script, loads nothing remote and is closed after each print.
 */
export const electronPdfPrinter: PdfPrinter = async ({ html, footerHtml, marginsMm }) => {
  const window = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
  });
  try {
    window.webContents.session.webRequest.onBeforeRequest((details, callback) =>
      callback({ cancel: !details.url.startsWith('data:') }),
    );
    await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
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
    window.destroy();
  }
};
