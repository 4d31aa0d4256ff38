import { basename } from 'node:path';
import type {
  Feed,
  FeedRefresh,
  FeedsFromOpml,
  FeedsRefreshReport,
  FeedStatus,
  FeedSubscribeResult,
  ImportReport,
} from '../../../shared/domain';
import type { Db } from '../db/connection';
import { LibraryError } from '../errors';
import { decodeDocument } from '../import/decode';
import { readOpmlSubscriptions } from '../import/feed';
import { fetchFeed, FeedFetchError, type FetchFeedOptions } from '../import/fetch-feed';
import { DEFAULT_LIMITS } from '../import/index';
import { safeHttpUrl } from '../import/page-meta';
import type { ImportSource } from '../import/runner';
import { describeImportFailure, readImportFile } from '../import/source-files';
import { feedMessage, offlineMessage, refreshAllMessage, refreshMessage } from './messages';

/** What the feeds need from the library: the database, the clock, and the importer for a fetched feed. */
export interface FeedsDeps {
  db: Db;
  now: () => Date;
  /** Imports a fetched feed's bytes as a file (`Library.importSources`): re-fetched items update in place. */
  importFeed: (source: ImportSource) => ImportReport;
  /** Timeouts, size cap and a replaceable `fetch`, for tests. */
  fetchOptions?: FetchFeedOptions;
}

/** Feeds fetched at the same time by `refreshAll`. */
const PARALLEL_FETCHES = 4;
/** Subscriptions at most (an OPML file of a whole feed reader's export stays well below). */
const MAX_FEEDS = 1_000;

interface Row {
  id: number;
  url: string;
  title: string | null;
  added_at: string;
  last_fetched_at: string | null;
  last_success_at: string | null;
  last_status: Exclude<FeedStatus, 'pending'> | null;
  last_error: string | null;
  last_new: number;
  last_updated: number;
  item_count: number | null;
  etag: string | null;
  last_modified: string | null;
}

/**
 * Feed subscriptions: RSS and Atom addresses kept in the library and fetched on demand. Each item
 * goes through the ordinary importer, so a re-fetched item updates its article in place and a feed
 * fetched twice never duplicates anything. Feeds are independent: one that fails, or a network that
 * cannot be reached, is one line in the report and never stops the others.
 */
export class Feeds {
  /** Fetches under way, by feed id: a second refresh of the same feed waits for the first. */
  private readonly running = new Map<number, Promise<FeedRefresh>>();

  constructor(private readonly deps: FeedsDeps) {}

  list(): Feed[] {
    return this.rows().map(toFeed);
  }

  get(id: number): Feed {
    return toFeed(this.row(id));
  }

  /**
   * Subscribes to a feed address and fetches it once, importing its items and learning its title.
   * Offline (the network cannot be reached) the subscription is kept and fetched on a later refresh;
   * an address that answers with something other than a feed is refused and nothing is kept.
   */
  async subscribe(address: string, options: FetchFeedOptions = {}): Promise<FeedSubscribeResult> {
    const url = feedAddress(address);
    const existing = this.findByUrl(url);
    if (existing)
      throw new LibraryError(
        'invalid-input',
        `You already follow ${existing.title ?? existing.url} (feed ${existing.id}).`,
      );
    if (this.count() >= MAX_FEEDS)
      throw new LibraryError('invalid-input', `Bulletin follows at most ${MAX_FEEDS} feeds.`);
    const id = this.insert(url, null);
    const refresh = await this.refresh(id, options);
    if (refresh.status === 'failed') {
      this.deps.db.prepare('DELETE FROM feeds WHERE id = ?').run(id);
      throw new LibraryError('invalid-input', `${refresh.error ?? refresh.message} Nothing was subscribed.`);
    }
    const feed = this.get(id);
    const offline = refresh.status === 'unreachable';
    const name = feed.title ?? feed.url;
    return {
      feed,
      refresh,
      offline,
      message: offline
        ? `Subscribed to ${name}. ${offlineMessage()}`
        : `Subscribed to ${name}: ${refresh.message}`,
    };
  }

  /** `addFromOpml` for a file on disk; an unreadable or unsuitable file is refused with a sentence. */
  addFromOpmlFile(path: string): FeedsFromOpml {
    try {
      return this.addFromOpml(basename(path), readImportFile(path));
    } catch (error) {
      if (error instanceof LibraryError) throw error;
      throw new LibraryError('invalid-input', describeImportFailure(path, error));
    }
  }

