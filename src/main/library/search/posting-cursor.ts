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
    const count = this.varint();
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
    if (this.p >= this.end) endsEarly();
    this.doc += this.varint();
    const mask = this.bytes[this.p++]!;
    this.mask = mask;
    this.fieldsLeft = mask & ALL_FIELDS;
    return true;
  }

  /** Moves to the article's next field (ascending), skipping unread positions; false after the last. */
  nextField(): boolean {
    if (this.positionsLeft !== 0) this.skipPositions();
    const left = this.fieldsLeft;
    if (left === 0) return false;
    this.field = 31 - Math.clz32(left & -left);
    this.fieldsLeft = left & (left - 1);
    this.length = this.varint();
    const tf = this.varint();
    // A position takes a byte at least.
    if (this.p + tf > this.end) endsEarly();
    this.tf = tf;
    this.positionsLeft = tf;
    this.position = 0;
    return true;
  }

  /** The field's next word position (ascending); call it at most `tf` times. */
  nextPosition(): number {
    this.positionsLeft -= 1;
    this.position += this.varint();
    return this.position;
  }

  /** Skips the positions of the current field that were not read, without decoding them. */
  skipPositions(): void {
    const bytes = this.bytes;
    let p = this.p;
    for (let k = this.positionsLeft; k > 0; k--) {
      // Reading past the end gives undefined, which ends the loop; `nextDoc` then reports it.
      while (bytes[p]! > 0x7f) p++;
      p++;
    }
    this.p = p;
    this.positionsLeft = 0;
  }

  private skipDoc(): void {
    while (this.nextField()) this.skipPositions();
  }

  /** A little-endian base-128 number; most in a posting list fit one byte and take the short path. */
  private varint(): number {
    const first = this.bytes[this.p++]!;
    return first < 0x80 ? first : this.longVarint(first);
  }

  private longVarint(first: number): number {
    const bytes = this.bytes;
    let p = this.p;
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
