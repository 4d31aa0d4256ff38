import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir, writeFile } from '../../test/support/temp-library';
import { runCliAsync } from '../../test/support/cli';

/** Asynchronously: the feed server below lives in this process and must keep answering the CLI. */
const cli = (library: string, ...args: string[]) => runCliAsync(library, args);

const json = (r: { stdout: string }) => JSON.parse(r.stdout) as Record<string, unknown>;

let items = 1;
let server: Server;
let base = '';

function item(n: number): string {
  return (
    `<item><title>Item ${n}</title><link>https://example.org/item-${n}</link>` +
    `<pubDate>Mon, 0${n} Feb 2026 10:00:00 +0530</pubDate><description>Text of item ${n}.</description></item>`
  );
}

// The feeds come from this server on 127.0.0.1; nothing leaves the machine.
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Local Feed</title>` +
          `${Array.from({ length: items }, (_, i) => item(i + 1)).join('')}</channel></rss>`,
      );
    } else {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('down');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('bulletin feeds', () => {
  it('adds, lists, refreshes and removes feeds with one JSON document each', async () => {
    const lib = tempDir();
    const added = await cli(lib, 'feeds', 'add', `${base}/feed.xml`, '--json');
    expect(added.code).toBe(0);
    expect(json(added)).toMatchObject({
      offline: false,
      message: 'Subscribed to Local Feed: 1 new article.',
      feed: { id: 1, url: `${base}/feed.xml`, title: 'Local Feed', status: 'ok', lastNew: 1, itemCount: 1 },
      refresh: {
        id: 1,
        status: 'ok',
        new: 1,
        updated: 0,
        unchanged: 0,
        articles: [{ title: 'Item 1', change: 'new' }],
      },
    });

    const opml = writeFile(
      tempDir(),
      'feeds.opml',
      `<opml version="2.0"><body><outline text="Local" xmlUrl="${base}/feed.xml"/>` +
        `<outline text="Broken" xmlUrl="${base}/broken.xml"/></body></opml>`,
    );
    const fromOpml = await cli(lib, 'feeds', 'add', '--opml', opml, '--json');
    expect(fromOpml.code).toBe(0);
    expect(json(fromOpml)).toMatchObject({
      added: [{ id: 2, url: `${base}/broken.xml`, title: 'Broken', status: 'pending' }],
      existing: [{ id: 1 }],
      message:
        'Subscribed to 1 feed from feeds.opml; 1 was already followed. Refresh to fetch their articles.',
    });

    const listed = JSON.parse((await cli(lib, 'feeds', 'list', '--json')).stdout) as Array<
      Record<string, unknown>
    >;
    expect(listed.map((f) => [f.id, f.title, f.status])).toEqual([
      [2, 'Broken', 'pending'],
      [1, 'Local Feed', 'ok'],
    ]);
    expect(Object.keys(listed[0]!).sort()).toEqual(
      [
        'id',
        'url',
        'title',
        'addedAt',
        'lastFetchedAt',
        'lastSuccessAt',
        'status',
        'error',
        'lastNew',
        'lastUpdated',
        'itemCount',
        'message',
      ].sort(),
    );

    // One feed fails, the other brings its new item; the exit code says something failed.
    items = 2;
    const refreshed = await cli(lib, 'feeds', 'refresh', '--json');
    expect(refreshed.code).toBe(1);
    expect(json(refreshed)).toMatchObject({
      new: 1,
      updated: 0,
      failed: 1,
      offline: false,
      message: 'Refreshed 2 feeds: 1 new article; 1 feed could not be fetched.',
      feeds: [
        { id: 2, status: 'failed', error: `${base}/broken.xml answered 500 Internal Server Error.` },
        { id: 1, status: 'ok', new: 1, unchanged: 1, articles: [{ title: 'Item 2', change: 'new' }] },
      ],
    });
    const one = await cli(lib, 'feeds', 'refresh', '1');
    expect(one.code).toBe(0);
    expect(one.stdout).toBe('1\tLocal Feed\tok\tNo new articles.\nRefreshed 1 feed: no new articles.\n');

    const removed = await cli(lib, 'feeds', 'remove', '2', '--json');
    expect(json(removed)).toMatchObject({ removed: { id: 2, url: `${base}/broken.xml` } });
    expect((await cli(lib, 'feeds', 'remove', '1')).stdout).toBe(
      'unsubscribed from Local Feed (feed 1); its articles stay in the library\n',
    );
    expect(JSON.parse((await cli(lib, 'list', '--json')).stdout)).toHaveLength(2);
  });

  it('refuses bad addresses, unknown ids and a missing OPML file with one line each', async () => {
    const lib = tempDir();
    const bad = await cli(lib, 'feeds', 'add', 'file:///etc/passwd');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe(
      'bulletin: file:///etc/passwd is not a web address (http or https) Bulletin can fetch.\n',
    );
    expect((await cli(lib, 'feeds', 'refresh', '7')).stderr).toBe('bulletin: There is no feed with id 7.\n');
    expect((await cli(lib, 'feeds', 'add', '--opml', join(lib, 'none.opml'))).stderr).toMatch(
      /^bulletin: none\.opml could not be found/,
    );
    const usage = await cli(lib, 'feeds', 'add');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toBe('bulletin: feeds add needs one feed address (or --opml FILE).\n');

    // Offline: the subscription is kept and the refresh says so; exit code 1.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const closed = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const offline = await cli(lib, 'feeds', 'add', `http://127.0.0.1:${closed}/feed.xml`, '--json');
    expect(offline.code).toBe(0);
    expect(json(offline)).toMatchObject({ offline: true, feed: { status: 'unreachable' } });
    const refresh = await cli(lib, 'feeds', 'refresh');
    expect(refresh.code).toBe(1);
    expect(refresh.stdout).toContain('You are offline — feeds will refresh when you are back online');
  });
});
