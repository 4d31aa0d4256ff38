import type {
  Annotation,
  Article,
  ArticleLink,
  ArticleFilter,
  ArticleListCursor,
  ArticlePage,
  ArticleSummary,
  TagCount,
} from '../../../shared/domain';
import * as annotations from '../db/annotations';
import * as articles from '../db/articles';
import * as articlePages from '../db/article-pages';
import * as blocks from '../db/blocks';
import { getReadingPosition } from '../db/reading-positions';
import type { Db } from '../db/connection';
import * as tags from '../db/tags';
import { LibraryError } from '../errors';
import { nextTurn } from '../turns';
import {
  firstScreenNotes,
  notesAfterFirstScreen,
  type FirstScreenLimits,
} from '../../../shared/first-screen-notes';
import { relatedLinks } from '../import/related-links';
import { resolveLinks } from '../notes/article-notes';
import type { Notes } from '../notes/notes';

/** What the articles service needs from the library: the database, the clock, notes, and transactions. */
export interface ArticlesDeps {
  db: Db;
  now: () => Date;
  notes: Notes;
  /** Runs a change in a transaction and tells search the content moved on. */
  write: <T>(change: () => T) => T;
}

/** Reading the library: lists, pages, one article, read state and the user's own tags. */
export class Articles {
  constructor(private readonly deps: ArticlesDeps) {}

  /** Every article matching the filter, newest first (the CLI's `list`); the app asks for pages. */
  list(filter: ArticleFilter = {}, page?: { limit: number; offset: number }): ArticleSummary[] {
    return articles.listArticleSummaries(this.deps.db, filter, undefined, page);
  }

  /** A page of the list (at most `limit` articles, after `cursor`), with the filtered list's counts. */
  page(
    filter: ArticleFilter = {},
    { limit = 300, cursor = null }: { limit?: number; cursor?: ArticleListCursor | null } = {},
  ): ArticlePage {
    return articlePages.listArticlePage(this.deps.db, filter, limit, cursor);
  }

  /** The ids of every article matching the filter, in list order, and the unread ones (select-all). */
  ids(filter: ArticleFilter = {}): { ids: number[]; unread: number[] } {
    return articlePages.listArticleIds(this.deps.db, filter);
  }

  /** Every tag with how many articles carry it. */
  tags(): TagCount[] {
    return tags.countTags(this.deps.db);
  }

  /** One article with its blocks, notes, article note and star; `not-found` when it is not there. */
  get(id: number): Article {
    const { db } = this.deps;
    const row = articles.getArticleRow(db, id);
    if (!row) throw notFound(id);
    const summary = articles.listArticleSummaries(db, {}, [id])[0]!;
    const layer = this.deps.notes.getArticleNote(id);
    const position = getReadingPosition(db, id);
    return {
      ...summary,
      dateText: row.dateText,
      url: row.url,
      blocks: blocks.listBlocks(db, id),
      annotations: annotations.listArticleAnnotations(db, id),
      articleNote: layer.note,
      starred: layer.starred,
      links: articleLinks(db, id),
      position: position ? { blockId: position.blockId, offset: position.offset } : null,
    };
  }

  /**
   * One article with only the notes of its first screen (issue 17): the notes of its first blocks
   * within `limits`, and `moreAnnotations` saying where the rest start, to be asked for with
   * `notesAfterFirstScreen` once the reader has painted. Without `more`, the reply holds every note.
   */
  getFirstScreen(id: number, limits: FirstScreenLimits): Article {
    const article = this.get(id);
    const { annotations: shown, more } = firstScreenNotes(
      article.blocks.map((b) => b.id),
      article.annotations,
      limits,
    );
    return more ? { ...article, annotations: shown, moreAnnotations: more } : article;
  }

  /** A page of the article's notes after its first `fromBlock` blocks (see `getFirstScreen`). */
  notesAfterFirstScreen(
    id: number,
    page: { fromBlock: number; afterId: number | null; limit: number },
  ): { annotations: Annotation[]; nextAfterId: number | null } {
    this.require(id);
    const blockIds = blocks.listBlockIds(this.deps.db, id);
    return notesAfterFirstScreen(blockIds, annotations.listArticleAnnotations(this.deps.db, id), page);
  }

  /** The article's title, or undefined when there is no such article. */
  find(id: number): { title: string } | undefined {
    const row = articles.getArticleRow(this.deps.db, id);
    return row ? { title: row.title } : undefined;
  }

  /** Marks one article read or unread. */
  setRead(id: number, read: boolean): void {
    if (!articles.setArticleRead(this.deps.db, id, read ? this.timestamp() : null)) throw notFound(id);
  }

  /** Marks articles read or unread, in one transaction; returns how many changed (missing ids are skipped). */
  setReadMany(ids: readonly number[], read: boolean): number {
    return articles.setArticlesRead(this.deps.db, ids, read ? this.timestamp() : null);
  }

  /**
   * `setReadMany` in steps of `step` ids, each in a turn of the event loop of its own (the window's
   * "mark all read": 50,000 ids in one statement held the main thread 40–55 ms). Marking is the same
   * whether it is done in one go or in steps, so a step that fails leaves the earlier ones marked.
   */
  async setReadManyInSteps(ids: readonly number[], read: boolean, step = 5000): Promise<number> {
    const readAt = read ? this.timestamp() : null;
    let changed = 0;
    for (let from = 0; from < ids.length; from += step) {
      if (from > 0) await nextTurn();
      if (!this.deps.db.open) break;
      changed += articles.setArticlesRead(this.deps.db, ids.slice(from, from + step), readAt);
    }
    return changed;
  }

  /** Adds one of the user's own tags; returns the article's user tags. */
  addUserTag(id: number, tag: string): string[] {
    this.require(id);
    this.deps.write(() => tags.addArticleTag(this.deps.db, id, tag.trim(), 'user'));
    return tags.listArticleTags(this.deps.db, id, 'user');
  }

  /** Removes one of the user's own tags; returns the article's user tags. */
  removeUserTag(id: number, tag: string): string[] {
    this.require(id);
    this.deps.write(() => tags.removeArticleTag(this.deps.db, id, tag.trim(), 'user'));
    return tags.listArticleTags(this.deps.db, id, 'user');
  }

  /** True when the library holds no article at all. */
  isEmpty(): boolean {
    return articles.countArticles(this.deps.db) === 0;
  }

  private require(id: number): void {
    if (!articles.getArticleRow(this.deps.db, id)) throw notFound(id);
  }

  private timestamp(): string {
    return this.deps.now().toISOString();
  }
}

const notFound = (id: number) => new LibraryError('not-found', `There is no article with id ${id}.`);

/** The article's related links, each with the library's article of that title when there is one. */
function articleLinks(db: Db, id: number): ArticleLink[] {
  const links = relatedLinks(db, id);
  if (links.length === 0) return [];
  const found = resolveLinks(
    db,
    links.map((link) => link.title),
  );
  return links.map((link, i) => ({
    title: link.title,
    url: link.url ?? null,
    articleId: found[i]?.articleId === id ? null : (found[i]?.articleId ?? null),
  }));
}
