import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, screenshot, test } from './fixtures';

/** Writes `content` at `path` under `root`, making the folders on the way. */
function put(root: string, path: string, content: string | Buffer): string {
  const file = join(root, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, content);
  return file;
}

/** What an aspirant collects, in several formats and nested folders, with one file that is not text. */
function writeCollection(): string {
  const root = mkdtempSync(join(tmpdir(), 'bulletin-collection-'));
  put(
    root,
    'studyiq/2023-01-09-hydrogen.txt',
    [
      'Call us for Counseling - 9000000001',
      '',
      'National Green Hydrogen Mission',
      '',
      'Date: 9 January 2023 Tags: Environment',
      '',
      'The Union Cabinet approved the National Green Hydrogen Mission with an outlay of ₹19,744 crore.',
      '',
      '  • The mission aims at 5 MMT of green hydrogen a year by 2030.',
      '  • It includes the SIGHT programme for electrolysers.',
      '',
    ].join('\n'),
  );
  put(
    root,
    'notes/gs2/lokayukta.md',
    [
      '---',
      'title: Lokayukta in the States',
      'date: 2023-02-14',
      'tags: [Polity, GS-2]',
      '---',
      '',
      'The Lokpal and Lokayuktas Act, 2013 asked each state to set up a Lokayukta within a year.',
      '',
      '- Maharashtra was the first state to set one up, in 1971.',
      '  - Its powers vary from state to state.',
      '',
    ].join('\n'),
  );
  put(
    root,
    'saved pages/ramsar-2023.html',
    `<!doctype html><html><head><meta charset="utf-8"><title>Two new Ramsar sites | Daily News</title>
<meta property="og:title" content="Two new Ramsar sites in Tamil Nadu">
<meta property="article:published_time" content="2023-03-21T09:30:00+05:30"></head>
<body><nav><a href="/">Home</a> | <a href="/about">About</a></nav>
<article><h1>Two new Ramsar sites in Tamil Nadu</h1>
<p>India added two wetlands in Tamil Nadu to the Ramsar list, taking its count to 75.</p>
<h2>Why it matters</h2><ul><li>Wetlands store carbon.</li><li>They support migratory birds.</li></ul>
</article><footer>© Daily News</footer></body></html>`,
  );
  put(
    root,
    'dumps/march.json',
    JSON.stringify([
      {
        title: 'Repo rate raised to 6.5%',
        date: '2023-02-08',
        tags: ['Economy'],
        content: '<p>The Monetary Policy Committee raised the repo rate by 25 basis points.</p>',
      },
      {
        headline: 'Aadhaar-PAN linking deadline extended',
        datePublished: '2023-03-28',
        category: 'Governance',
        body: 'The deadline to link PAN with Aadhaar was extended to 30 June 2023.',
      },
      // What scrapers also keep: a site's menu page, skipped with its reason.
      { title: 'Register or Login', content: '<p>Sign in to continue.</p>' },
    ]),
  );
  put(root, 'notes/syllabus.docx', Buffer.from('PK\u0003\u0004 not really a document'));
  // A picture saved under a text name: refused, and named in the summary.
  put(
    root,
    'studyiq/broken-download.txt',
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0, 0, 13]),
  );
  return root;
}

const IMPORTED_TITLES = [
  'Repo rate raised to 6.5%',
  'Aadhaar-PAN linking deadline extended',
  'Lokayukta in the States',
  'Two new Ramsar sites in Tamil Nadu',
  'National Green Hydrogen Mission',
];

