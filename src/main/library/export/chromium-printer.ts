import { existsSync } from 'node:fs';
import { LibraryError } from '../errors';
import type { PdfPrinter, PrintRequest } from './pdf';

/** Where Debian and most Linux distributions put Chromium; `BULLETIN_CHROMIUM` or an option overrides it. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Flags that keep a headless Chromium offline and quiet: no sync, updates or background requests. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(explicit?: string, env = process.env): string {
  return explicit ?? (env.BULLETIN_CHROMIUM?.trim() || DEFAULT_CHROMIUM);
}

/**
 * playwright-core is a devDependency: the command line (run from source) prints with it, the app prints
 * with Electron's `printToPDF` and ships without it. The specifier is a variable so that the bundler
 * leaves it out of the app's bundle (scripts/check-bundle.mjs checks that no dev package is in it).
 */
const PLAYWRIGHT_CORE = 'playwright-core';

/**
 * A printer over a headless system Chromium driven by playwright-core (loaded only when a PDF is printed,
 * and never inside Electron: the app prints with Electron). Call `close` when done.
 */
export async function openChromiumPrinter(executablePath = chromiumPath()): Promise<{
  print: PdfPrinter;
  close: () => Promise<void>;
}> {
  if (process.versions.electron) {
    throw new LibraryError(
      'io',
      'The app prints PDFs with Electron; the Chromium printer is for the command line.',
    );
  }
  if (!existsSync(executablePath)) {
    throw new LibraryError(
      'io',
      `Chromium was not found at ${executablePath}; PDF export needs it. Install Chromium or give its path with --chromium (or BULLETIN_CHROMIUM).`,
    );
  }
  const { chromium } = (await import(/* @vite-ignore */ PLAYWRIGHT_CORE)) as typeof import('playwright-core');
  let browser;
  try {
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  } catch (error) {
    throw new LibraryError(
      'io',
      `Chromium at ${executablePath} could not be started: ${(error as Error).message}`,
    );
  }
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  // The document is self-contained; refuse anything it might still try to load.
  await context.route('**/*', (route) => route.abort());
  const print = async (request: PrintRequest): Promise<Uint8Array> => {
    const page = await context.newPage();
    try {
      await page.setContent(request.html, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      const mm = (n: number): string => `${n}mm`;
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: request.footerHtml,
        margin: {
          top: mm(request.marginsMm.top),
          right: mm(request.marginsMm.right),
          bottom: mm(request.marginsMm.bottom),
          left: mm(request.marginsMm.left),
        },
        outline: true,
        tagged: true,
      });
    } finally {
      await page.close();
    }
  };
  return { print, close: () => browser.close() };
}
