/** Saved searches (“GS-2 polity this month”): a name, the query and the filter controls. */
import type { Db } from '../db/connection';
import { LibraryError } from '../errors';

export type SearchSort = 'relevance' | 'newest';

/** The filter controls saved beside a query. */
export interface SavedSearchOptions {
  from?: string;
  to?: string;
  tag?: string;
  undated?: boolean;
  sort?: SearchSort;
}

export interface SavedSearch {
  id: number;
  name: string;
  query: string;
  options: SavedSearchOptions;
  position: number;
  createdAt: string;
  updatedAt: string;
}

interface Row {
  id: number;
  name: string;
  query: string;
  options: string;
  position: number;
  createdAt: string;
  updatedAt: string;
}

const COLUMNS = 'id, name, query, options, position, created_at AS createdAt, updated_at AS updatedAt';

const toSaved = (row: Row): SavedSearch => ({
  ...row,
  options: JSON.parse(row.options) as SavedSearchOptions,
});

/** Every saved search, in the order the user arranged them. */
export function listSavedSearches(db: Db): SavedSearch[] {
  return (db.prepare(`SELECT ${COLUMNS} FROM saved_searches ORDER BY position, id`).all() as Row[]).map(
    toSaved,
  );
}

export function getSavedSearch(db: Db, idOrName: number | string): SavedSearch | undefined {
  const row = (
    typeof idOrName === 'number'
      ? db.prepare(`SELECT ${COLUMNS} FROM saved_searches WHERE id = ?`).get(idOrName)
      : db.prepare(`SELECT ${COLUMNS} FROM saved_searches WHERE name = ? COLLATE NOCASE`).get(idOrName.trim())
  ) as Row | undefined;
  return row ? toSaved(row) : undefined;
}

/** Saves a search under a name; saving again under the same name (any case) replaces it. */
export function saveSearch(
  db: Db,
  input: { name: string; query: string; options?: SavedSearchOptions },
  now: string,
): SavedSearch {
  const name = input.name.trim();
  if (name === '' || name.length > 100) {
    throw new LibraryError('invalid-input', 'A saved search needs a name of 1 to 100 characters.');
  }
  if (input.query.length > 2_000)
    throw new LibraryError('invalid-input', 'A saved query is at most 2,000 characters.');
  const options = JSON.stringify(cleanOptions(input.options ?? {}));
  db.prepare(
    `INSERT INTO saved_searches (name, query, options, position, created_at, updated_at)
     VALUES (@name, @query, @options, (SELECT coalesce(max(position), 0) + 1 FROM saved_searches), @now, @now)
     ON CONFLICT (name) DO UPDATE SET name = excluded.name, query = excluded.query, options = excluded.options,
       updated_at = excluded.updated_at`,
  ).run({ name, query: input.query, options, now });
  return getSavedSearch(db, name)!;
}

export function deleteSavedSearch(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM saved_searches WHERE id = ?').run(id).changes > 0;
}

function cleanOptions(options: SavedSearchOptions): SavedSearchOptions {
  const out: SavedSearchOptions = {};
  if (options.from) out.from = options.from;
  if (options.to) out.to = options.to;
  if (options.tag) out.tag = options.tag;
  if (options.undated) out.undated = true;
  if (options.sort) out.sort = options.sort;
  return out;
}
