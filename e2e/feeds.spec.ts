import { createServer, type Server } from 'node:http';
import type { Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, screenshot, test } from './fixtures';

interface Item {
  title: string;
  day: string;
  text: string;
}

function rss(title: string, items: readonly Item[]): string {
  return (
    `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title>` +
    items
      .map(
        (i) =>
          `<item><title>${i.title}</title><link>https://example.org/${i.day}/${encodeURIComponent(i.title)}</link>` +
          `<pubDate>${new Date(`${i.day}T10:00:00Z`).toUTCString()}</pubDate><category>Current Affairs</category>` +
          `<description>&lt;p&gt;${i.text}&lt;/p&gt;</description></item>`,
      )
      .join('') +
    `</channel></rss>`
  );
}

/**
 * Feeds served from 127.0.0.1 by the test itself, by path: each answers its feed's current text, or
 * null for an error answer (500). What they answer can change between refreshes.
 */
async function serveFeeds(
  feeds: Record<string, () => string | null>,
): Promise<{ base: string; server: Server }> {
  const server = createServer((request, response) => {
    const feed = feeds[request.url ?? ''];
    const body = feed?.();
    if (!feed) response.writeHead(404).end('no');
    else if (body === null || body === undefined) response.writeHead(500).end('down');
    else response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

async function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

async function subscribe(page: Page, url: string): Promise<void> {
  await page.getByTestId('feeds-add').click();
  await page.getByTestId('feed-url').fill(url);
  await page.getByTestId('feed-fetch').click();
  await expect(page.getByTestId('feed-dialog')).toHaveCount(0);
}

test('subscribe to feeds, refresh them, and see only the new article come in', async ({ app }) => {
  const { page } = app;
  const items: Item[] = [
    {
      title: 'Grid-scale storage rules notified',
      day: '2026-01-05',
      text: 'New rules for battery storage on the grid.',
    },
    {
      title: 'Four new Ramsar sites',
      day: '2026-01-06',
      text: 'Four wetlands were added to the Ramsar list.',
    },
  ];
  let gsDown = false;
  const { base, server } = await serveFeeds({
    '/feed.xml': () => rss('Local Current Affairs', items),
    '/pib.xml': () =>
      rss('PIB Press Releases', [
        { title: 'Cabinet approves PM-KUSUM extension', day: '2026-01-04', text: 'The scheme runs to 2027.' },
      ]),
    '/gs.xml': () =>
      gsDown
        ? null
        : rss('Daily GS Notes', [
            { title: 'Article 356 explained', day: '2026-01-03', text: 'President’s rule in the states.' },
          ]),
  });
  try {
    await expect(page.getByTestId('feeds')).toContainText('Follow a site’s RSS or Atom feed');
    // The first one by keyboard: Enter in the address field subscribes.
    await page.getByRole('button', { name: 'Add feed…' }).first().click();
    const dialog = page.getByTestId('feed-dialog');
    await expect(dialog).toContainText('Add a feed');
    await expect(page.getByTestId('feed-subscribe-toggle')).toBeChecked();
    await page.getByTestId('feed-url').fill(`${base}/feed.xml`);
    await expect(page.getByTestId('feed-fetch')).toHaveText('Subscribe');
    await screenshot(app, 'feeds-add');
    await page.getByTestId('feed-url').press('Enter');
    await expect(dialog).toHaveCount(0);

    const local = page.getByTestId('feed-row').filter({ hasText: 'Local Current Affairs' });
    await expect(local.getByTestId('feed-meta')).toContainText(/^Fetched \d\d:\d\d · 2 new/);
    await expect(local).toHaveAttribute('data-status', 'ok');
    const list = page.getByTestId('article-item');
    await expect(list.filter({ hasText: 'Grid-scale storage rules notified' })).toHaveCount(1);
    await expect(list.filter({ hasText: 'Four new Ramsar sites' })).toHaveCount(1);
    await subscribe(page, `${base}/pib.xml`);
    await subscribe(page, `${base}/gs.xml`);
    await expect(page.getByTestId('feed-name')).toHaveText([
      'Daily GS Notes',
      'Local Current Affairs',
      'PIB Press Releases',
    ]);
    await expect(list.filter({ hasText: 'Article 356 explained' })).toHaveCount(1);
    const before = await list.count();

    // The feed gains an item and another feed breaks: one refresh brings exactly the new article,
    // and the broken feed says why without stopping the others.
    items.push({
      title: 'Quad leaders meet in Tokyo',
      day: '2026-01-07',
      text: 'The leaders agreed on a maritime initiative.',
    });
    gsDown = true;
    await page.getByTestId('feeds-refresh-all').click();
    await expect(page.getByTestId('feeds-summary')).toHaveText(
      'Refreshed 3 feeds: 1 new article; 1 feed could not be fetched.',
    );
    await expect(local.getByTestId('feed-meta')).toContainText('1 new');
    const pib = page.getByTestId('feed-row').filter({ hasText: 'PIB Press Releases' });
    await expect(pib.getByTestId('feed-meta')).toContainText('nothing new');
    const gs = page.getByTestId('feed-row').filter({ hasText: 'Daily GS Notes' });
    await expect(gs).toHaveAttribute('data-status', 'failed');
    await expect(gs.getByTestId('feed-problem')).toHaveText('The feed answered 500 Internal Server Error.');
    await expect(gs.getByTestId('feed-problem')).toHaveAttribute(
      'title',
      `${base}/gs.xml answered 500 Internal Server Error.`,
    );
    await expect(list.filter({ hasText: 'Quad leaders meet in Tokyo' })).toHaveCount(1);
    await expect(list).toHaveCount(before + 1);
    await list.filter({ hasText: 'Quad leaders meet in Tokyo' }).click();
    await expect(page.getByTestId('reader-title')).toHaveText('Quad leaders meet in Tokyo');
    await screenshot(app, 'feeds');

    // Nothing new the second time: no duplicates, and the mended feed is back to normal.
    gsDown = false;
    await page.getByTestId('feeds-refresh-all').click();
    await expect(page.getByTestId('feeds-summary')).toHaveText('Refreshed 3 feeds: no new articles.');
    await expect(local.getByTestId('feed-meta')).toContainText('nothing new');
    await expect(gs).toHaveAttribute('data-status', 'ok');
    await expect(list).toHaveCount(before + 1);
  } finally {
    await stop(server);
  }
});

test('offline: a feed that cannot be reached says so plainly, and unsubscribing keeps its articles', async ({
  app,
}) => {
  const { page } = app;
  const items: Item[] = [
    { title: 'Monsoon session begins', day: '2026-07-03', text: 'Parliament meets for three weeks.' },
  ];
  const { base, server } = await serveFeeds({ '/feed.xml': () => rss('Local Current Affairs', items) });
  const url = `${base}/feed.xml`;
  await subscribe(page, url);
  await expect(page.getByTestId('feed-row')).toHaveAttribute('data-status', 'ok');
  // The server goes away: connections to its port are refused, as when the laptop is offline.
  await stop(server);

  await page.getByTestId('feeds-refresh-all').click();
  const offline = page.getByTestId('feeds-offline');
  await expect(offline).toHaveText(
    'You are offline — feeds will refresh when you are back online; articles already fetched stay readable.',
  );
  await expect(page.getByTestId('feed-row')).toHaveAttribute('data-status', 'unreachable');
  await expect(page.getByTestId('feed-meta')).toContainText('Not reached');
  await expect(page.getByTestId('article-item').filter({ hasText: 'Monsoon session begins' })).toHaveCount(1);

  // Subscribing while offline keeps the feed for later.
  await page.getByTestId('feeds-add').click();
  await page.getByTestId('feed-url').fill(url.replace('/feed.xml', '/other.xml'));
  await page.getByTestId('feed-fetch').click();
  await expect(page.getByTestId('feed-offline')).toContainText('Subscribed — you seem to be offline');
  await page.getByTestId('feed-fetch').click(); // Done
  await expect(page.getByTestId('feed-row')).toHaveCount(2);
  await screenshot(app, 'feeds-offline');

  // Unsubscribe, by keyboard: the confirmation says the articles stay.
  const first = page.getByTestId('feed-row').filter({ hasText: 'Local Current Affairs' });
  await first.getByTestId('feed-remove').focus();
  await page.keyboard.press('Enter');
  const confirm = page.getByTestId('unsubscribe-dialog');
  await expect(confirm).toContainText('The articles already fetched from it stay in your library');
  await expect(page.getByTestId('unsubscribe-confirm')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm).toHaveCount(0);
  await expect(page.getByTestId('feed-row')).toHaveCount(1);
  await expect(page.getByTestId('article-item').filter({ hasText: 'Monsoon session begins' })).toHaveCount(1);

  // A feed reader's OPML export: its feeds are added without fetching, the one already followed once.
  const opml = join(mkdtempSync(join(tmpdir(), 'bulletin-opml-')), 'reader.opml');
  writeFileSync(
    opml,
    `<?xml version="1.0"?><opml version="2.0"><head><title>Reader</title></head><body>` +
      `<outline text="Daily GS Notes" xmlUrl="https://example.org/gs.xml"/>` +
      `<outline text="Other" xmlUrl="${url.replace('/feed.xml', '/other.xml')}"/></body></opml>`,
  );
  await app.answerOpenDialog([opml]);
  await page.getByTestId('feeds-add').click();
  await page.getByTestId('feed-opml').click();
  await expect(page.getByTestId('feed-dialog')).toHaveCount(0);
  await expect(page.getByTestId('feeds-summary')).toHaveText(
    'Subscribed to 1 feed from reader.opml; 1 was already followed. Refresh to fetch their articles.',
  );
  const added = page.getByTestId('feed-row').filter({ hasText: 'Daily GS Notes' });
  await expect(added.getByTestId('feed-meta')).toHaveText('Not fetched yet');
});
