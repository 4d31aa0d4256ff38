import { QueryClient, type InfiniteData } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../../shared/contract';
import type { ArticleSummary } from '../../../shared/domain';
import { AFFECTS, invalidate, markRead, markReadInCache } from './changes';
import { keys } from './keys';

type Page = ChannelOutput<'listArticlePage'>;

const row = (id: number, read: boolean): ArticleSummary =>
  ({
    id,
    title: `A${id}`,
    date: null,
    tags: [],
    userTags: [],
    read,
    noteCount: 0,
  }) as unknown as ArticleSummary;

function listWith(rows: ArticleSummary[], unread: number): InfiniteData<Page> {
  const page = { articles: rows, total: rows.length, unread, nextCursor: null } as unknown as Page;
  return { pages: [page], pageParams: [null] };
}

describe('markRead', () => {
  it('flips the rows and the unread count in every cached list, without a fetch', () => {
    const client = new QueryClient();
    client.setQueryData(keys.articles({}), listWith([row(1, false), row(2, false), row(3, true)], 2));
    client.setQueryData(keys.articles({ tag: 'GS-2' }), listWith([row(2, false)], 1));
    client.setQueryData(keys.article(2), { id: 2, read: false, blocks: [] });

    markRead(client, [2], true);

    const all = client.getQueryData<InfiniteData<Page>>(keys.articles({}))!;
    expect(all.pages[0]!.articles.map((a) => a.read)).toEqual([false, true, true]);
    expect(all.pages[0]!.unread).toBe(1);
    expect(client.getQueryData<InfiniteData<Page>>(keys.articles({ tag: 'GS-2' }))!.pages[0]!.unread).toBe(0);
    expect(client.getQueryData<{ read: boolean }>(keys.article(2))!.read).toBe(true);
    // The list's own state stays fresh: nothing on screen is fetched again.
    expect(client.getQueryState(keys.articles({}))!.isInvalidated).toBe(false);
  });

  it('leaves the counts to the server when a row is beyond the loaded ones', () => {
    const client = new QueryClient();
    client.setQueryData(keys.articles({}), listWith([row(1, false)], 5));
    markRead(client, [1, 99], true);
    expect(client.getQueryState(keys.articles({}))!.isInvalidated).toBe(true);
  });
});

describe('markReadInCache (an open marks its row read before setRead is sent)', () => {
  it('changes the rows and counts at once, and makes nothing stale until the library has it', () => {
    const client = new QueryClient();
    client.setQueryData(keys.articles({}), listWith([row(1, false), row(2, false)], 2));
    client.setQueryData(keys.articleCount({}), { articles: [], total: 2, unread: 2, nextCursor: null });
    client.setQueryData(keys.articleCount({ unread: true }), {
      articles: [],
      total: 2,
      unread: 2,
      nextCursor: null,
    });
    client.setQueryData(keys.notes('heat'), []);

    const afterSaved = markReadInCache(client, [2], true);

    const list = client.getQueryData<InfiniteData<Page>>(keys.articles({}))!;
    expect(list.pages[0]!.articles.map((a) => a.read)).toEqual([false, true]);
    expect(list.pages[0]!.unread).toBe(1);
    expect(client.getQueryData<Page>(keys.articleCount({}))!.unread).toBe(1);
    // Asked now, the Unread count and the heat map would come back as they were.
    expect(client.getQueryState(keys.articleCount({ unread: true }))!.isInvalidated).toBe(false);
    expect(client.getQueryState(keys.notes('heat'))!.isInvalidated).toBe(false);

    afterSaved();
    expect(client.getQueryState(keys.articleCount({ unread: true }))!.isInvalidated).toBe(true);
    expect(client.getQueryState(keys.notes('heat'))!.isInvalidated).toBe(true);
    // Counted once: the library's count is not lowered again.
    expect(client.getQueryData<Page>(keys.articleCount({}))!.unread).toBe(1);
  });

  it('keeps the list as it is when nothing changes, so no row is drawn again', () => {
    const client = new QueryClient();
    const first = listWith([row(1, true), row(2, false)], 1);
    client.setQueryData(keys.articles({}), first);
    markRead(client, [1], true);
    expect(client.getQueryData(keys.articles({}))).toBe(first);
    // A change keeps the pages that hold no changed row.
    const two: InfiniteData<Page> = {
      pages: [listWith([row(1, false)], 2).pages[0]!, listWith([row(2, false)], 2).pages[0]!],
      pageParams: [null, null],
    };
    client.setQueryData(keys.articles({}), two);
    const before = client.getQueryData<InfiniteData<Page>>(keys.articles({}))!;
    markRead(client, [2], true);
    const after = client.getQueryData<InfiniteData<Page>>(keys.articles({}))!;
    expect(after.pages[0]!.articles).toBe(before.pages[0]!.articles);
    expect(after.pages[1]!.articles[0]!.read).toBe(true);
  });
});

describe("markRead and the views' counts", () => {
  it("lowers the library's unread count without a fetch, and asks an Unread filter again", () => {
    const client = new QueryClient();
    client.setQueryData(keys.articles({}), listWith([row(1, false), row(2, true)], 1));
    client.setQueryData(keys.articleCount({}), { articles: [], total: 2, unread: 7, nextCursor: null });
    client.setQueryData(keys.articleCount({ unread: true }), {
      articles: [],
      total: 7,
      unread: 7,
      nextCursor: null,
    });
    client.setQueryData(keys.articleCount({ starred: true }), {
      articles: [],
      total: 3,
      unread: 2,
      nextCursor: null,
    });

    markRead(client, [1, 2], true);

    expect(client.getQueryData<Page>(keys.articleCount({}))!.unread).toBe(6);
    expect(client.getQueryState(keys.articleCount({}))!.isInvalidated).toBe(false);
    expect(client.getQueryState(keys.articleCount({ unread: true }))!.isInvalidated).toBe(true);
    // A starred total does not depend on the read state.
    expect(client.getQueryState(keys.articleCount({ starred: true }))!.isInvalidated).toBe(false);
  });

  it("asks the server for the count when the cache did not know an article's state", () => {
    const client = new QueryClient();
    client.setQueryData(keys.articleCount({}), { articles: [], total: 2, unread: 7, nextCursor: null });
    markRead(client, [42], true);
    expect(client.getQueryState(keys.articleCount({}))!.isInvalidated).toBe(true);
  });
});

describe('invalidate', () => {
  it('marks only the domains a change affects', async () => {
    const client = new QueryClient();
    client.setQueryData(keys.tags(), []);
    client.setQueryData(keys.article(1), { id: 1 });
    client.setQueryData(keys.feeds(), []);
    await invalidate(client, AFFECTS.userTags);
    expect(client.getQueryState(keys.tags())!.isInvalidated).toBe(true);
    expect(client.getQueryState(keys.article(1))!.isInvalidated).toBe(true);
    expect(client.getQueryState(keys.feeds())!.isInvalidated).toBe(false);
  });
});
