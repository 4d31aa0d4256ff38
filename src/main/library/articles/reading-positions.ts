import type { Db } from '../db/connection';
import * as positions from '../db/reading-positions';
import type { ReadingPositionRow } from '../db/reading-positions';
import { LibraryError } from '../errors';

/** Where the user left each article, and which article they were reading last (resume, reopen on reload). */
export class ReadingPositions {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}

  /** Keeps where the user is in an article; `not-found` when the article is not in the library. */
  save(position: ReadingPositionRow): void {
    if (!positions.saveReadingPosition(this.db, position, this.now().toISOString()))
      throw new LibraryError('not-found', `There is no article ${position.articleId} in the library.`);
  }

  /** Where the user left `articleId`; null when they never scrolled it. */
  get(articleId: number): ReadingPositionRow | null {
    return positions.getReadingPosition(this.db, articleId) ?? null;
  }

  /** The article the user was reading last and where; null when none. */
  last(): ReadingPositionRow | null {
    return positions.lastReadingPosition(this.db) ?? null;
  }
}