test('Import folder… reads a nested folder of several formats and sums it up', async ({ app }) => {
  const { page } = app;
  const folder = writeCollection();
  await app.answerFolderDialog(folder);
  await page.getByTestId('import-folder-button').click();

  const report = page.getByTestId('import-report');
  await expect(report).toBeVisible();
  await expect(page.getByTestId('import-progress')).toHaveCount(0);
  await expect(report).toContainText('Import finished');
  await expect(page.getByTestId('import-imported')).toHaveText('Imported 5 articles');
  for (const title of IMPORTED_TITLES)
    await expect(report.getByRole('button', { name: title })).toBeVisible();
  await expect(page.getByTestId('import-skipped')).toHaveText('2 items skipped');
  await expect(page.getByTestId('import-failed')).toHaveText('1 file could not be imported');
  const failure = page.getByTestId('import-failure');
  await expect(failure).toHaveCount(1);
  await expect(failure).toContainText('broken-download.txt');
  await expect(failure).toContainText('in studyiq');
  await expect(failure).toContainText('is not a text document: it looks like a PNG image');
  await expect(failure).toHaveAttribute('data-path', join(folder, 'studyiq', 'broken-download.txt'));

  // The skipped items, with their reasons.
  await page.getByTestId('import-skipped').click();
  await expect(page.getByTestId('import-skipped-file')).toHaveText([
    /syllabus\.docx\s*\.docx files are not imported/,
    /march\.json\s*“Register or Login” is a site navigation page/,
  ]);
  // The failed file can be shown in the file manager (a no-op in the harness), without an error.
  await page.getByTestId('import-failure-show').click();
  await expect(page.getByTestId('error-banner')).toHaveCount(0);
  await screenshot(app, 'import-summary');

  // The articles are in the library, and the first one is open.
  await expect(page.getByTestId('reader-title')).toHaveText('Repo rate raised to 6.5%');
  await page.getByTestId('date-filter-all').click();
  await expect(page.getByTestId('article-item')).toHaveCount(4 + 5);
  for (const title of IMPORTED_TITLES)
    await expect(page.getByTestId('article-item').filter({ hasText: title })).toHaveCount(1);

  // The same folder again: nothing new, nothing doubled.
  await page.getByTestId('dismiss-import-report').click();
  await app.answerFolderDialog(folder);
  await page.getByTestId('import-folder-button').click();
  await expect(page.getByTestId('import-duplicates')).toHaveText('5 already in the library');
  await expect(page.getByTestId('import-imported')).toHaveText('Imported 0 articles');
  await expect(page.getByTestId('article-item')).toHaveCount(9);
});

test('a large folder shows its progress, and Cancel stops it with what was imported kept', async ({
  app,
}) => {
  const { page } = app;
  const root = mkdtempSync(join(tmpdir(), 'bulletin-big-'));
  const total = 10_000;
  for (let i = 0; i < total; i++) {
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = (i % 28) + 1;
    put(
      root,
      `current-affairs/2022/${month}/2022-${month}-${String(day).padStart(2, '0')}-article-${String(i).padStart(5, '0')}.txt`,
      `Current affairs note ${i}\n\nDate: ${day} January 2022 Tags: Economy\n\n` +
        `Paragraph ${i} on the economy, the budget and the monsoon.\n\n• First point ${i}.\n• Second point ${i}.\n`,
    );
  }
  await app.answerFolderDialog(root);
  await page.getByTestId('import-folder-button').click();

  const progress = page.getByTestId('import-progress');
  await expect(progress).toBeVisible();
  await expect(page.getByTestId('import-progress-count')).toHaveText(/^[1-9][\d,]* of 10,000 files$/);
  await expect(page.getByTestId('import-progress-eta')).toHaveText(/left|almost done/);
  await expect(page.getByTestId('import-progress-file')).toHaveText(/^current-affairs\/2022\/\d\d\/.+\.txt$/);
  await expect(page.getByRole('progressbar', { name: 'Files imported' })).toHaveAttribute(
    'aria-valuemax',
    String(total),
  );
  await expect(page.getByTestId('import-folder-button')).toBeDisabled();
  // The list reloads now and then during the import, so the articles appear as they come.
  await expect(
    page.getByTestId('article-item').filter({ hasText: 'Current affairs note' }).first(),
  ).toBeVisible();
  await screenshot(app, 'import-progress');

  await page.getByTestId('import-cancel').click();
  const report = page.getByTestId('import-report');
  await expect(report).toContainText('Import stopped');
  await expect(page.getByTestId('import-cancelled')).toContainText(/Stopped after [\d,]+ of 10,000 files/);
  const imported = Number((await page.getByTestId('import-imported').textContent())!.replace(/\D/g, ''));
  expect(imported).toBeGreaterThan(0);
  expect(imported).toBeLessThan(total);
  await expect(page.getByTestId('import-folder-button')).toBeEnabled();
});

