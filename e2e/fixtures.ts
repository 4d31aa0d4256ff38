import { test as base } from '@playwright/test';
import { closeSharedBrowser, launchApp, type BulletinApp } from './support/app';

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

// Every spec saves its pictures through the one helper, which writes docs/screenshots only when asked.
export { screenshot } from './support/screenshot';

export { expect } from '@playwright/test';
