import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { channelNames } from '../src/shared/contract';
import { expect, test } from './fixtures';

test('the page sees only the named API functions and no Node', async ({ app }) => {
  const keys = await app.page.evaluate(() => Object.keys(window.api).sort());
  expect(keys).toEqual([...channelNames, 'onLibraryChanged', 'onMenuCommand', 'pathForFile'].sort());
  const globals = await app.page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    ipc: typeof (window as unknown as { ipcRenderer?: unknown }).ipcRenderer,
  }));
  expect(globals).toEqual({ require: 'undefined', process: 'undefined', ipc: 'undefined' });
});

test('bad arguments to the API are refused by the contract', async ({ app }) => {
  const errors = await app.page.evaluate(async () => {
    const attempts = [
      () => window.api.getArticle({ id: '1; DROP TABLE articles' as unknown as number }),
      () => window.api.getArticle({ id: Number.NaN }),
      () => window.api.saveAnnotation({ blockId: 1, note: 'x'.repeat(100_001) }),
      () => window.api.listArticles({ from: '2024-02-30' }),
      () => window.api.addUserTag({ id: 1, tag: '   ' }),
    ];
    const messages: string[] = [];
    for (const attempt of attempts) {
      try {
        await attempt();
        messages.push('accepted');
      } catch (error) {
        messages.push((error as Error).message);
      }
    }
    return messages;
  });
  expect(errors).toHaveLength(5);
  for (const message of errors) expect(message).toMatch(/^Invalid request to/);
  // The library is untouched.
  await expect(app.page.getByTestId('article-item')).toHaveCount(4);
});

test('imported text is shown as text, scripts never run, and nothing remote loads', async ({ app }) => {
  const { page } = app;
  // Requests that left the app: any that finished, or failed for another reason than the CSP.
  const remote = (url: string) => !/^(http:\/\/127\.0\.0\.1|app:|data:)/.test(url);
  const requests: string[] = [];
  page.on('requestfinished', (r) => {
    if (remote(r.url())) requests.push(r.url());
  });
  page.on('requestfailed', (r) => {
    if (remote(r.url()) && !/^csp$|BLOCKED_BY_CSP/.test(r.failure()?.errorText ?? '')) requests.push(r.url());
  });
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const file = join(app.libraryDir, 'payload.txt');
  writeFileSync(
    file,
    'Payload <img src="https://tracker.example/p.gif" onerror="alert(1)">\n\nDate: 3 March 2022\n\n<script>alert(1)</script> stays as text.\n\n  • <a href="javascript:alert(2)">click</a>\n',
  );
  await app.answerOpenDialog([file]);
  await page.getByTestId('import-button').click();
  await expect(page.getByTestId('reader')).toContainText('<script>alert(1)</script> stays as text.');
  await expect(page.getByTestId('reader-title')).toContainText('<img src="https://tracker.example/p.gif"');
  await expect(page.getByTestId('reader').locator('script, img, a[href^="javascript"]')).toHaveCount(0);
  // A remote image added by any means is blocked by the Content-Security-Policy.
  const violated = await page.evaluate(
    () =>
      new Promise<boolean>((done) => {
        document.addEventListener('securitypolicyviolation', () => done(true), { once: true });
        const img = document.createElement('img');
        img.src = 'https://tracker.example/pixel.gif';
        document.body.append(img);
        setTimeout(() => done(false), 3000);
      }),
  );
  expect(violated).toBe(true);
  expect(dialogs).toBe(0);
  expect(requests).toEqual([]);
});
