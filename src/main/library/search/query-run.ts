/**
 * The state of one query while it runs: its scope, its borrowed working arrays, the articles it
 * has marked, and its posting-list cursor. A query makes its own, so queries share nothing
 * mutable: one may run inside another (from a callback) and each gets its own answer.
 */
import { SLOTS } from './calendar';
import type { EngineContext } from './engine-context';
import { PostingCursor } from './posting-cursor';
import type { Scope } from './query-plan';
import type { Scratch } from './query-scratch';

export class QueryRun {
  readonly cursor = new PostingCursor();
  /** Articles that matched a positive clause, in the order first met. */
  readonly touched: number[] = [];
  /** Articles a prohibited clause matched. */
  readonly excluded: number[] = [];
  /** Article ids are below this: the size of every per-article array. */
  readonly capacity: number;
  /** Per article, 1 when it may match (see `Scope`). */
  readonly allowed: Uint8Array;

  constructor(
    readonly ctx: EngineContext,
    readonly scratch: Scratch,
    readonly scope: Scope,
  ) {
    this.capacity = scratch.capacity;
    this.allowed = scope.allowed;
  }

  /** A term's posting lists for the months in scope, oldest month first. */
  postings(termId: number): Buffer[] {
    const { slotLo, slotHi } = this.scope;
    return this.ctx.statements.postingRange.all(termId * SLOTS + slotLo, termId * SLOTS + slotHi) as Buffer[];
  }

  /** Records that an article matched a positive clause. */
  touch(doc: number): void {
    const matched = this.scratch.matchedAny;
    if (matched[doc] === 0) {
      matched[doc] = 1;
      this.touched.push(doc);
    }
  }

  /** Records that an article matched a prohibited clause. */
  exclude(doc: number): void {
    const prohibited = this.scratch.prohibited;
    if (prohibited[doc] === 0) {
      prohibited[doc] = 1;
      this.excluded.push(doc);
    }
  }

  /** Clears what the query wrote into its working arrays, so they can serve the next query. */
  clear(): void {
    this.scratch.clear(this.touched, this.excluded, this.scope.filtered);
  }
}
