/**
 * Reading comfort and small screens (issue 13): themes, reading settings, zoom keys, the progress
 * bar and outline, and the compact layout at 1024×700 and 1280×720, with screenshots of each.
 */
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { annotate, openArticle } from './support/reader';

const SECTIONS = ['Background', 'Provisions', 'Concerns', 'Judgements', 'Way forward', 'Conclusion'];
const LONG_TITLE = `Federalism and the ${'Inter-State Council, '.repeat(48)}a very long title`.slice(0, 1000);

/** Pastes a long article with six headed sections, as Add article does. */
async function importLongArticle(page: Page, title = 'Cooperative federalism in practice') {
  const body = SECTIONS.map(
    (heading, s) =>
      `${heading}\n\n` +
      Array.from(
        { length: 8 },
        (_, i) =>
          `  • Point ${s + 1}.${i + 1}: the Union and the States share the work of governance, and the Finance Commission, the GST Council and the Inter-State Council are where they meet.`,
      ).join('\n'),
  ).join('\n\n');
  const text = `${title}\n\nDate: 1 April 2022 Tags: Polity\n\n${body}\n`;
  await page.evaluate((text) => window.api.importText({ text }), text);
  await page.reload();
}

test('the theme follows the choice, is kept after a reload, and dark and paper look right', async ({
  app,
}) => {
  const { page } = app;
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('theme-dark').click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByTestId('theme-dark')).toHaveAttribute('aria-checked', 'true');
  // The page's colours come from the theme's custom properties.
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe('rgb(20, 23, 29)');

  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await openArticle(page, 'Lokpal');
  await screenshot(app, 'dark-theme');

  await page.getByTestId('nav-settings').click();
  await page.getByTestId('theme-paper').click();
  await expect(html).toHaveAttribute('data-theme', 'paper');
  await openArticle(page, 'Lokpal');
  await screenshot(app, 'paper-theme');

  // "System" follows the system's colour scheme.
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('theme-system').click();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'light');
  expect((await page.evaluate(() => window.api.getPreferences({}))).theme).toBe('system');
});

test('reading settings apply at once to the article and are remembered', async ({ app }) => {
  const { page } = app;
  await openArticle(page, 'Lokpal');
  const text = page.getByTestId('block').first().locator('[data-block-text]');
  const style = () =>
    text.evaluate((element) => {
      const css = getComputedStyle(element);
      return { size: css.fontSize, leading: css.lineHeight, family: css.fontFamily };
    });
  expect((await style()).size).toBe('17px');

  await page.getByTestId('reading-quick').click();
  const popover = page.getByTestId('reading-popover');
  await expect(popover).toBeVisible();
  await popover.getByTestId('quick-reading-font-size').fill('21');
  await popover.getByTestId('quick-reading-line-spacing').fill('2');
  await popover.getByTestId('quick-reading-face-sans').click();
  await expect.poll(async () => (await style()).size).toBe('21px');
  expect((await style()).leading).toBe('42px');
  expect((await style()).family).not.toContain('Noto Serif');
  await screenshot(app, 'reading-settings');
  await page.keyboard.press('Escape');
  await expect(popover).toHaveCount(0);

  // Settings shows the same values, and they are kept after a reload.
  await page.reload();
  await page.getByTestId('nav-settings').click();
  const section = page.getByTestId('reading-settings');
  await expect(section.getByTestId('settings-reading-font-size-value')).toHaveText('21 px');
  await expect(section.getByTestId('settings-reading-face-sans')).toHaveAttribute('aria-checked', 'true');
  await section.getByTestId('settings-reading-reading-width').fill('60');
  await section.getByTestId('settings-reading-face-serif').click();
  await expect(section.getByTestId('settings-reading-reading-width-value')).toHaveText('60 characters');
  await section.scrollIntoViewIfNeeded();
  await screenshot(app, 'appearance-settings');
  await openArticle(page, 'Lokpal');
  expect((await style()).family).toContain('Noto Serif');
  const prefs = await page.evaluate(() => window.api.getPreferences({}));
  expect(prefs).toMatchObject({ fontSize: 21, lineSpacing: 2, readingWidth: 60, fontFace: 'serif' });
});

