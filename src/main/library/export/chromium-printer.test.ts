import { afterEach, describe, expect, it } from 'vitest';
import { openChromiumPrinter } from './chromium-printer';

describe('openChromiumPrinter inside Electron', () => {
  afterEach(() => {
    delete (process.versions as Record<string, string>).electron;
  });

  it('refuses before it loads playwright-core (a devDependency the app does not ship)', async () => {
    Object.defineProperty(process.versions, 'electron', {
      value: '45.5.0',
      configurable: true,
      enumerable: true,
    });
    // The path exists, so only the Electron check can stop it.
    await expect(openChromiumPrinter(process.execPath)).rejects.toThrow(
      'The app prints PDFs with Electron; the Chromium printer is for the command line.',
    );
  });
});
