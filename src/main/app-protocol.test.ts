import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadMainProcess, REPO_ROOT, type MainProcess } from '../../test/support/main-process';
import { CONTENT_SECURITY_POLICY } from './security';

vi.mock('electron', async () => (await import('../../test/support/fake-electron')).fakeElectronModule());

// The app serves src/renderer here (index.ts's `../renderer` seen from src/main).
let main: MainProcess;
beforeAll(async () => {
  main = await loadMainProcess();
  await main.ready();
});
afterAll(() => main.quit());

describe('the app:// protocol', () => {
  it('answers with the file, its MIME type and the CSP header', async () => {
    const page = await main.electron.request('app://bulletin/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toBe(readFileSync(join(REPO_ROOT, 'src/renderer/index.html'), 'utf8'));

    const css = await main.electron.request('app://bulletin/src/app.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(css.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);

    // The root is the page.
    expect((await main.electron.request('app://bulletin/')).headers.get('content-type')).toContain(
      'text/html',
    );
  });

  it.each([
    'app://bulletin/../../etc/passwd',
    'app://bulletin/%2e%2e/%2e%2e/package.json',
    'app://bulletin/..%2f..%2fpackage.json',
    'app://bulletin/%2E%2E%2F%2E%2E%2Fpackage.json',
    'app://bulletin/..%5c..%5cpackage.json',
    'app://bulletin/src/..%2f..%2f..%2fpackage.json',
    'app://bulletin/%252e%252e/%252e%252e/package.json',
    'app://bulletin/missing.js',
  ])('refuses %s with a 404', async (url) => {
    const response = await main.electron.request(url);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('Not found');
  });
});