test('Add article takes pasted text and opens it in the reader', async ({ app }) => {
  const { page } = app;
  await page.getByTestId('add-article-button').click();
  const dialog = page.getByTestId('add-article-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('add-article-text')).toBeFocused();
  await expect(page.getByTestId('add-article-save')).toBeDisabled();
  await page
    .getByTestId('add-article-text')
    .fill(
      [
        'Semiconductor Mission Approves Three Fabs',
        '',
        'Date: 29 February 2024 Tags: Economy',
        '',
        'The Union Cabinet approved three semiconductor units under the India Semiconductor Mission.',
        '',
        'Key points',
        '',
        '• One fab in Dholera, Gujarat.',
        '• Two assembly and test units in Assam and Gujarat.',
      ].join('\n'),
    );
  await screenshot(app, 'import-add-article');
  await page.getByTestId('add-article-save').click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('import-imported')).toHaveText('Imported 1 article');
  await expect(page.getByTestId('reader-title')).toHaveText('Semiconductor Mission Approves Three Fabs');
  await expect(page.getByTestId('reader-date')).toContainText('2024');
  const reader = page.getByTestId('reader');
  await expect(reader.locator('[data-testid="block"][data-kind="bullet"]')).toHaveCount(2);
  await expect(reader.locator('[data-testid="block"][data-kind="heading"]')).toHaveText(['Key points']);

  // Esc closes the box without adding anything.
  await page.getByTestId('add-article-button').click();
  await page.getByTestId('add-article-text').fill('Something');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('add-article-dialog')).toHaveCount(0);
});

test('Fetch feed… imports a feed from a local server, and says so plainly when offline', async ({ app }) => {
  const { page } = app;
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/rss+xml' });
    response.end(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Local News</title>` +
        `<item><title>Grid-scale storage rules notified</title><link>https://example.org/2026/01/05/grid</link>` +
        `<pubDate>Mon, 05 Jan 2026 10:00:00 +0530</pubDate><category>Energy</category>` +
        `<description>&lt;p&gt;New rules for battery storage on the grid.&lt;/p&gt;</description></item>` +
        `</channel></rss>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
  try {
    await page.getByTestId('fetch-feed-button').click();
    await page.getByTestId('feed-url').fill(url);
    await page.getByTestId('feed-fetch').click();
    await expect(page.getByTestId('feed-dialog')).toHaveCount(0);
    await expect(page.getByTestId('import-imported')).toHaveText('Imported 1 article');
    await expect(page.getByTestId('reader-title')).toHaveText('Grid-scale storage rules notified');
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  // The server is gone: the connection is refused, as when the laptop is offline.
  await page.getByTestId('fetch-feed-button').click();
  await page.getByTestId('feed-url').fill(url);
  await page.getByTestId('feed-fetch').click();
  await expect(page.getByTestId('feed-offline')).toContainText('You seem to be offline');
  await expect(page.getByTestId('feed-fetch')).toHaveText('Try again');
  await screenshot(app, 'import-feed-offline');
});

test('several files through File → Import… show updated articles and skipped records too', async ({
  app,
}) => {
  const { page } = app;
  const root = mkdtempSync(join(tmpdir(), 'bulletin-files-'));
  const note = (text: string) =>
    `---\ntitle: Lokayukta in the States\ndate: 2023-02-14\ntags: [Polity]\n---\n\n${text}\n`;
  const first = put(root, 'lokayukta.md', note('The Act asked each state to set up a Lokayukta.'));
  await app.answerOpenDialog([first]);
  await page.getByTestId('import-button').click();
  await expect(page.getByTestId('import-imported')).toHaveText('Imported 1 article');

  const revised = put(
    root,
    'lokayukta-revised.md',
    note('The Act asked each state to set up a Lokayukta within a year.'),
  );
  const dump = put(
    root,
    'dump.json',
    JSON.stringify([
      { title: 'Repo rate raised to 6.5%', date: '2023-02-08', content: 'The MPC raised the repo rate.' },
      { title: 'Current Affairs Quiz', content: 'Take the quiz.' },
    ]),
  );
  await app.answerOpenDialog([revised, dump]);
  await page.getByTestId('import-button').click();
  await expect(page.getByTestId('import-imported')).toHaveText('Imported 1 article');
  await expect(page.getByTestId('import-updated')).toContainText('Updated 1 article');
  await expect(page.getByTestId('import-skipped')).toHaveText('1 item skipped');
  await expect(page.getByTestId('import-failure')).toHaveCount(0);
});
