/**
 * The one reader of packed posting lists (the format is described in postings.ts): a cursor that
 * steps through a list article by article, field by field and position by position, without
 * allocating. Scoring skips the positions, the phrase check reads them, `decodePostings` builds
 * objects from them; all three walk the bytes here.
 *
 *   cursor.open(blob);
 *   while (cursor.nextDoc()) {
 *     while (cursor.nextField()) {
 *       // cursor.doc, cursor.field, cursor.length, cursor.tf
 *       for (let k = 0; k < cursor.tf; k++) use(cursor.nextPosition());
 *     }
 *   }
 *
 * Whatever a step leaves unread (a field's positions, an article's further fields) is skipped by
 * the next step. A list that ends early throws a RangeError (a damaged index, rebuilt by the
 * caller), never a wrong answer.
 */

/** Fields an article can have: the bits of a posting's field mask. */
export const FIELD_COUNT = 6;
const ALL_FIELDS = (1 << FIELD_COUNT) - 1;
const EMPTY = new Uint8Array(0);

function endsEarly(): never {
  throw new RangeError('search index blob ends early');
}

export class PostingCursor {
  /** The article the cursor is on (valid after `nextDoc` returned true). */
  doc = 0;
  /** Its field mask: bit i set when field i holds the term. */
  mask = 0;
  /** The field the cursor is on (valid after `nextField` returned true). */
  field = 0;
  /** Terms in that field of that article. */
  length = 0;
  /** Occurrences of the term there: how many positions `nextPosition` gives. */
  tf = 0;

  private bytes: Uint8Array = EMPTY;
  private p = 0;
  private end = 0;
  private docsLeft = 0;
  private fieldsLeft = 0;
  private positionsLeft = 0;
  private position = 0;

  /** Starts reading a list; returns its number of articles. */
  open(blob: Uint8Array): number {
    this.bytes = blob;
    this.end = blob.length;
    this.p = 0;
    this.doc = 0;
    this.fieldsLeft = 0;
    this.positionsLeft = 0;
    if (this.end === 0) endsEarly();
    let count = blob[0]!;
    if (count >= 0x80) count = this.longVarint(count, 1);
    else this.p = 1;
    // An article takes two bytes at least: a count beyond that is damage, found before any work.
    if (this.p + 2 * count > this.end) endsEarly();
    this.docsLeft = count;
    return count;
  }

  /** Moves to the next article, skipping what is left of the current one; false at the end. */
  nextDoc(): boolean {
    if (this.fieldsLeft !== 0 || this.positionsLeft !== 0) this.skipDoc();
    if (this.docsLeft === 0) {
      if (this.p > this.end) endsEarly();
      return false;
    }
    this.docsLeft -= 1;
    // The hot steps read the bytes through locals and take numbers of one byte inline.
    const bytes = this.bytes;
    let p = this.p;
    if (p >= this.end) endsEarly();
    let delta = bytes[p++]!;
    if (delta >= 0x80) {
      delta = this.longVarint(delta, p);
      p = this.p;
    }
    // Past the end the mask reads as 0; the end check above or in the next step reports it.
    const mask = bytes[p++]! | 0;
    this.p = p;
    this.doc += delta;
    this.mask = mask;
    this.fieldsLeft = mask & ALL_FIELDS;
    return true;
  }

  /** Moves to the article's next field (ascending), skipping unread positions; false after the last. */
  nextField(): boolean {
    const bytes = this.bytes;
    let p = this.p;
    // The positions left unread, skipped here rather than by a call: scoring skips every field's.
    for (let k = this.positionsLeft; k > 0; k--) {
      while (bytes[p]! > 0x7f) p++;
      p++;
    }
    this.positionsLeft = 0;
    const left = this.fieldsLeft;
    if (left === 0) {
      this.p = p;
      return false;
    }
    this.field = 31 - Math.clz32(left & -left);
    this.fieldsLeft = left & (left - 1);
    // `!(b < 0x80)` also sends a read past the end (undefined) to longVarint, which reports it.
    let length = bytes[p++]!;
    if (!(length < 0x80)) {
      length = this.longVarint(length, p);
      p = this.p;
    }
    let tf = bytes[p++]!;
    if (!(tf < 0x80)) {
      tf = this.longVarint(tf, p);
      p = this.p;
    }
    // A position takes a byte at least.
    if (p + tf > this.end) endsEarly();
    this.p = p;
    this.length = length;
    this.tf = tf;
    this.positionsLeft = tf;
    this.position = 0;
    return true;
  }

  /** The field's next word position (ascending); call it at most `tf` times. */
  nextPosition(): number {
    this.positionsLeft -= 1;
    let p = this.p;
    let gap = this.bytes[p++]!;
    if (!(gap < 0x80)) {
      gap = this.longVarint(gap, p);
      p = this.p;
    }
    this.p = p;
    this.position += gap;
    return this.position;
  }

  /** Skips the rest of the article: its unread positions and fields, lengths and positions undecoded. */
  private skipDoc(): void {
    const bytes = this.bytes;
    let p = this.p;
    let varints = this.positionsLeft;
    for (let left = this.fieldsLeft; left !== 0; left &= left - 1) {
      for (; varints > 0; varints--) {
        while (bytes[p]! > 0x7f) p++;
        p++;
      }
      // The field's length, skipped; its term frequency, read: the number of positions to skip.
      while (bytes[p]! > 0x7f) p++;
      p++;
      let tf = bytes[p++]!;
      if (!(tf < 0x80)) {
        tf = this.longVarint(tf, p);
        p = this.p;
      }
      if (p + tf > this.end) endsEarly();
      varints = tf;
    }
    for (; varints > 0; varints--) {
      while (bytes[p]! > 0x7f) p++;
      p++;
    }
    this.p = p;
    this.fieldsLeft = 0;
    this.positionsLeft = 0;
  }

  /**
   * The rest of a varint whose first byte `first` (≥ 0x80, or undefined past the end) was read
   * just before `p`; leaves `p` after it. Most numbers in a posting list fit one byte and are read
   * inline by the callers.
   */
  private longVarint(first: number, p: number): number {
    const bytes = this.bytes;
    let result = first & 0x7f;
    let scale = 0x80;
    for (;;) {
      if (p >= this.end) endsEarly();
      const b = bytes[p++]!;
      result += (b & 0x7f) * scale;
      if (b < 0x80) break;
      scale *= 0x80;
      if (scale > 2 ** 56) throw new RangeError('search index blob has a bad number');
    }
    this.p = p;
    return result;
  }
}