  /**
   * Subscribes to every feed an OPML file lists, without fetching them (a later refresh does);
   * addresses already followed are reported, not added twice. Throws ImportError for a file that is
   * not OPML or lists no feeds.
   */
  addFromOpml(name: string, bytes: Uint8Array): FeedsFromOpml {
    const listed = readOpmlSubscriptions({ name, text: decodeDocument(name, bytes, DEFAULT_LIMITS) });
    const added: Feed[] = [];
    const existing: Feed[] = [];
    const seen = new Set<string>();
    this.deps.db
      .transaction(() => {
        for (const entry of listed) {
          const url = safeHttpUrl(entry.xmlUrl);
          if (!url || seen.has(url)) continue;
          seen.add(url);
          const known = this.findByUrl(url);
          if (known) existing.push(toFeed(known));
          else {
            if (this.count() >= MAX_FEEDS)
              throw new LibraryError('invalid-input', `Bulletin follows at most ${MAX_FEEDS} feeds.`);
            added.push(toFeed(this.row(this.insert(url, entry.title.trim() || null))));
          }
        }
      })
      .immediate();
    const already =
      existing.length === 0
        ? ''
        : `; ${existing.length} ${existing.length === 1 ? 'was' : 'were'} already followed`;
    const next = added.length > 0 ? ' Refresh to fetch their articles.' : '';
    return {
      added,
      existing,
      message: `Subscribed to ${count(added.length, 'feed')} from ${name}${already}.${next}`,
    };
  }

  /** Stops following a feed; the articles it brought stay in the library. */
  unsubscribe(id: number): Feed {
    const feed = this.get(id);
    this.deps.db.prepare('DELETE FROM feeds WHERE id = ?').run(id);
    return feed;
  }

  /** Fetches one feed now and imports its items; every outcome is a result, never an exception. */
  async refresh(id: number, options: FetchFeedOptions = {}): Promise<FeedRefresh> {
    const row = this.row(id);
    const pending = this.running.get(id);
    if (pending) return pending;
    const work = this.fetchAndImport(row, options)
      .catch((error: unknown): FeedRefresh => {
        // Not the feed's fault (a database error, say), but still this feed's result only.
        const message = `${row.url} could not be refreshed: ${(error as Error).message}`;
        return { ...emptyResult(row), status: 'failed', error: message, message };
      })
      .finally(() => this.running.delete(id));
    this.running.set(id, work);
    return work;
  }

