/**
 * Search as the library offers it: a query (with the filter controls) in, hits with snippets,
 * facets and spelling corrections out. Owns the index service and the saved searches; the
 * library facade delegates to it, so index internals never leave this folder.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { ArticleFilter, SearchHit } from '../../../shared/domain';
import { localToday } from '../../../shared/dates';
import { hasControlCharacters } from '../../../shared/limits';
import * as articles from '../db/articles';
import type { Db } from '../db/connection';
import { LibraryError } from '../errors';
import { parseQuery } from './query';
import {
  deleteSavedSearch,
  getSavedSearch,
  listSavedSearches,
  saveSearch,
  type SavedSearch,
  type SavedSearchOptions,
  type SearchSort,
} from './saved-searches';
import { SearchIndex, type IndexingMode, type IndexStatus } from './search-index';
import { matchRanges, makeSnippet } from './snippet';
import type { RebuildCpu } from './worker-messages';

export type { IndexingMode, IndexStatus } from './search-index';
export type { SavedSearch, SavedSearchOptions, SearchSort } from './saved-searches';

export const INDEX_FILE = 'search-index.sqlite';
/** The lunr index file of earlier versions; removed when found. */
const OLD_INDEX_FILE = 'search-index.json';

export interface SearchOptions extends ArticleFilter {
  limit?: number;
  /** Hits to skip, for paging. */
  offset?: number;
  sort?: SearchSort;
}

/** Counts beside the results, to narrow down with one click. */
export interface SearchFacets {
  tags: Array<{ name: string; count: number }>;
  /** `YYYY-MM`, newest first; null counts the undated articles. */
  months: Array<{ month: string | null; count: number }>;
}

export type SearchOutcome =
  | {
      ok: true;
      hits: SearchHit[];
      /** All matching articles (hits holds at most `limit` of them). */
      total?: number;
      facets?: SearchFacets;
      /** Words the index does not know and the spellings searched instead. */
      corrections?: Array<{ word: string; suggestions: string[] }>;
      /** Present while the index is being built or updated: results may be incomplete. */
      indexing?: IndexStatus;
      notices?: string[];
    }
  | { ok: false; message: string };

/** Where a query matches inside one article, for the reader's highlights and hit-to-hit jumps. */
export interface ArticleMatches {
  title: Array<[number, number]>;
  blocks: Array<{ blockId: number; ranges: Array<[number, number]> }>;
}

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;

/** The statements every search runs, prepared once (preparing them cost half a millisecond a search). */
class HitStatements {
  /** What a hit shows of its article. */
  readonly summaries: Database.Statement<[string]>;
  /** The blocks and notes of the hits, for their snippets. */
  readonly texts: Database.Statement<{ ids: string }>;
  readonly tagNames: Database.Statement<[]>;

  constructor(db: Db) {
    this.summaries = db.prepare(
      `SELECT a.id, a.title, a.date,
              (SELECT json_group_array(t.name) FROM article_tags at JOIN tags t ON t.id = at.tag_id
                WHERE at.article_id = a.id AND at.origin = 'source') AS tags,
              (SELECT json_group_array(t.name) FROM article_tags at JOIN tags t ON t.id = at.tag_id
                WHERE at.article_id = a.id AND at.origin = 'user') AS userTags
         FROM articles a WHERE a.id IN (SELECT value FROM json_each(?))`,
    );
    this.texts = db
      .prepare(
        `SELECT article_id, text FROM blocks WHERE article_id IN (SELECT value FROM json_each(@ids))
         UNION ALL
         SELECT article_id, note FROM annotations WHERE article_id IN (SELECT value FROM json_each(@ids)) AND note <> ''`,
      )
      .raw();
    this.tagNames = db.prepare('SELECT id, name FROM tags').raw();
  }
}

export class LibrarySearch {
  private readonly index: SearchIndex;
  private hitStatements: HitStatements | null = null;

