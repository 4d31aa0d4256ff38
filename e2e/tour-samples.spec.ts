import { expect, screenshot, test } from './fixtures';
import { closeSharedBrowser, launchApp, newLibraryDir } from './support/app';

test.afterAll(closeSharedBrowser);

test('the tour’s last step removes the sample articles in one step, to the Trash', async () => {
  const app = await launchApp(newLibraryDir(), { tour: true });
  try {
    const { page } = app;
    const tour = page.getByTestId('tour');
    await expect(tour).toHaveAttribute('data-step', 'welcome');
    for (const step of ['places', 'keys', 'exam', 'samples']) {
      await page.getByTestId('tour-next').click();
      await expect(tour).toHaveAttribute('data-step', step);
    }
    const remove = page.getByTestId('tour-remove-samples');
    await expect(remove).toHaveText('Remove the 4 sample articles');
    await screenshot(app, 'tour-samples');
    await remove.click();
    await expect(tour).toHaveCount(0);
    await expect(page.getByTestId('article-item')).toHaveCount(0);
    await expect(page.getByTestId('trash-count')).toHaveText('4');
    await expect(page.getByTestId('remove-samples')).toHaveCount(0);
  } finally {
    await app.close();
  }
});
