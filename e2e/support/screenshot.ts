import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ROOT } from './app';

/** The tracked screenshots the docs show, rewritten only when asked (`UPDATE_SCREENSHOTS=1`). */
export const DOC_SCREENSHOTS = join(ROOT, 'docs', 'screenshots');

/** Where a run's screenshots go otherwise: ignored by git, and kept until Playwright's next run. */
export const RUN_SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');

/** The folder this run writes its screenshots to. */
export function screenshotDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.UPDATE_SCREENSHOTS === '1' ? DOC_SCREENSHOTS : RUN_SCREENSHOTS;
}

/**
 * Saves a screenshot of the window as `<name>.png`: into docs/screenshots when the run is asked to
 * update them (`UPDATE_SCREENSHOTS=1 npm run test:e2e`), else into test-results/screenshots, so that
 * `npm test` leaves the work tree as it found it and the pictures can still be looked at.
 */
export async function screenshot(target: Page | { page: Page }, name: string): Promise<string> {
  const page = 'page' in target ? target.page : target;
  const dir = screenshotDir();
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
