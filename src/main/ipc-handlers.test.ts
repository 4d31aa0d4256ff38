import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../shared/contract';
import { createHandlers, invokeChannel, type Dialogs } from './ipc-handlers';
import { IMPORT_FIXTURES, SAMPLES, tempDir, tempLibrary } from '../../test/support/temp-library';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

function setup(answers: { open?: string[] | null; save?: string | null; folder?: string | null } = {}) {
  const library = tempLibrary();
  library.seedSamples(SAMPLES);
  const shown: string[] = [];
  const dialogs: Dialogs = {
    chooseFilesToImport: async () => answers.open ?? null,
    chooseExportPath: async () => answers.save ?? null,
    chooseFolderToImport: async () => answers.folder ?? null,
    showInFolder: (path) => shown.push(path),
  };
  return { library, shown, handlers: createHandlers({ library, dialogs }) };
}

type Handlers = ReturnType<typeof createHandlers>;
type JobStatus = ChannelOutput<'importProgress'>;

async function call<T>(handlers: Handlers, channel: string, input: unknown): Promise<T> {
  const reply = await invokeChannel(handlers, channel, input);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as T;
}

/** Polls a folder import as the renderer does, until it has finished. */
async function poll(handlers: Handlers, jobId: number): Promise<JobStatus[]> {
  const seen: JobStatus[] = [];
  for (;;) {
    const status = await call<JobStatus>(handlers, 'importProgress', { jobId });
    seen.push(status);
    if (!status.running) return seen;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function articleFolder(count: number, bad = true): string {
  const root = tempDir();
  mkdirSync(join(root, 'nested', 'deeper'), { recursive: true });
  for (let i = 1; i <= count; i++) {
    const dir = i % 3 === 0 ? join(root, 'nested', 'deeper') : i % 2 === 0 ? join(root, 'nested') : root;
    writeFileSync(
      join(dir, `article-${i}.txt`),
      `Article number ${i}\n\nDate: ${(i % 28) + 1} January 2022 Tags: Economy\n\nParagraph ${i} about the economy.\n`,
    );
  }
  if (bad)
    writeFileSync(
      join(root, 'nested', 'photo.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0]),
    );
  return root;
}

describe('IPC handlers', () => {
  it('search newest first, find hits inside an article, report the index and keep saved searches', async () => {
    const { handlers } = setup();
    type Search = Extract<ChannelOutput<'search'>, { ok: true }>;
    const newest = await call<Search>(handlers, 'search', {
      query: 'convention summit budget',
      sort: 'newest',
    });
    const dates = newest.hits.map((hit) => hit.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    expect(newest.facets?.tags.find((tag) => tag.name === 'GS-3')?.count).toBe(2);
    const page = await call<Search>(handlers, 'search', {
      query: 'convention summit budget',
      offset: 1,
      limit: 1,
    });
    expect(page.hits).toHaveLength(1);

    const matches = await call<ChannelOutput<'searchMatches'>>(handlers, 'searchMatches', {
      articleId: newest.hits[0]!.id,
      query: 'wetlands',
    });
    expect(matches.blocks.length).toBeGreaterThan(0);
    expect(await call(handlers, 'searchStatus', {})).toMatchObject({ state: 'ready' });

    const saved = await call<ChannelOutput<'saveSearch'>>(handlers, 'saveSearch', {
      name: 'GS-3 spring',
      query: 'budget',
      tag: 'GS-3',
      sort: 'newest',
    });
    expect(saved.options).toMatchObject({ tag: 'GS-3', sort: 'newest' });
    expect(await call(handlers, 'listSavedSearches', {})).toEqual([saved]);
    expect(await invokeChannel(handlers, 'saveSearch', { name: ' ', query: 'x' })).toMatchObject({
      ok: false,
    });
    expect(await call(handlers, 'deleteSavedSearch', { id: saved.id })).toBeNull();
    expect(await call(handlers, 'listSavedSearches', {})).toEqual([]);
  });

  it('validate inputs against the contract and refuse bad shapes with a sentence', async () => {
    const { handlers } = setup();
    const bad: Array<[string, unknown]> = [
      ['getArticle', { id: '1; DROP TABLE notes' }],
      ['getArticle', { id: Number.NaN }],
      ['getArticle', { id: 1, extra: true }],
      ['saveAnnotation', { blockId: 1, note: 'x'.repeat(100_001) }],
      ['listArticles', { from: '2024-13-01' }],
      ['listArticles', JSON.parse('{"__proto__": {"polluted": true}, "tag": 5}')],
      ['search', { query: 'x'.repeat(2_001) }],
    ];
    for (const [channel, input] of bad) {
      const reply = await invokeChannel(handlers, channel, input);
      expect(reply.ok, channel).toBe(false);
      if (!reply.ok) expect(reply.error).toMatch(new RegExp(`^Invalid request to ${channel}`));
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await invokeChannel(handlers, 'constructor', {})).toEqual({
      ok: false,
      error: 'Unknown request “constructor”.',
    });
  });

  it('give the library list a page at a time, and every id for select-all', async () => {
    const { handlers, library } = setup();
    const whole = library.listArticles();
    const first = await call<ChannelOutput<'listArticlePage'>>(handlers, 'listArticlePage', {
      filter: {},
      limit: 3,
    });
    expect(first.articles).toEqual(whole.slice(0, 3));
    expect(first).toMatchObject({
      total: 4,
      unread: 4,
      nextCursor: { date: whole[2]!.date, id: whole[2]!.id },
    });
    const rest = await call<ChannelOutput<'listArticlePage'>>(handlers, 'listArticlePage', {
      filter: {},
      cursor: first.nextCursor,
    });
    expect(rest).toEqual({ articles: whole.slice(3), total: 4, unread: 4, nextCursor: null });
    const polity = await call<ChannelOutput<'listArticlePage'>>(handlers, 'listArticlePage', {
      filter: { tag: 'GS-2' },
    });
    expect(polity.articles.map((a) => a.title)).toEqual([
      'Lokpal and Lokayuktas',
      'India–Central Asia Summit',
    ]);
    library.setRead(whole[0]!.id, true);
    expect(await call(handlers, 'listArticleIds', { filter: {} })).toEqual({
      ids: whole.map((a) => a.id),
      unread: whole.slice(1).map((a) => a.id),
    });
    for (const bad of [
      { filter: {}, limit: 1001 },
      { filter: {}, limit: 0 },
      { filter: { from: '2024-02-30' } },
      { filter: {}, cursor: { date: 'yesterday', id: 1 } },
      { filter: {}, cursor: { date: null, id: -1 } },
      { limit: 10 },
    ]) {
      const reply = await invokeChannel(handlers, 'listArticlePage', bad);
      expect(reply.ok, JSON.stringify(bad)).toBe(false);
    }
    expect((await invokeChannel(handlers, 'listArticleIds', { filter: { tag: 5 } })).ok).toBe(false);
  });

  it('turn library errors into sentences and return validated values', async () => {
    const { handlers } = setup();
    expect(await invokeChannel(handlers, 'getArticle', { id: 999 })).toEqual({
      ok: false,
      error: 'There is no article with id 999.',
    });
    const reply = await invokeChannel(handlers, 'listArticles', {});
    expect(reply.ok && (reply.value as unknown[]).length).toBe(4);
    // Pages of the list, from an offset, are the whole list in order (with a filter too).
    for (const filter of [{}, { from: '2022-01-01' }]) {
      const whole = await call<Array<{ id: number }>>(handlers, 'listArticles', filter);
      const pages: number[] = [];
      for (let offset = 0; offset <= whole.length; offset += 3)
        pages.push(
          ...(
            await call<Array<{ id: number }>>(handlers, 'listArticles', { ...filter, limit: 3, offset })
          ).map((a) => a.id),
        );
      expect(pages).toEqual(whole.map((a) => a.id));
    }
  });

  it('import through the dialog and from dropped bytes, and export through the save dialog', async () => {
    const out = join(tempDir(), 'out.md');
    const quad = join(IMPORT_FIXTURES, 'studyiq-quad-2022-03-04.txt');
    const { handlers, library } = setup({ open: [quad], save: out });
    const viaDialog = await invokeChannel(handlers, 'importWithDialog', {});
    expect(viaDialog).toMatchObject({
      ok: true,
      value: { imported: [{ title: 'The Quad Leaders’ Summit' }] },
    });
    const dropped = await invokeChannel(handlers, 'importDropped', {
      files: [{ name: '../../etc/quad.txt', dataBase64: readFileSync(quad).toString('base64') }],
    });
    expect(dropped).toMatchObject({ ok: true, value: { duplicates: [{ path: 'quad.txt' }] } });
    const block = library.getArticle(5).blocks[0]!;
    await invokeChannel(handlers, 'saveAnnotation', { blockId: block.id, note: 'n', color: 'doubt' });
    expect(await invokeChannel(handlers, 'exportNotesWithDialog', { articleId: 5 })).toEqual({
      ok: true,
      value: { path: out, count: 1 },
    });
    expect(readFileSync(out, 'utf8')).toContain('**Doubt**');
  });

  it('import a folder in the background, polled to the end, with a summary and showable failures', async () => {
    const folder = articleFolder(12);
    const { handlers, shown } = setup({ folder });
    const started = await call<{ jobId: number; folder: string }>(handlers, 'importFolderWithDialog', {});
    expect(started.folder).toBe(folder);
    // Polled at once, before the job has begun: already names its folder.
    expect(await call<JobStatus>(handlers, 'importProgress', { jobId: started.jobId })).toMatchObject({
      folder,
      running: true,
    });
    // One at a time: a second folder import waits for the first.
    expect(await invokeChannel(handlers, 'importFolderWithDialog', {})).toMatchObject({
      ok: false,
      error: expect.stringMatching(/already running/),
    });
    const seen = await poll(handlers, started.jobId);
    const last = seen.at(-1)!;
    expect(last).toMatchObject({ running: false, done: 13, total: 13, imported: 12, failed: 1, error: null });
    expect(last.report!.imported).toHaveLength(12);
    expect(last.report!.failed).toEqual([
      {
        path: expect.stringMatching(/nested[\\/]photo\.txt$/),
        error: 'photo.txt is not a text document: it looks like a PNG image.',
        // The sentence's code and parameters, for the window to say it in its language.
        code: 'import.looksLikePng',
        params: { name: 'photo.txt' },
      },
    ]);
    expect(seen.some((s) => s.currentFile.startsWith('nested'))).toBe(true);

    // A reported file can be shown in the file manager; any other path cannot.
    const failedPath = last.report!.failed[0]!.path;
    expect(await invokeChannel(handlers, 'showImportedFile', { path: failedPath })).toEqual({
      ok: true,
      value: null,
    });
    expect(shown).toEqual([failedPath]);
    expect(await invokeChannel(handlers, 'showImportedFile', { path: '/etc/passwd' })).toMatchObject({
      ok: false,
    });
    expect(shown).toHaveLength(1);

    // The same folder again: every article is already there.
    const again = await call<{ jobId: number }>(handlers, 'importFolderWithDialog', {});
    const second = (await poll(handlers, again.jobId)).at(-1)!;
    expect(second.report!.duplicates).toHaveLength(12);
    expect(await invokeChannel(handlers, 'importProgress', { jobId: 999 })).toMatchObject({ ok: false });
  });

  it('cancel a folder import between files, keeping what was stored', async () => {
    const folder = articleFolder(400, false);
    const { handlers, library } = setup({ folder });
    const { jobId } = await call<{ jobId: number }>(handlers, 'importFolderWithDialog', {});
    expect(await call(handlers, 'cancelImport', { jobId })).toBeNull();
    const last = (await poll(handlers, jobId)).at(-1)!;
    expect(last).toMatchObject({ running: false, cancelling: true });
    expect(last.report!.cancelled).toBe(true);
    expect(last.done).toBeLessThan(400);
    expect(library.listArticles({})).toHaveLength(4 + last.report!.imported.length);
  });

  it('answer a cancelled folder dialog with null', async () => {
    const { handlers } = setup({ folder: null });
    expect(await invokeChannel(handlers, 'importFolderWithDialog', {})).toEqual({ ok: true, value: null });
  });

  it('import pasted text as an article, and refuse blank text', async () => {
    const { handlers, library } = setup();
    const report = await call<{ imported: Array<{ id: number; title: string }> }>(handlers, 'importText', {
      text: 'Monsoon Session Begins\n\nDate: 3 July 2023\n\n• Parliament meets for three weeks.\n',
    });
    expect(report.imported.map((a) => a.title)).toEqual(['Monsoon Session Begins']);
    expect(library.getArticle(report.imported[0]!.id).date).toBe('2023-07-03');
    expect(await invokeChannel(handlers, 'importText', { text: '  \n ' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Invalid request to importText/),
    });
  });

  it('fetch a feed by address, and say so when the network cannot be reached', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title><item><title>Grid Rules</title>` +
          `<link>https://example.org/grid</link><pubDate>Mon, 05 Jan 2026 10:00:00 +0530</pubDate>` +
          `<description>New rules for storage.</description></item></channel></rss>`,
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      const { handlers } = setup();
      const fetched = await call<{ report: { imported: Array<{ title: string }> }; offline: boolean }>(
        handlers,
        'importFeedUrl',
        { url: `http://127.0.0.1:${port}/feed.xml` },
      );
      expect(fetched.offline).toBe(false);
      expect(fetched.report.imported.map((a) => a.title)).toEqual(['Grid Rules']);
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      const offline = await call<{ offline: boolean; report: { failed: unknown[] } }>(
        handlers,
        'importFeedUrl',
        {
          url: `http://127.0.0.1:${port}/feed.xml`,
        },
      );
      expect(offline.offline).toBe(true);
      expect(offline.report.failed).toHaveLength(1);
      expect(await invokeChannel(handlers, 'importFeedUrl', { url: 'file:///etc/passwd' })).toMatchObject({
        ok: false,
      });
    } finally {
      server.close();
    }
  });

  it('subscribe to feeds, list, refresh and unsubscribe them, and validate addresses and ids', async () => {
    let items = 1;
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const item = (n: number) =>
        `<item><title>Item ${n}</title><link>https://example.org/item-${n}</link>` +
        `<pubDate>Mon, 0${n} Feb 2026 10:00:00 +0530</pubDate><description>Text of item ${n}.</description></item>`;
      res.end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Local Feed</title>` +
          `${Array.from({ length: items }, (_, i) => item(i + 1)).join('')}</channel></rss>`,
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
    try {
      const opml = join(tempDir(), 'feeds.opml');
      writeFileSync(
        opml,
        `<opml version="2.0"><body><outline text="Local" xmlUrl="${url}"/><outline text="Other" xmlUrl="https://example.org/rss"/></body></opml>`,
      );
      const { handlers, library } = setup({ open: [opml] });
      const subscribed = await call<ChannelOutput<'subscribeFeed'>>(handlers, 'subscribeFeed', { url });
      expect(subscribed).toMatchObject({
        offline: false,
        message: 'Subscribed to Local Feed: 1 new article.',
      });
      expect(library.getArticle(subscribed.refresh.articles[0]!.id).title).toBe('Item 1');
      expect(await call(handlers, 'listFeeds', {})).toMatchObject([{ title: 'Local Feed', status: 'ok' }]);

      items = 2;
      const refreshed = await call<ChannelOutput<'refreshFeed'>>(handlers, 'refreshFeed', {
        id: subscribed.feed.id,
      });
      expect(refreshed).toMatchObject({ status: 'ok', new: 1, unchanged: 1 });

      // An OPML file chosen in the dialog: the one feed not yet followed is added, not fetched.
      const fromOpml = await call<ChannelOutput<'addFeedsFromOpmlWithDialog'>>(
        handlers,
        'addFeedsFromOpmlWithDialog',
        {},
      );
      expect(fromOpml!.added.map((f) => [f.url, f.status])).toEqual([['https://example.org/rss', 'pending']]);
      expect(fromOpml!.existing.map((f) => f.title)).toEqual(['Local Feed']);
      expect(await call(setup({ open: null }).handlers, 'addFeedsFromOpmlWithDialog', {})).toBeNull();

      const removed = await call<ChannelOutput<'unsubscribeFeed'>>(handlers, 'unsubscribeFeed', {
        id: fromOpml!.added[0]!.id,
      });
      expect(removed.url).toBe('https://example.org/rss');
      const all = await call<ChannelOutput<'refreshFeeds'>>(handlers, 'refreshFeeds', {});
      expect(all).toMatchObject({
        new: 0,
        failed: 0,
        offline: false,
        message: 'Refreshed 1 feed: no new articles.',
      });
      // The refresh ran as a job: its status says one feed of one was fetched.
      expect(await call(handlers, 'feedRefreshProgress', {})).toMatchObject({
        running: false,
        cancelling: false,
        done: 1,
        total: 1,
        error: null,
      });

      expect(await invokeChannel(handlers, 'subscribeFeed', { url })).toEqual({
        ok: false,
        error: `You already follow Local Feed (feed ${subscribed.feed.id}).`,
      });
      expect(await invokeChannel(handlers, 'subscribeFeed', { url: 'file:///etc/passwd' })).toMatchObject({
        ok: false,
        error: expect.stringMatching(/^Invalid request to subscribeFeed \(url\)/),
      });
      expect(await invokeChannel(handlers, 'refreshFeed', { id: 0 })).toMatchObject({ ok: false });
      expect(await invokeChannel(handlers, 'unsubscribeFeed', { id: 999 })).toEqual({
        ok: false,
        error: 'There is no feed with id 999.',
      });
      // Unsubscribing kept the articles.
      await call(handlers, 'unsubscribeFeed', { id: subscribed.feed.id });
      expect(library.listArticles().filter((a) => a.source === 'Local Feed')).toHaveLength(2);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
