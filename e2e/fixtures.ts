import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { closeSharedBrowser, launchApp, ROOT, type BulletinApp } from './support/app';

export const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');

/** Each test gets a fresh Bulletin with a new library holding the bundled samples. */
export const test = base.extend<{ app: BulletinApp }>({
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const app = await launchApp();
    await use(app);
    await app.close();
  },
});

test.afterAll(async () => {
  await closeSharedBrowser();
});

export async function screenshot(app: BulletinApp, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await app.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

export { expect } from '@playwright/test';