  constructor(
    private readonly db: Db,
    dir: string,
    private readonly options: { mode?: IndexingMode; now: () => Date },
  ) {
    rmSync(join(dir, OLD_INDEX_FILE), { force: true });
    this.index = SearchIndex.open(db, join(dir, INDEX_FILE), {
      mode: options.mode,
    });
  }

  /** Full-text search in lunr's query syntax plus `tag:`, `from:`, `to:`, `date:` and "phrases". */
  search(query: string, options: SearchOptions = {}): SearchOutcome {
    if (query.trim() === '') return { ok: true, hits: [] };
    const parsed = parseQuery(query, localToday(this.options.now()));
    if (!parsed.ok) return parsed;
    const { clauses, filter, notices } = parsed.query;
    const from = [options.from, filter.from]
      .filter((d): d is string => !!d)
      .sort()
      .at(-1);
    const to = [options.to, filter.to].filter((d): d is string => !!d).sort()[0];
    const limit = Math.min(Math.max(1, Math.floor(options.limit ?? DEFAULT_LIMIT)), MAX_LIMIT);
    if (clauses.length === 0 && !from && !to && !filter.undated && filter.tags.length === 0 && !options.tag) {
      return { ok: true, hits: [], total: 0, notices: [...notices, nothingToSearch(query)] };
    }
    const result = this.index.query({
      query: parsed.query,
      from,
      to,
      undated: options.undated || filter.undated,
      tags: [...(options.tag ? [options.tag] : []), ...filter.tags],
      notTags: filter.notTags,
      sort: options.sort ?? (clauses.length === 0 ? 'newest' : 'relevance'),
      limit,
      offset: Math.max(0, Math.floor(options.offset ?? 0)),
    });
    const statements = (this.hitStatements ??= new HitStatements(this.db));
    const ids = JSON.stringify(result.hits.map((h) => h.id));
    const summaries = new Map(
      (
        statements.summaries.all(ids) as Array<{
          id: number;
          title: string;
          date: string | null;
          tags: string;
          userTags: string;
        }>
      ).map((s) => [s.id, s]),
    );
    const textsOf = new Map<number, string[]>();
    const rows = statements.texts.all({ ids }) as Array<[number, string]>;
    for (const [id, text] of rows) {
      const list = textsOf.get(id);
      if (list) list.push(text);
      else textsOf.set(id, [text]);
    }
    const hits: SearchHit[] = [];
    for (const { id, score } of result.hits) {
      const summary = summaries.get(id);
      if (!summary) continue; // deleted since it was indexed
      hits.push({
        id,
        title: summary.title,
        date: summary.date,
        tags: JSON.parse(summary.tags) as string[],
        userTags: JSON.parse(summary.userTags) as string[],
        score: Math.round(score * 1000) / 1000,
        ...makeSnippet([...(textsOf.get(id) ?? []), summary.title], result.terms),
      });
    }
    const status = this.index.status();
    const tagNames = this.tagNames();
    return {
      ok: true,
      hits,
      total: result.total,
      facets: {
        tags: result.facets.tags
          .map((t) => ({ name: tagNames.get(t.id) ?? '', count: t.count }))
          .filter((t) => t.name !== ''),
        months: result.facets.months,
      },
      ...(result.corrections.length > 0 ? { corrections: result.corrections } : {}),
      ...(status.state !== 'ready' ? { indexing: status } : {}),
      ...(notices.length > 0 ? { notices } : {}),
    };
  }

  /**
   * Runs one search of common words and forgets it, at an idle moment after start-up
   * (`preloadModulesInTurns`): the first search of a session compiled the search's code paths and read its
   * first posting rows inside the user's call (34–89 ms for a search with facets at 50,000 articles, the
   * only call over 50 ms in bench:main-thread).
   */
  warmUp(): void {
    try {
      const terms = this.commonTerms();
      if (terms.length > 0) this.search(terms.join(' '), { limit: 20 });
    } catch {
      // Only a warm-up: whatever failed fails again, and is reported, in the user's own search.
    }
  }

