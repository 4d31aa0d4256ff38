import type { Article } from '../../../../shared/domain';
import type { ReadingSpot } from './reading-position';

/**
 * The reading positions this window has written, by article. They are kept here rather than in the
 * article's cached object: a new object there redraws the reader's every block and note card (a 70 ms
 * task for an article with 858 notes, at every pause of a scroll through it). The cached article keeps
 * the position it was fetched with; this is newer, and what a reopen resumes at.
 */
export class WrittenPositions {
  private readonly byArticle = new Map<number, ReadingSpot>();

  remember(articleId: number, spot: ReadingSpot): void {
    this.byArticle.set(articleId, spot);
  }

  /** Where `article` was left: the position written last in this window, else the one it came with. */
  of(article: Pick<Article, 'id' | 'position'>): ReadingSpot | null {
    return this.byArticle.get(article.id) ?? article.position ?? null;
  }
}

/** The window's one record (a reload starts a new one, and the articles come with what was saved). */
export const writtenPositions = new WrittenPositions();