test('Ctrl + and − zoom the interface and the zoom is remembered', async ({ app }) => {
  const { page } = app;
  const zoom = () => page.evaluate(() => getComputedStyle(document.documentElement).zoom);
  expect(await zoom()).toBe('1');
  await page.keyboard.press('Control+=');
  await expect.poll(zoom).toBe('1.1');
  await page.keyboard.press('Control+=');
  await expect.poll(zoom).toBe('1.25');
  await page.keyboard.press('Control+-');
  await expect.poll(zoom).toBe('1.1');
  await page.reload();
  await expect.poll(zoom).toBe('1.1');
  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('zoom-value')).toHaveText('110%');
  // The window still fits: nothing scrolls the page itself.
  const overflow = await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight + 1);
  expect(overflow).toBe(false);
  await page.keyboard.press('Control+0');
  await expect.poll(zoom).toBe('1');
  expect((await page.evaluate(() => window.api.getPreferences({}))).zoom).toBe(1);
  // View → Zoom In / Zoom Out / Actual Size run the same steps.
  await app.menu('zoom-in');
  await expect.poll(zoom).toBe('1.1');
  await app.menu('zoom-reset');
  await expect.poll(zoom).toBe('1');
});

test('the progress bar follows the scroll and the outline jumps to a heading', async ({ app }) => {
  const { page } = app;
  await importLongArticle(page);
  await openArticle(page, 'Cooperative federalism');
  const progress = page.getByTestId('reading-progress');
  await expect(progress).toHaveAttribute('aria-valuenow', '0');

  await page.getByTestId('outline-button').click();
  const outline = page.getByTestId('outline');
  await expect(outline.getByRole('button')).toHaveText(SECTIONS);
  await screenshot(app, 'reader-outline');
  await outline.getByRole('button', { name: 'Judgements' }).click();
  await expect(outline).toHaveCount(0);
  const heading = page.locator('[data-testid="heading-row"]', { hasText: 'Judgements' });
  // The heading sits at the top of the reader, under the slim bar.
  await expect
    .poll(async () => {
      const box = await heading.boundingBox();
      return box !== null && box.y >= 0 && box.y < 160;
    })
    .toBe(true);
  await expect.poll(async () => Number(await progress.getAttribute('aria-valuenow'))).toBeGreaterThan(30);
  // The title stays in reach in the bar once the header has scrolled away.
  await expect(page.locator('.reader-bar__title--shown')).toHaveText('Cooperative federalism in practice');

  await page.locator('.reader-scroll').evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  await expect(progress).toHaveAttribute('aria-valuenow', '100');
});

test('the reader’s popovers keep the focus: Tab wraps inside, Escape gives it back to the button', async ({
  app,
}) => {
  const { page } = app;
  await importLongArticle(page);
  await openArticle(page, 'Cooperative federalism');
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
  const inside = (testId: string) =>
    page.evaluate((id) => !!document.activeElement?.closest(`[data-testid="${id}"]`), testId);

  // "Aa": the first control has the focus; Tab from the last comes back to it, Shift+Tab goes round.
  await page.getByTestId('reading-quick').click();
  await expect.poll(focused).toBe('quick-reading-font-size');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect.poll(focused).toBe('quick-reading-face-sans');
  await page.keyboard.press('Tab');
  await expect.poll(focused).toBe('quick-reading-font-size');
  await page.keyboard.press('Shift+Tab');
  await expect.poll(focused).toBe('quick-reading-face-sans');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('reading-popover')).toHaveCount(0);
  await expect.poll(focused).toBe('reading-quick');

  // The outline: as many Tabs as it has headings, and the focus is still in it, back on the first.
  await page.getByTestId('outline-button').click();
  const links = page.getByTestId('outline').getByRole('button');
  await expect(links.first()).toBeFocused();
  for (let i = 0; i < SECTIONS.length; i++) {
    await page.keyboard.press('Tab');
    expect(await inside('outline')).toBe(true);
  }
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(links.last()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('outline')).toHaveCount(0);
  await expect.poll(focused).toBe('outline-button');
});

