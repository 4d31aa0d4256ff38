import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempLibrary } from '../../../../test/support/temp-library';

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Local Feed</title>
<item><title>Grid Storage Rules</title><link>https://example.org/2026/01/05/grid</link><pubDate>Mon, 05 Jan 2026 10:00:00 +0530</pubDate>
<description>&lt;p&gt;New rules for storage.&lt;/p&gt;</description></item></channel></rss>`;

// Every request in these tests goes to a server on 127.0.0.1 started here; nothing leaves the machine.
let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(RSS);
    } else if (req.url === '/moved') {
      res.writeHead(302, { location: '/feed.xml' });
      res.end();
    } else if (req.url === '/huge') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<rss>${'x'.repeat(300_000)}</rss>`);
    } else if (req.url === '/slow') {
      setTimeout(() => res.end(RSS), 2_000);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('no');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('fetching a subscribed feed on demand', () => {
  it('imports the items, follows a redirect, and reports a second fetch as duplicates', async () => {
    const library = tempLibrary();
    const first = await library.importFeedUrl(`${base}/moved`);
    expect(first.failed).toEqual([]);
    expect(first.imported.map((a) => a.title)).toEqual(['Grid Storage Rules']);
    const article = library.getArticle(first.imported[0]!.id);
    expect([article.date, article.source, article.url]).toEqual([
      '2026-01-05',
      'Local Feed',
      'https://example.org/2026/01/05/grid',
    ]);
    const again = await library.importFeedUrl(`${base}/feed.xml`);
    expect(again.duplicates).toHaveLength(1);
  });

  it('turns bad answers, size and time limits, and an unreachable host into one line each', async () => {
    const library = tempLibrary();
    const errors = async (url: string, options = {}) =>
      (await library.importFeedUrl(url, options)).failed.map((f) => f.error);
    expect(await errors(`${base}/missing`)).toEqual([`${base}/missing answered 404 Not Found.`]);
    expect(await errors(`${base}/huge`, { maxBytes: 100_000 })).toEqual([
      `${base}/huge is larger than 0.1 MB; it was not downloaded.`,
    ]);
    expect(await errors(`${base}/slow`, { timeoutMs: 200 })).toEqual([
      `${base}/slow did not answer in time; you may be offline. Try again later.`,
    ]);
    // A port nothing listens on: refused, reported as offline.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect((await errors(`http://127.0.0.1:${port}/feed.xml`))[0]).toMatch(
      /127\.0\.0\.1 cannot be reached \(ECONNREFUSED\); you seem to be offline/,
    );
    expect(await errors('file:///etc/passwd')).toEqual([
      'file:///etc/passwd is not a web address (http or https) Bulletin can fetch.',
    ]);
    expect(library.listArticles()).toHaveLength(0);
  });
});
