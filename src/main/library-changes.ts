import { AsyncLocalStorage } from 'node:async_hooks';
import type { ChannelName } from '../shared/contract';

/** The renderer call (its channel) that the current code runs on behalf of, if any. */
const rendererCall = new AsyncLocalStorage<ChannelName>();

/** Runs an IPC handler so that the library changes it makes are known to be the renderer's own. */
export function runAsRendererCall<T>(channel: ChannelName, handler: () => T): T {
  return rendererCall.run(channel, handler);
}

/**
 * Calls that run long and change much (feed refreshes, folder imports running on as a job): the
 * renderer hears of their changes while they run, not only once it gets their answer.
 */
const PROGRESSIVE: ReadonlySet<ChannelName> = new Set<ChannelName>([
  'refreshFeeds',
  'refreshFeed',
  'importFolderWithDialog',
  'addFeedsFromOpmlWithDialog',
]);

/**
 * Tells the renderer that the library changed outside its own calls, at most once per `intervalMs`:
 * a feed refresh writing hundreds of articles sends a few events, not hundreds.
 */
export class LibraryChangeNotifier {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly notify: () => void,
    private readonly intervalMs = 250,
  ) {}

  /** Called by the library after every committed change (its `onChange` option). */
  changed(): void {
    const channel = rendererCall.getStore();
    // The renderer refetches what its own short calls change when they answer.
    if (channel !== undefined && !PROGRESSIVE.has(channel)) return;
    this.timer ??= setTimeout(() => {
      this.timer = null;
      this.notify();
    }, this.intervalMs);
  }

  /** Drops a pending notice (the app is quitting). */
  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