  /**
   * Fetches every feed (or those of `only`), a few at a time; each feed's result is its own, whatever
   * the others do. `job`: as a job, feeds done of the total, and a signal that stops taking new feeds.
   */
  async refreshAll(
    options: FetchFeedOptions = {},
    only?: readonly number[],
    job: { signal?: AbortSignal; onProgress?: (progress: { done: number; total: number }) => void } = {},
  ): Promise<FeedsRefreshReport> {
    const ids = only ? only.map((id) => this.row(id).id) : this.rows().map((r) => r.id);
    const results: Array<FeedRefresh | undefined> = new Array<FeedRefresh | undefined>(ids.length);
    let next = 0;
    let done = 0;
    job.onProgress?.({ done, total: ids.length });
    const worker = async () => {
      // A cancelled refresh fetches no further feeds; those under way finish (each is its own).
      while (next < ids.length && !job.signal?.aborted) {
        const at = next++;
        results[at] = await this.refreshQuietly(ids[at]!, options);
        job.onProgress?.({ done: ++done, total: ids.length });
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_FETCHES, ids.length) }, worker));
    const feeds = results.filter((r): r is FeedRefresh => r !== undefined);
    const totals = {
      new: feeds.reduce((n, r) => n + r.new, 0),
      updated: feeds.reduce((n, r) => n + r.updated, 0),
      failed: feeds.filter((r) => r.status === 'failed' || r.status === 'unreachable').length,
      offline: feeds.length > 0 && feeds.every((r) => r.status === 'unreachable'),
    };
    return { feeds, ...totals, message: refreshAllMessage(feeds.length, totals) };
  }

  /** A feed removed while others were refreshing is left out rather than failing the whole run. */
  private async refreshQuietly(id: number, options: FetchFeedOptions): Promise<FeedRefresh | undefined> {
    try {
      return await this.refresh(id, options);
    } catch (error) {
      if (error instanceof LibraryError && error.reason === 'not-found') return undefined;
      throw error;
    }
  }

  private async fetchAndImport(row: Row, options: FetchFeedOptions): Promise<FeedRefresh> {
    const fetchedAt = this.deps.now().toISOString();
    const base = emptyResult(row);
    let fetched;
    try {
      fetched = await fetchFeed(row.url, {
        ...this.deps.fetchOptions,
        ...options,
        etag: row.etag,
        lastModified: row.last_modified,
      });
    } catch (error) {
      const status = error instanceof FeedFetchError && error.unreachable ? 'unreachable' : 'failed';
      const message = describeImportFailure(row.url, error);
      this.record(row.id, { last_fetched_at: fetchedAt, last_status: status, last_error: message });
      return { ...base, status, error: message, message };
    }
    if (fetched.notModified) {
      this.record(row.id, {
        last_fetched_at: fetchedAt,
        last_success_at: fetchedAt,
        last_status: 'unchanged',
        last_error: null,
        last_new: 0,
        last_updated: 0,
        etag: fetched.etag,
        last_modified: fetched.lastModified,
      });
      const result = { ...base, status: 'unchanged' as const, error: null };
      return { ...result, unchanged: row.item_count ?? 0, message: refreshMessage(result) };
    }
    const report = this.deps.importFeed({ path: row.url, name: fetched.name, bytes: fetched.bytes });
    const failure = report.failed[0];
    if (failure) {
      // Validators are dropped, so the next fetch reads the whole feed again.
      this.record(row.id, {
        last_fetched_at: fetchedAt,
        last_status: 'failed',
        last_error: failure.error,
        etag: null,
        last_modified: null,
      });
      return { ...base, status: 'failed', error: failure.error, message: failure.error };
    }
    const updated = report.updated ?? [];
    const title = this.titleOf(report) ?? row.title;
    const result: FeedRefresh = {
      ...base,
      title,
      status: 'ok',
      new: report.imported.length,
      updated: updated.length,
      unchanged: report.duplicates.length,
      articles: [
        ...report.imported.map((a) => ({ id: a.id, title: a.title, change: 'new' as const })),
        ...updated.map((a) => ({ id: a.id, title: a.title, change: 'updated' as const })),
      ],
      error: null,
      message: '',
    };
    result.message = refreshMessage(result);
    this.record(row.id, {
      title,
      last_fetched_at: fetchedAt,
      last_success_at: fetchedAt,
      last_status: 'ok',
      last_error: null,
      last_new: result.new,
      last_updated: result.updated,
      item_count: result.new + result.updated + result.unchanged + (report.skipped?.length ?? 0),
      etag: fetched.etag,
      last_modified: fetched.lastModified,
    });
    return result;
  }

  /** The feed's own title: the source its items were stored with. */
  private titleOf(report: ImportReport): string | null {
    const ids = [...report.imported, ...(report.updated ?? []), ...report.duplicates].map((a) => a.id);
    const source = this.deps.db.prepare('SELECT source FROM articles WHERE id = ?').pluck();
    for (const id of ids.slice(0, 20)) {
      const value = source.get(id) as string | null | undefined;
      if (value?.trim()) return value.trim();
    }
    return null;
  }

  private record(id: number, change: Partial<Omit<Row, 'id' | 'url' | 'added_at'>>): void {
    const keys = Object.keys(change);
    // A feed unsubscribed while it was being fetched simply matches no row.
    this.deps.db
      .prepare(`UPDATE feeds SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`)
      .run({ ...change, id });
  }

  private insert(url: string, title: string | null): number {
    return Number(
      this.deps.db
        .prepare('INSERT INTO feeds (url, title, added_at) VALUES (?, ?, ?)')
        .run(url, title, this.deps.now().toISOString()).lastInsertRowid,
    );
  }

  private rows(): Row[] {
    return this.deps.db
      .prepare('SELECT * FROM feeds ORDER BY lower(coalesce(title, url)), id')
      .all() as Row[];
  }

  private row(id: number): Row {
    const row = this.deps.db.prepare('SELECT * FROM feeds WHERE id = ?').get(id) as Row | undefined;
    if (!row) throw new LibraryError('not-found', `There is no feed with id ${id}.`);
    return row;
  }

  private findByUrl(url: string): Row | undefined {
    return this.deps.db.prepare('SELECT * FROM feeds WHERE url = ?').get(url) as Row | undefined;
  }

  private count(): number {
    return this.deps.db.prepare('SELECT count(*) FROM feeds').pluck().get() as number;
  }
}

/** A feed address as stored: an http(s) URL, normalised; anything else is refused with a sentence. */
export function feedAddress(address: string): string {
  const url = safeHttpUrl(address);
  if (!url || !new URL(url).hostname)
    throw new LibraryError(
      'invalid-input',
      `${address.trim() || 'An empty address'} is not a web address (http or https) Bulletin can fetch.`,
    );
  return url;
}

function emptyResult(row: Row): Omit<FeedRefresh, 'status' | 'error' | 'message'> {
  return { id: row.id, url: row.url, title: row.title, new: 0, updated: 0, unchanged: 0, articles: [] };
}

function toFeed(row: Row): Feed {
  const feed: Omit<Feed, 'message'> = {
    id: row.id,
    url: row.url,
    title: row.title,
    addedAt: row.added_at,
    lastFetchedAt: row.last_fetched_at,
    lastSuccessAt: row.last_success_at,
    status: row.last_status ?? 'pending',
    error: row.last_error,
    lastNew: row.last_new,
    lastUpdated: row.last_updated,
    itemCount: row.item_count,
  };
  return { ...feed, message: feedMessage(feed) };
}

function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