for (const size of [
  { width: 1024, height: 700 },
  { width: 1280, height: 720 },
  { width: 1400, height: 900 },
]) {
  test(`the layout at ${size.width}×${size.height}`, async ({ app }) => {
    const { page } = app;
    await page.setViewportSize(size);
    await importLongArticle(page, LONG_TITLE);
    await openArticle(page, 'Federalism and the Inter-State Council');
    const compact = size.width < 1320;
    await expect(page.getByTestId('sidebar')).toHaveAttribute('data-collapsed', String(compact));

    // A 1,000-character title is shortened on screen, whole on hover, and overflows nothing.
    const item = page.getByTestId('article-item').filter({ hasText: 'Federalism and the' });
    await expect(item.locator('.article-item__title')).toHaveAttribute('title', LONG_TITLE);
    const title = page.getByTestId('reader-title');
    await expect(title).toHaveAttribute('title', LONG_TITLE);
    expect((await title.boundingBox())!.height).toBeLessThan(140);
    const widest = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(widest).toBeLessThanOrEqual(size.width);

    // The reader's header stays short, and the text column keeps 60 characters or more.
    const header = await page.locator('.reader__header').boundingBox();
    expect(header!.height).toBeLessThan(compact ? 260 : 320);
    await screenshot(app, `layout-${size.width}x${size.height}`);
    const columnChars = await page
      .locator('[data-testid="block"] [data-block-text]')
      .first()
      .evaluate((element) => {
        const probe = document.createElement('span');
        probe.textContent = '0'.repeat(60);
        probe.style.whiteSpace = 'nowrap';
        element.appendChild(probe);
        const sixty = probe.getBoundingClientRect().width;
        probe.remove();
        return (element.getBoundingClientRect().width / sixty) * 60;
      });
    expect(columnChars).toBeGreaterThanOrEqual(60);

    // Elsewhere too: the search results and the notebook keep the long title within the window.
    const fits = async (where: string) => {
      const overflowing = await page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('[title]'))
          .filter((element) => element.title.length >= 1000)
          .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
          .map((element) => element.className),
      );
      expect(overflowing, where).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), where).toBeLessThanOrEqual(
        size.width,
      );
    };
    await page.getByTestId('search-input').fill('federalism');
    await expect(page.getByTestId('search-result').first()).toBeVisible();
    await fits('search results');
    await page.getByTestId('search-input').fill('');
    await annotate(page, 'Point 1.1', 'Where the Union and the States meet', 'fact');
    await page.getByTestId('nav-notes').click();
    await expect(page.getByTestId('open-article').first()).toHaveAttribute('title', LONG_TITLE);
    await fits('notebook');
    await page.getByTestId('nav-library').click();

    if (compact) {
      // The list hides and comes back; the sidebar expands and collapses.
      await page.getByTestId('toggle-list').click();
      await expect(page.getByTestId('article-item').first()).toBeHidden();
      await screenshot(app, `layout-${size.width}x${size.height}-list-hidden`);
      await page.getByTestId('toggle-list').click();
      await expect(page.getByTestId('article-item').first()).toBeVisible();
      await page.getByTestId('toggle-sidebar').click();
      await expect(page.getByTestId('sidebar')).toHaveAttribute('data-collapsed', 'false');
      await page.getByTestId('toggle-sidebar').click();
      await expect(page.getByTestId('sidebar')).toHaveAttribute('data-collapsed', 'true');
    }
  });
}
