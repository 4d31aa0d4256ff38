import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FakeWebContents, type FakeFrame } from '../../test/support/fake-electron';
import { loadMainProcess, type MainProcess } from '../../test/support/main-process';
import { LIBRARY_CHANGED_EVENT } from '../shared/contract';

vi.mock('electron', async () => (await import('../../test/support/fake-electron')).fakeElectronModule());

const REFUSED = { ok: false, error: 'Request refused: it did not come from Bulletin’s own window.' };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let main: MainProcess;
let items = 1;
let server: Server;
let feedUrl = '';

beforeAll(async () => {
  // The feed comes from this server on 127.0.0.1; nothing leaves the machine.
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    const entries = Array.from(
      { length: items },
      (_, i) =>
        `<item><title>Item ${i + 1}</title><link>https://example.org/item-${i + 1}</link>` +
        `<description>Text of item ${i + 1}.</description></item>`,
    ).join('');
    res.end(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Local Feed</title>${entries}</channel></rss>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
  main = await loadMainProcess();
  await main.ready();
  await vi.waitFor(() => expect(main.window().webContents.loadedUrl).toBe('app://bulletin/index.html'));
});
afterAll(() => {
  main.quit();
  server.closeAllConnections();
  server.close();
});

const fromWindow = (channel: string, input: unknown = {}, frame?: FakeFrame) => {
  const contents = main.window().webContents;
  return main.electron.invoke(`bulletin:${channel}`, contents, frame ?? contents.mainFrame, input);
};

describe('IPC senders', () => {
  it('answers the main frame of the app’s own window', async () => {
    expect(await fromWindow('listTags')).toMatchObject({ ok: true });
  });

  it('refuses another web contents, even one showing app://bulletin', async () => {
    const stranger = new FakeWebContents(main.electron.session.defaultSession, main.electron);
    stranger.mainFrame.url = 'app://bulletin/index.html';
    expect(await main.electron.invoke('bulletin:listTags', stranger, stranger.mainFrame, {})).toEqual(
      REFUSED,
    );
  });

  it('refuses a sub-frame of the app’s window', async () => {
    const frame = { url: 'app://bulletin/index.html', name: 'embedded' };
    expect(await fromWindow('listTags', {}, frame)).toEqual(REFUSED);
  });

  it('refuses the window once it shows another origin, and a missing frame', async () => {
    const contents = main.window().webContents;
    const original = contents.mainFrame.url;
    contents.mainFrame.url = 'https://example.org/';
    try {
      expect(await fromWindow('listTags')).toEqual(REFUSED);
    } finally {
      contents.mainFrame.url = original;
    }
    expect(await main.electron.invoke('bulletin:listTags', contents, null, {})).toEqual(REFUSED);
  });
});

describe('library-changed events', () => {
  const changeEvents = () =>
    main.window().webContents.sent.filter((m) => m.channel === LIBRARY_CHANGED_EVENT);

  it('tells the window when the samples were put in a new library at start', async () => {
    await vi.waitFor(() => expect(changeEvents().length).toBeGreaterThanOrEqual(1));
  });

  it('are not sent for the renderer’s own short calls', async () => {
    await pause(400);
    const before = changeEvents().length;
    const list = (await fromWindow('listArticles', {})) as { ok: true; value: { id: number }[] };
    expect(await fromWindow('setRead', { id: list.value[0]!.id, read: true })).toEqual({
      ok: true,
      value: null,
    });
    const subscribed = await fromWindow('subscribeFeed', { url: feedUrl });
    expect(subscribed).toMatchObject({ ok: true, value: { refresh: { new: 1 } } });
    await pause(400);
    expect(changeEvents()).toHaveLength(before);
  });

  it('are sent while a feed refresh writes new articles', async () => {
    const before = changeEvents().length;
    items = 3;
    const refreshed = await fromWindow('refreshFeeds', {});
    expect(refreshed).toMatchObject({ ok: true, value: { feeds: [{ new: 2 }] } });
    await vi.waitFor(() => expect(changeEvents().length).toBe(before + 1));
    // One event for the refresh's writes, not one per article.
    await pause(400);
    expect(changeEvents()).toHaveLength(before + 1);
  });
});
