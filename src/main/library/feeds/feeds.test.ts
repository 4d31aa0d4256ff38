import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LibraryError } from '../errors';
import { tempDir, tempLibrary, writeFile } from '../../../../test/support/temp-library';
import { OFFLINE_MESSAGE } from './messages';

interface Item {
  title: string;
  day: string;
  text: string;
}

function rss(title: string, items: readonly Item[]): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title>${items
    .map(
      (i) =>
        `<item><title>${i.title}</title><link>https://example.org/${encodeURIComponent(i.title)}</link>` +
        `<pubDate>${new Date(`${i.day}T10:00:00Z`).toUTCString()}</pubDate><description>${i.text}</description></item>`,
    )
    .join('')}</channel></rss>`;
}

const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Beta Bulletin</title>
<entry><title>Monsoon Session Begins</title><link href="https://example.org/monsoon"/><published>2026-07-03T09:00:00Z</published>
<content type="html">&lt;p&gt;Parliament meets for three weeks.&lt;/p&gt;</content></entry></feed>`;

// Every request in these tests goes to a server on 127.0.0.1 started here; nothing leaves the machine.
let alphaItems: Item[] = [];
let betaBroken = false;
const requests: string[] = [];
let server: Server;
let base = '';

function route(req: IncomingMessage, res: ServerResponse): void {
  requests.push(req.url ?? '');
  const send = (status: number, type: string, body: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': type, ...headers });
    res.end(body);
  };
  switch (req.url) {
    case '/alpha.xml':
    case '/feed.xml':
      return send(200, 'application/rss+xml', rss('Alpha News', alphaItems));
    case '/beta.atom':
      return betaBroken ? send(500, 'text/plain', 'oops') : send(200, 'application/atom+xml', ATOM);
    case '/page.html':
      return send(
        200,
        'text/html',
        '<!doctype html><html><body><p>A web page, not a feed.</p></body></html>',
      );
    case '/etag.xml': {
      const tag = '"v1"';
      if (req.headers['if-none-match'] === tag) {
        res.writeHead(304, { etag: tag });
        return void res.end();
      }
      return send(200, 'application/rss+xml', rss('Tagged', alphaItems), { etag: tag });
    }
    case '/slow.xml':
      return void setTimeout(() => send(200, 'application/rss+xml', rss('Slow', alphaItems)), 300);
    default:
      return send(404, 'text/plain', 'no');
  }
}

