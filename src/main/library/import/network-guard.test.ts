import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { LookupAddress } from 'node:dns';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../library';
import { fetchFeed } from './fetch-feed';
import { guardedLookup, isRefusedAddress, RefusedAddressError } from './network-guard';

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>
<item><title>An item</title><link>https://example.org/a</link><description>Body.</description></item></channel></rss>`;

// The only server is this one, on 127.0.0.1; the refused addresses are refused before any connection.
let server: Server;
let port = 0;
let hits = 0;
beforeAll(async () => {
  server = createServer((req, res) => {
    hits++;
    const redirect = /^\/to\/(.+)$/.exec(req.url ?? '');
    if (redirect) {
      res.writeHead(302, { location: decodeURIComponent(redirect[1]!) });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end(RSS);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

// The test suite allows 127.0.0.1 for its local feed servers (vitest.config.mts); these tests take it back.
const allowed = process.env.BULLETIN_TEST_ALLOW_LOOPBACK_FEEDS;
afterEach(() => {
  process.env.BULLETIN_TEST_ALLOW_LOOPBACK_FEEDS = allowed;
});

const STRICT = { network: { allowLoopback: false } };
const refusal = async (url: string, options = STRICT): Promise<string> => {
  try {
    await fetchFeed(url, options);
    return 'fetched';
  } catch (error) {
    return (error as Error).message;
  }
};

describe('feeds are fetched from the public internet only (issue 14 #7)', () => {
  it('classifies addresses', () => {
    const refused = [
      '127.0.0.1',
      '127.8.9.10',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '255.255.255.255',
      '::1',
      '::',
      'fe80::1',
      'fc00::1',
      'fd12:3456::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
    ];
    for (const address of refused) expect(isRefusedAddress(address, {}), address).toBe(true);
    for (const address of ['8.8.8.8', '1.1.1.1', '172.32.0.1', '2001:4860:4860::8888'])
      expect(isRefusedAddress(address, {}), address).toBe(false);
    expect(isRefusedAddress('127.0.0.1', { allowLoopback: true })).toBe(false);
    expect(isRefusedAddress('10.0.0.1', { allowLoopback: true })).toBe(true);
  });

  it('refuses loopback written any way, before connecting', async () => {
    hits = 0;
    for (const host of [
      '127.0.0.1',
      '0x7f000001',
      '2130706433',
      '0177.0.0.1',
      '[::1]',
      '[::ffff:127.0.0.1]',
      'localhost',
    ]) {
      const url = `http://${host}:${port}/feed.xml`;
      expect(await refusal(url), url).toMatch(/points to this computer or a private network/);
    }
    expect(hits).toBe(0);
  });

  it('refuses a name that resolves to loopback, when it connects', async () => {
    // The lookup the HTTP agent connects through: `localhost` resolves to a loopback address everywhere.
    const lookup = guardedLookup({ allowLoopback: false });
    const refused = await new Promise<Error | null>((resolve) =>
      lookup('localhost', {}, (error) => resolve(error)),
    );
    expect(refused).toBeInstanceOf(RefusedAddressError);
    expect(refused?.message).toBe('localhost resolves to an address on this computer or a private network');
    const allowed = await new Promise<string | LookupAddress[]>((resolve, reject) =>
      guardedLookup({ allowLoopback: true })('localhost', { all: true }, (error, address) =>
        error ? reject(error) : resolve(address),
      ),
    );
    expect((allowed as LookupAddress[]).length).toBeGreaterThan(0);
  });

  it('refuses a redirect to a private or link-local address, checked at every hop', async () => {
    const loopbackAllowed = { network: { allowLoopback: true } };
    const to = (target: string) => `http://127.0.0.1:${port}/to/${encodeURIComponent(target)}`;
    expect(await refusal(to('http://10.0.0.1/feed.xml'), loopbackAllowed)).toMatch(
      /http:\/\/10\.0\.0\.1\/feed\.xml points to this computer or a private network/,
    );
    expect(await refusal(to('http://169.254.169.254/latest/meta-data'), loopbackAllowed)).toMatch(
      /169\.254\.169\.254.* points to this computer or a private network/,
    );
    // Two hops: the second redirect is checked too.
    expect(await refusal(to(to('http://192.168.0.1/')), loopbackAllowed)).toMatch(/192\.168\.0\.1/);
    // And the allowance itself works, so the refusals above are not a broken server.
    expect(await refusal(to(`http://127.0.0.1:${port}/feed.xml`), loopbackAllowed)).toBe('fetched');
  });

  it('subscribing, and the loopback feeds of an OPML file, fail with the sentence in the library', async () => {
    delete process.env.BULLETIN_TEST_ALLOW_LOOPBACK_FEEDS;
    hits = 0;
    const library = Library.open(join(mkdtempSync(join(tmpdir(), 'bulletin-ssrf-')), 'library'));
    try {
      await expect(library.subscribeFeed(`http://0x7f000001:${port}/feed.xml`)).rejects.toThrow(
        /http:\/\/127\.0\.0\.1:\d+\/feed\.xml points to this computer or a private network.*Nothing was subscribed/,
      );
      const opml = `<?xml version="1.0"?><opml version="2.0"><head/><body>
        <outline text="Local" xmlUrl="http://127.0.0.1:${port}/feed.xml"/>
        <outline text="Metadata" xmlUrl="http://169.254.169.254/feed.xml"/></body></opml>`;
      const opmlFile = join(mkdtempSync(join(tmpdir(), 'bulletin-ssrf-')), 'subs.opml');
      writeFileSync(opmlFile, opml);
      library.addFeedsFromOpml(opmlFile);
      const report = await library.refreshFeeds();
      expect(report.feeds.map((f) => f.status)).toEqual(['failed', 'failed']);
      for (const feed of report.feeds)
        expect(feed.error).toMatch(/points to this computer or a private network/);
      expect(library.listArticles()).toEqual([]);
      expect(hits).toBe(0);
    } finally {
      library.close();
    }
  });
});
