import type { Article, ArticleEdit, DeletedArticle, TagGroups } from '../../../shared/domain';
import type { Db } from '../db/connection';
import * as settings from '../db/settings';
import * as tags from '../db/tags';
import { LibraryError } from '../errors';
import * as articleNotes from '../notes/article-notes';
import type { Articles } from './articles';
import { editArticle } from './edits';
import {
  checkRestorable,
  listArticleTrash,
  purgeArticles,
  purgeExpiredArticles,
  restoreArticle,
  trashArticles,
} from './trash';
import { nextTurn } from '../turns';

/** Articles moved to or from the trash per step (about 1 ms each at 50,000 articles). */
const ARTICLES_PER_STEP = 25;

/** What library management needs: the database, the clock, transactions, and the reading service. */
export interface ManagementDeps {
  db: Db;
  now: () => Date;
  /** Runs a change in a transaction and tells search the content moved on. */
  write: <T>(change: () => T) => T;
  articles: Articles;
}

/**
 * Keeping the library clean: deleting articles to a trash and back, editing an article's title, date
 * and source, the user's tags on a selection, the tag groups, the first-run samples, undoing an import.
 */
export class LibraryManagement {
  constructor(private readonly deps: ManagementDeps) {}

  /** Moves articles (with their notes, tags, cards) to the trash; returns the ids moved. */
  delete(ids: readonly number[]): number[] {
    return this.deps.write(() => trashArticles(this.deps.db, ids, this.deps.now()));
  }

  /**
   * `delete` in steps of a few articles, each its own transaction, with a turn of the event loop between
   * them: a selection of hundreds (about 1 ms an article) never holds the main thread for long.
   */
  async deleteInSteps(ids: readonly number[]): Promise<number[]> {
    const moved: number[] = [];
    const unique = [...new Set(ids)];
    for (let start = 0; start < unique.length; start += ARTICLES_PER_STEP) {
      if (start > 0) await nextTurn();
      moved.push(...this.delete(unique.slice(start, start + ARTICLES_PER_STEP)));
    }
    return moved;
  }

  /** The articles in the trash, most recently deleted first. */
  trash(): DeletedArticle[] {
    return listArticleTrash(this.deps.db, this.deps.now());
  }

  /** Restores trashed articles as they were; returns their ids now. Throws naming an id not in the trash. */
  restore(ids: readonly number[]): number[] {
    return this.deps.write(() =>
      [...new Set(ids)].map((id) => {
        const restored = restoreArticle(this.deps.db, id, this.deps.now());
        if (restored === undefined)
          throw new LibraryError('not-found', `There is no article with id ${id} in the trash.`);
        return restored;
      }),
    );
  }

  /**
   * `restore` in steps with a turn of the event loop between them. Every id is checked first (in the
   * trash, its text not back in the library), so a refusal restores nothing, as `restore` does.
   */
  async restoreInSteps(ids: readonly number[]): Promise<number[]> {
    const unique = [...new Set(ids)];
    checkRestorable(this.deps.db, unique, this.deps.now());
    const restored: number[] = [];
    for (let start = 0; start < unique.length; start += ARTICLES_PER_STEP) {
      if (start > 0) await nextTurn();
      restored.push(...this.restore(unique.slice(start, start + ARTICLES_PER_STEP)));
    }
    return restored;
  }

  /** Deletes trashed articles for good; returns the ids purged. */
  purge(ids: readonly number[]): number[] {
    return this.deps.write(() => purgeArticles(this.deps.db, ids));
  }

  /** Purges articles deleted more than 30 days ago (the library does this when it opens). */
  purgeExpired(): number {
    return this.deps.db.transaction(() => purgeExpiredArticles(this.deps.db, this.deps.now())).immediate();
  }

  /** Changes an article's title, date or source; a re-import keeps the user's values. Returns the article. */
  edit(id: number, edit: ArticleEdit): Article {
    const found = this.deps.write(() => editArticle(this.deps.db, id, edit, this.deps.now().toISOString()));
    if (!found) throw new LibraryError('not-found', `There is no article with id ${id}.`);
    return this.deps.articles.get(id);
  }

  /** Adds or removes one of the user's own tags on a selection; returns how many articles changed. */
  tagMany(ids: readonly number[], tag: string, action: 'add' | 'remove'): number {
    const { db } = this.deps;
    return this.deps.write(() => {
      let changed = 0;
      const exists = db.prepare('SELECT 1 FROM articles WHERE id = ?');
      for (const id of new Set(ids)) {
        if (!exists.get(id)) continue;
        const done =
          action === 'add'
            ? tags.addArticleTag(db, id, tag.trim(), 'user')
            : tags.removeArticleTag(db, id, tag.trim(), 'user');
        if (done) changed++;
      }
      return changed;
    });
  }

  /** The tags grouped: syllabus tags first, then the user's, then the sources'. */
  tagGroups(): TagGroups {
    return tags.groupTags(this.deps.db);
  }

  /** Stars or unstars an article; returns whether it is starred now. */
  star(id: number, starred: boolean): boolean {
    if (!this.deps.articles.find(id))
      throw new LibraryError('not-found', `There is no article with id ${id}.`);
    this.deps.write(() => articleNotes.setStarred(this.deps.db, id, starred, this.deps.now().toISOString()));
    return articleNotes.getArticleNote(this.deps.db, id).starred;
  }

  /** Labels articles as first-run samples. */
  markSamples(ids: readonly number[]): void {
    const mark = this.deps.db.prepare('INSERT OR IGNORE INTO sample_articles (article_id) VALUES (?)');
    this.deps.db.transaction(() => ids.forEach((id) => mark.run(id))).immediate();
  }

  /** The ids of the sample articles still in the library. */
  sampleIds(): number[] {
    return this.deps.db
      .prepare('SELECT article_id FROM sample_articles ORDER BY article_id')
      .pluck()
      .all() as number[];
  }

  /** Moves every sample article to the trash in one step; returns the ids moved. */
  removeSamples(): number[] {
    const moved = this.delete(this.sampleIds());
    settings.setSetting(this.deps.db, 'samples_removed', this.deps.now().toISOString());
    return moved;
  }

  /**
   * Undoes an import: moves the articles it created (its report's `imported` ids) to the trash. Articles
   * an import only updated are never in that list, so they stay.
   */
  undoImport(createdIds: readonly number[]): number[] {
    return this.delete(createdIds);
  }
}
