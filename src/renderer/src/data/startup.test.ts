import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keys } from './keys';

type StartupModule = typeof import('./startup');

/** A fresh module each test: the start happens once a window, so its state is the module's. */
async function freshStartup(): Promise<StartupModule> {
  vi.resetModules();
  return import('./startup');
}

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('the start in two steps', () => {
  const frames: string[] = [];
  beforeEach(() => {
    frames.length = 0;
    // Node has no frames: a frame and an idle moment are each a turn of the event loop here.
    vi.stubGlobal('requestAnimationFrame', (work: () => void) => {
      frames.push('frame');
      return setTimeout(work, 0);
    });
    vi.stubGlobal('requestIdleCallback', (work: () => void) => {
      frames.push('idle');
      return setTimeout(work, 0);
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('waits for the list’s first page, not for its counts, trash or samples, then paints before it starts', async () => {
    const startup = await freshStartup();
    const client = new QueryClient();
    const stop = startup.startAfterFirstPage(client.getQueryCache(), 10_000);
    client.setQueryData(keys.articleCount({}), { total: 1 });
    client.setQueryData([...keys.articles({}), 'trash'], []);
    client.setQueryData([...keys.articles({}), 'samples'], { ids: [] });
    client.setQueryData(keys.tags(), []);
    await wait(20);
    expect(startup.isStarted()).toBe(false);
    expect(frames).toEqual([]);

    client.setQueryData(keys.articles({}), { pages: [], pageParams: [] });
    expect(startup.isStarted()).toBe(false);
    await startup.whenStarted();
    expect(startup.isStarted()).toBe(true);
    expect(frames).toEqual(['frame', 'idle']);
    stop();
  });

  it('starts the rest after the fallback when no page comes', async () => {
    const startup = await freshStartup();
    const client = new QueryClient();
    startup.startAfterFirstPage(client.getQueryCache(), 30);
    await wait(5);
    expect(startup.isStarted()).toBe(false);
    await wait(60);
    expect(startup.isStarted()).toBe(true);
    expect(frames).toEqual([]);
  });

  it('starts the rest when the first page fails too (the banner says why; the rest still loads)', async () => {
    const startup = await freshStartup();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    startup.startAfterFirstPage(client.getQueryCache(), 10_000);
    await client
      .fetchQuery({ queryKey: keys.articles({}), queryFn: () => Promise.reject(new Error('no')) })
      .catch(() => undefined);
    await startup.whenStarted();
    expect(startup.isStarted()).toBe(true);
  });
});
