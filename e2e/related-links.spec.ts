import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, screenshot, test } from './fixtures';
import { openArticle } from './support/reader';

test('a source’s “Read more” links show apart from the text, and open the library’s article', async ({
  app,
}) => {
  const { page } = app;
  const dir = mkdtempSync(join(tmpdir(), 'bulletin-links-'));
  const dolphin = join(dir, 'dolphin.md');
  writeFileSync(
    dolphin,
    '# Project Dolphin\n\nProject Dolphin protects river dolphins in the Ganga and the Indus.\n',
  );
  const census = join(dir, 'census.html');
  writeFileSync(
    census,
    '<!DOCTYPE html><html><head><title>River dolphin census</title></head><body><article>' +
      '<h1>River dolphin census</h1><p>The first river dolphin census counted 6,327 dolphins in the Ganga.</p>' +
      '<p>Read more: <a href="https://example.org/project-dolphin">Project Dolphin</a></p>' +
      '<p>Read more: <a href="https://example.org/ganga-basin">Ganga basin</a></p></article></body></html>',
  );
  await app.answerOpenDialog([dolphin, census]);
  await page.getByTestId('import-button').click();
  await expect(page.getByTestId('import-report')).toContainText('Imported 2');

  await openArticle(page, 'River dolphin census');
  const reader = page.getByTestId('reader');
  await expect(reader.locator('[data-testid="block"]')).toHaveCount(1);
  await expect(reader.locator('[data-testid="block"]')).toContainText([
    'The first river dolphin census counted 6,327 dolphins in the Ganga.',
  ]);
  const links = page.getByTestId('related-links');
  await expect(links.getByRole('listitem')).toHaveText([
    /^Project Dolphin$/,
    /Ganga basin.*Not in your library.*example\.org\/ganga-basin/,
  ]);
  await links.scrollIntoViewIfNeeded();
  await screenshot(app, 'related-links');

  await links.getByRole('button', { name: 'Project Dolphin' }).click();
  await expect(page.getByTestId('reader-title')).toHaveText('Project Dolphin');
  await expect(page.getByTestId('related-links')).toHaveCount(0);
});