/** A port nothing listens on: connections are refused, as they are when the laptop is offline. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  server = createServer(route);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});
beforeEach(() => {
  alphaItems = [
    { title: 'Grid Storage Rules', day: '2026-01-05', text: 'New rules for battery storage on the grid.' },
    { title: 'Ramsar Sites Added', day: '2026-01-06', text: 'Four wetlands were added to the Ramsar list.' },
  ];
  requests.length = 0;
  betaBroken = false;
});

const now = () => new Date('2026-01-07T08:00:00Z');

describe('feed subscriptions', () => {
  it('subscribe fetches the feed once, imports its items and learns its title', async () => {
    const library = tempLibrary({ now });
    const result = await library.subscribeFeed(`${base}/alpha.xml`);
    expect(result.offline).toBe(false);
    expect(result.message).toBe('Subscribed to Alpha News: 2 new articles.');
    expect(result.refresh).toMatchObject({ status: 'ok', new: 2, updated: 0, unchanged: 0, error: null });
    expect(result.refresh.articles.map((a) => [a.title, a.change])).toEqual([
      ['Grid Storage Rules', 'new'],
      ['Ramsar Sites Added', 'new'],
    ]);
    expect(library.listFeeds()).toEqual([
      {
        id: result.feed.id,
        url: `${base}/alpha.xml`,
        title: 'Alpha News',
        addedAt: '2026-01-07T08:00:00.000Z',
        lastFetchedAt: '2026-01-07T08:00:00.000Z',
        lastSuccessAt: '2026-01-07T08:00:00.000Z',
        status: 'ok',
        error: null,
        lastNew: 2,
        lastUpdated: 0,
        itemCount: 2,
        message: '2 new articles.',
      },
    ]);
    expect(library.listArticles().map((a) => [a.title, a.source])).toEqual([
      ['Ramsar Sites Added', 'Alpha News'],
      ['Grid Storage Rules', 'Alpha News'],
    ]);
  });

  it('refuses addresses that are not http(s), a second subscription, and answers that are not feeds', async () => {
    const library = tempLibrary();
    const refused = async (url: string) => {
      try {
        await library.subscribeFeed(url);
      } catch (error) {
        expect(error).toBeInstanceOf(LibraryError);
        return (error as Error).message;
      }
      throw new Error(`${url} was accepted`);
    };
    expect(await refused('file:///etc/passwd')).toBe(
      'file:///etc/passwd is not a web address (http or https) Bulletin can fetch.',
    );
    expect(await refused('javascript:alert(1)')).toMatch(/is not a web address/);
    expect(await refused('  ')).toBe(
      'An empty address is not a web address (http or https) Bulletin can fetch.',
    );
    expect(await refused(`${base}/missing.xml`)).toBe(
      `${base}/missing.xml answered 404 Not Found. Nothing was subscribed.`,
    );
    expect(await refused(`${base}/page.html`)).toMatch(/not well-formed XML|not an RSS, Atom or OPML/);
    expect(library.listFeeds()).toEqual([]);

    const { feed } = await library.subscribeFeed(`${base}/beta.atom`);
    expect(feed.title).toBe('Beta Bulletin');
    expect(await refused(`${base}/beta.atom`)).toBe(`You already follow Beta Bulletin (feed ${feed.id}).`);
  });

  it('refreshes every feed independently: one answering 500 and one unreachable never stop the others', async () => {
    const library = tempLibrary({ now });
    const alpha = await library.subscribeFeed(`${base}/alpha.xml`);
    const beta = await library.subscribeFeed(`${base}/beta.atom`);
    // Subscribed while they worked; one now fails on the server, one cannot be reached at all.
    const down = await library.subscribeFeed(`http://127.0.0.1:${await closedPort()}/gone.xml`);
    expect(down.offline).toBe(true);
    betaBroken = true;

    alphaItems.push({ title: 'Quad Summit', day: '2026-01-07', text: 'Leaders met in Tokyo.' });
    const report = await library.refreshFeeds();
    expect(report.offline).toBe(false);
    expect(report).toMatchObject({ new: 1, updated: 0, failed: 2 });
    expect(report.message).toBe('Refreshed 3 feeds: 1 new article; 2 feeds could not be fetched.');
    const byId = new Map(report.feeds.map((f) => [f.id, f]));
    expect(byId.get(alpha.feed.id)).toMatchObject({
      status: 'ok',
      new: 1,
      unchanged: 2,
      message: '1 new article.',
      articles: [{ title: 'Quad Summit', change: 'new' }],
    });
    expect(byId.get(beta.feed.id)).toMatchObject({
      status: 'failed',
      error: `${base}/beta.atom answered 500 Internal Server Error.`,
    });
    expect(byId.get(down.feed.id)!.status).toBe('unreachable');
    expect(byId.get(down.feed.id)!.error).toMatch(
      /cannot be reached \(ECONNREFUSED\); you seem to be offline/,
    );

    // The list keeps each feed's last result; the failing feed keeps its title and its articles.
    const listed = new Map(library.listFeeds().map((f) => [f.id, f]));
    expect(listed.get(beta.feed.id)).toMatchObject({
      title: 'Beta Bulletin',
      status: 'failed',
      lastSuccessAt: '2026-01-07T08:00:00.000Z',
      message: `${base}/beta.atom answered 500 Internal Server Error.`,
    });
    expect(listed.get(down.feed.id)).toMatchObject({
      status: 'unreachable',
      title: null,
      lastSuccessAt: null,
    });
    expect(library.listArticles()).toHaveLength(4);
  });

  it('a second refresh updates changed items in place and never duplicates them', async () => {
    const library = tempLibrary();
    const { feed } = await library.subscribeFeed(`${base}/alpha.xml`);
    const again = await library.refreshFeed(feed.id);
    expect(again).toMatchObject({
      status: 'ok',
      new: 0,
      updated: 0,
      unchanged: 2,
      message: 'No new articles.',
    });

    alphaItems[0] = { ...alphaItems[0]!, text: 'New rules for battery storage on the grid, revised.' };
    alphaItems.push({ title: 'Quad Summit', day: '2026-01-07', text: 'Leaders met in Tokyo.' });
    const changed = await library.refreshFeed(feed.id);
    expect(changed).toMatchObject({
      new: 1,
      updated: 1,
      unchanged: 1,
      message: '1 new article and 1 updated.',
    });
    expect(changed.articles.map((a) => [a.title, a.change])).toEqual([
      ['Quad Summit', 'new'],
      ['Grid Storage Rules', 'updated'],
    ]);
    const titles = library.listArticles().map((a) => a.title);
    expect(titles.sort()).toEqual(['Grid Storage Rules', 'Quad Summit', 'Ramsar Sites Added']);
    const grid = library.listArticles().find((a) => a.title === 'Grid Storage Rules')!;
    expect(library.getArticle(grid.id).blocks.map((b) => b.text)).toEqual([
      'New rules for battery storage on the grid, revised.',
    ]);
    expect(library.listFeeds()[0]).toMatchObject({ lastNew: 1, lastUpdated: 1, itemCount: 3 });
  });

  it('asks with the ETag and takes 304 Not Modified as “unchanged”', async () => {
    const library = tempLibrary();
    const { feed } = await library.subscribeFeed(`${base}/etag.xml`);
    const second = await library.refreshFeed(feed.id);
    expect(second).toMatchObject({
      status: 'unchanged',
      new: 0,
      unchanged: 2,
      title: 'Tagged',
      message: 'No new articles: the feed has not changed since the last fetch.',
    });
    expect(library.listFeeds()[0]).toMatchObject({ status: 'unchanged', itemCount: 2, title: 'Tagged' });
    expect(library.listArticles()).toHaveLength(2);
  });

  it('offline: subscribing keeps the feed for later, and a refresh with no network says so plainly', async () => {
    const library = tempLibrary();
    const port = await closedPort();
    const url = `http://127.0.0.1:${port}/feed.xml`;
    const subscribed = await library.subscribeFeed(url);
    expect(subscribed.offline).toBe(true);
    expect(subscribed.message).toBe(
      `Subscribed to ${url}. You seem to be offline; it will be fetched when you refresh while online.`,
    );
    expect(subscribed.feed).toMatchObject({ status: 'unreachable', title: null, itemCount: null });
    const other = await library.subscribeFeed(`http://127.0.0.1:${await closedPort()}/other.xml`);

    const report = await library.refreshFeeds({ timeoutMs: 2_000 });
    expect(report.offline).toBe(true);
    expect(report.failed).toBe(2);
    expect(report.message).toBe(OFFLINE_MESSAGE);
    expect(report.feeds.map((f) => f.status)).toEqual(['unreachable', 'unreachable']);

    // Back online: the same address now answers, and the feed is fetched.
    const online = createServer(route);
    await new Promise<void>((resolve) => online.listen(port, '127.0.0.1', resolve));
    try {
      const back = await library.refreshFeeds();
      expect(back.offline).toBe(false);
      expect(back.new).toBe(2);
      expect(library.listFeeds().find((f) => f.id === subscribed.feed.id)).toMatchObject({
        title: 'Alpha News',
        status: 'ok',
        error: null,
      });
      expect(library.listFeeds().find((f) => f.id === other.feed.id)!.status).toBe('unreachable');
    } finally {
      online.closeAllConnections();
      online.close();
    }
  });

  it('a timeout counts as unreachable; two refreshes of one feed at once fetch it once', async () => {
    const library = tempLibrary();
    const { feed } = await library.subscribeFeed(`${base}/slow.xml`);
    requests.length = 0;
    const [a, b] = await Promise.all([library.refreshFeed(feed.id), library.refreshFeed(feed.id)]);
    expect(a).toBe(b);
    expect(requests).toEqual(['/slow.xml']);
    const late = await library.refreshFeed(feed.id, { timeoutMs: 50 });
    expect(late.status).toBe('unreachable');
    expect(late.message).toBe(
      `${base}/slow.xml did not answer in time; you may be offline. Try again later.`,
    );
  });

  it('unsubscribing keeps the articles the feed brought', async () => {
    const library = tempLibrary();
    const { feed } = await library.subscribeFeed(`${base}/alpha.xml`);
    expect(library.unsubscribeFeed(feed.id).title).toBe('Alpha News');
    expect(library.listFeeds()).toEqual([]);
    expect(library.listArticles()).toHaveLength(2);
    expect(() => library.unsubscribeFeed(feed.id)).toThrow(`There is no feed with id ${feed.id}.`);
    await expect(library.refreshFeed(feed.id)).rejects.toThrow(/no feed with id/);
    expect((await library.refreshFeeds()).message).toBe('You follow no feeds yet.');
  });

  it('subscribes to the feeds an OPML file lists, without fetching them, and never twice', async () => {
    const library = tempLibrary();
    await library.subscribeFeed(`${base}/alpha.xml`);
    const dir = tempDir();
    const opml = writeFile(
      dir,
      'subscriptions.opml',
      `<?xml version="1.0"?><opml version="2.0"><head><title>My feeds</title></head><body>
<outline text="News"><outline text="Alpha" xmlUrl="${base}/alpha.xml"/>
<outline text="Beta Bulletin" type="rss" xmlUrl="${base}/beta.atom" htmlUrl="https://example.org/"/>
<outline text="Beta again" xmlUrl="${base}/beta.atom"/>
<outline text="Not a feed" xmlUrl="javascript:alert(1)"/></outline></body></opml>`,
    );
    requests.length = 0;
    const result = library.addFeedsFromOpml(opml);
    expect(requests).toEqual([]);
    expect(result.message).toBe(
      'Subscribed to 1 feed from subscriptions.opml; 1 was already followed. Refresh to fetch their articles.',
    );
    expect(result.added).toMatchObject([
      { url: `${base}/beta.atom`, title: 'Beta Bulletin', status: 'pending' },
    ]);
    expect(result.existing.map((f) => f.title)).toEqual(['Alpha News']);
    expect(library.listFeeds().map((f) => [f.title, f.message])).toEqual([
      ['Alpha News', '2 new articles.'],
      ['Beta Bulletin', 'Not fetched yet.'],
    ]);

    const outline = writeFile(
      dir,
      'notes.opml',
      '<opml version="2.0"><body><outline text="Polity"/></body></opml>',
    );
    expect(() => library.addFeedsFromOpml(outline)).toThrow(
      'notes.opml lists no feed addresses (no outline has an xmlUrl).',
    );
    expect(() => library.addFeedsFromOpml(writeFile(dir, 'x.opml', '<rss/>'))).toThrow(/not an OPML file/);
    expect(() => library.addFeedsFromOpml(`${dir}/missing.opml`)).toThrow(/could not be found/);
  });
});