  /** Two of the index's most frequent terms among the first it met (see `SearchIndex.commonTerms`). */
  commonTerms(): string[] {
    return this.index.commonTerms();
  }

  /** The words of one article that a query matches, block by block, for the reader. */
  matchesInArticle(articleId: number, query: string): ArticleMatches {
    const article = articles.getArticleRow(this.db, articleId);
    if (!article) throw new LibraryError('not-found', `There is no article with id ${articleId}.`);
    const parsed = parseQuery(query, localToday(this.options.now()));
    const empty: ArticleMatches = { title: [], blocks: [] };
    if (!parsed.ok || parsed.query.clauses.length === 0) return empty;
    const result = this.index.query({
      query: parsed.query,
      tags: [],
      notTags: [],
      sort: 'relevance',
      limit: 1,
      offset: 0,
    });
    const terms = result.terms;
    return {
      title: matchRanges(article.title, terms),
      blocks: (
        this.db
          .prepare('SELECT id, text FROM blocks WHERE article_id = ? ORDER BY position')
          .all(articleId) as Array<{
          id: number;
          text: string;
        }>
      )
        .map((b) => ({ blockId: b.id, ranges: matchRanges(b.text, terms) }))
        .filter((b) => b.ranges.length > 0),
    };
  }

  status(): IndexStatus {
    return this.index.status();
  }

  onProgress(listener: (status: IndexStatus) => void): () => void {
    return this.index.onProgress(listener);
  }

  whenIdle(): Promise<void> {
    return this.index.whenIdle();
  }

  /** The library changed: index the change now (inline) or soon (background). */
  changed(): void {
    this.index.changed();
  }

  /** While a long import runs: see `SearchIndex.holdCatchUp`. Returns the release. */
  holdCatchUp(): () => void {
    return this.index.holdCatchUp();
  }

  rebuild(): void {
    this.index.rebuild();
  }

  /** The CPU time of the last rebuild's worker threads, once one has ended (the benchmarks). */
  lastRebuildCpu(): RebuildCpu | null {
    return this.index.lastRebuildCpu;
  }

  /** Articles indexed only in part because they are enormous. */
  warnings(): readonly string[] {
    return this.index.warnings;
  }

  close(): void {
    this.index.close();
  }

  // ---- saved searches ----

  listSaved(): SavedSearch[] {
    return listSavedSearches(this.db);
  }

  save(input: { name: string; query: string; options?: SavedSearchOptions }): SavedSearch {
    // The core's own check, so the CLI and IPC agree (the table's CHECK would only say "constraint failed").
    const name = input.name.trim();
    if (name === '' || name.length > 100 || hasControlCharacters(name))
      throw new LibraryError(
        'invalid-input',
        'A saved search needs a name of 1 to 100 characters, without control characters.',
      );
    const parsed = parseQuery(input.query, localToday(this.options.now()));
    if (!parsed.ok) throw new LibraryError('invalid-query', parsed.message);
    return saveSearch(this.db, input, this.options.now().toISOString());
  }

  deleteSaved(id: number): void {
    if (!deleteSavedSearch(this.db, id))
      throw new LibraryError('not-found', `There is no saved search with id ${id}.`);
  }

  /** Runs a saved search (by id or name); `overrides` can page or re-sort it. */
  runSaved(
    idOrName: number | string,
    overrides: Pick<SearchOptions, 'limit' | 'offset' | 'sort'> = {},
  ): SearchOutcome {
    const saved = getSavedSearch(this.db, idOrName);
    if (!saved) throw new LibraryError('not-found', `There is no saved search “${idOrName}”.`);
    return this.search(saved.query, { ...saved.options, ...overrides });
  }

  private tagNames(): Map<number, string> {
    const statements = (this.hitStatements ??= new HitStatements(this.db));
    return new Map(statements.tagNames.all() as Array<[number, string]>);
  }
}

function nothingToSearch(query: string): string {
  const shown = query.length > 40 ? `${query.slice(0, 40)}…` : query;
  return `“${shown}” has no words to search for (only common words, symbols or emoji).`;
}
