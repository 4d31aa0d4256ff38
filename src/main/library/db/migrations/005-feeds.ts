import type { Migration } from './index';

/**
 * Feed subscriptions: the RSS or Atom addresses the user follows, and how the last fetch of each went.
 * The articles a feed brought in are ordinary articles with no link back to the feed, so unsubscribing
 * never touches them.
 */
export const feeds: Migration = {
  version: 5,
  name: 'feeds',
  up: (db) => {
    db.exec(`
      CREATE TABLE feeds (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE CHECK (url GLOB 'http://?*' OR url GLOB 'https://?*'),
        -- The feed's own title (its channel's), learned on the first fetch; NULL until then.
        title TEXT,
        added_at TEXT NOT NULL,
        -- The last attempt, whatever came of it, and the last one that reached the feed.
        last_fetched_at TEXT,
        last_success_at TEXT,
        -- NULL: never fetched. 'unchanged': the server answered 304 Not Modified.
        -- 'unreachable': the network failed (offline, refused, timed out); 'failed': any other problem.
        last_status TEXT CHECK (last_status IS NULL OR last_status IN ('ok','unchanged','failed','unreachable')),
        -- The sentence saying why the last fetch failed.
        last_error TEXT,
        -- What the last successful fetch brought: new and updated articles, and items in the feed.
        last_new INTEGER NOT NULL DEFAULT 0 CHECK (last_new >= 0),
        last_updated INTEGER NOT NULL DEFAULT 0 CHECK (last_updated >= 0),
        item_count INTEGER CHECK (item_count IS NULL OR item_count >= 0),
        -- Validators for a conditional GET (If-None-Match / If-Modified-Since) on the next fetch.
        etag TEXT,
        last_modified TEXT
      );
    `);
  },
};
