/**
 * The posting list of one term in one month, packed into a blob:
 *
 *   varint count                       number of articles
 *   per article, by ascending id:
 *     varint idDelta                   id minus the previous id (the first: the id)
 *     byte   fieldMask                 which fields hold the term (bit i = field i)
 *     per field in the mask, ascending:
 *       varint fieldLength             terms in that field of that article
 *       varint tf                      occurrences
 *       tf × varint positionDelta      word positions, each minus the previous one
 *
 * Varints are little-endian base-128, as in SQLite and protobuf. PostingCursor (posting-cursor.ts)
 * is the one reader of this format.
 */
import { PostingCursor } from './posting-cursor';

export { FIELD_COUNT } from './posting-cursor';

/** One article's occurrences of a term, field by field. */
export interface Posting {
  doc: number;
  fields: FieldPosting[];
}

export interface FieldPosting {
  field: number;
  length: number;
  positions: number[];
}

/** Grows as it is written; `finish` returns the bytes. */
class ByteWriter {
  private bytes: Uint8Array;
  private size = 0;

  constructor(capacity = 256) {
    this.bytes = new Uint8Array(capacity);
  }

  varint(value: number): void {
    if (this.size + 10 > this.bytes.length) this.grow();
    let v = value;
    while (v >= 0x80) {
      this.bytes[this.size++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.bytes[this.size++] = v;
  }

  /** Copies bytes as they are. */
  raw(bytes: Uint8Array): void {
    while (this.size + bytes.length > this.bytes.length) this.grow();
    this.bytes.set(bytes, this.size);
    this.size += bytes.length;
  }

  byte(value: number): void {
    if (this.size + 1 > this.bytes.length) this.grow();
    this.bytes[this.size++] = value;
  }

  private grow(): void {
    const next = new Uint8Array(this.bytes.length * 2);
    next.set(this.bytes.subarray(0, this.size));
    this.bytes = next;
  }

  finish(): Buffer {
    return Buffer.from(this.bytes.buffer, 0, this.size);
  }
}

/**
 * Reads plain varints (see `encodeVarints`); throws a RangeError when the blob ends early (a
 * damaged index). Posting lists are read by PostingCursor.
 */
export class ByteReader {
  offset = 0;

  constructor(private readonly bytes: Uint8Array) {}

  get done(): boolean {
    return this.offset >= this.bytes.length;
  }

  varint(): number {
    let result = 0;
    let scale = 1;
    for (;;) {
      if (this.offset >= this.bytes.length) throw new RangeError('search index blob ends early');
      const b = this.bytes[this.offset++]!;
      result += (b & 0x7f) * scale;
      if (b < 0x80) return result;
      scale *= 0x80;
      if (scale > 2 ** 56) throw new RangeError('search index blob has a bad number');
    }
  }
}

/** Packs postings, which must be sorted by `doc` and each hold at least one field. */
export function encodePostings(postings: readonly Posting[]): Buffer {
  const out = new ByteWriter();
  out.varint(postings.length);
  writePostings(out, postings, 0);
  return out.finish();
}

/** Writes postings (sorted by doc) after an article `previous` (0 at the start of a list). */
function writePostings(out: ByteWriter, postings: readonly Posting[], previous: number): void {
  for (const posting of postings) {
    out.varint(posting.doc - previous);
    previous = posting.doc;
    let mask = 0;
    let ascending = true;
    let lastField = -1;
    for (const f of posting.fields) {
      mask |= 1 << f.field;
      if (f.field < lastField) ascending = false;
      lastField = f.field;
    }
    out.byte(mask);
    // Analysis lists fields in order already: no copy to sort (one per posting in a rebuild).
    const fields = ascending ? posting.fields : [...posting.fields].sort((a, b) => a.field - b.field);
    for (const f of fields) {
      out.varint(f.length);
      out.varint(f.positions.length);
      let last = 0;
      for (const p of f.positions) {
        out.varint(p - last);
        last = p;
      }
    }
  }
}

/** Unpacks a whole posting list, positions included. */
export function decodePostings(blob: Uint8Array): Posting[] {
  const cursor = new PostingCursor();
  const postings: Posting[] = [];
  cursor.open(blob);
  while (cursor.nextDoc()) {
    const fields: FieldPosting[] = [];
    while (cursor.nextField()) {
      const positions: number[] = [];
      for (let k = 0; k < cursor.tf; k++) positions.push(cursor.nextPosition());
      fields.push({ field: cursor.field, length: cursor.length, positions });
    }
    postings.push({ doc: cursor.doc, fields });
  }
  return postings;
}

/**
 * Walks a posting list without building objects: calls `visit` once per article and field with
 * the term frequency and the field's length. Positions are skipped. Returns the number of articles.
 */
export function scanPostings(
  blob: Uint8Array,
  visit: (doc: number, field: number, tf: number, fieldLength: number) => void,
): number {
  const cursor = new PostingCursor();
  const count = cursor.open(blob);
  while (cursor.nextDoc()) {
    while (cursor.nextField()) visit(cursor.doc, cursor.field, cursor.tf, cursor.length);
  }
  return count;
}

/** Number of (article, field) pairs in a posting list: what lunr counts for a term's idf. */
export function fieldPairs(postings: readonly Posting[]): number {
  let n = 0;
  for (const p of postings) n += p.fields.length;
  return n;
}

/**
 * Replaces the postings of some articles in a packed list: drops every article in `replace`,
 * adds `added` (sorted by doc), and returns the new blob (null when empty) with the change in
 * (article, field) pairs, so a term's document frequency can be kept without recounting.
 */
export function mergePostings(
  blob: Uint8Array | undefined,
  replace: ReadonlySet<number>,
  added: readonly Posting[],
): { blob: Buffer | null; pairDelta: number } {
  if (blob && added.length > 0) {
    const appended = appendPostings(blob, replace, added);
    if (appended) return { blob: appended, pairDelta: fieldPairs(added) };
  }
  const kept = blob ? decodePostings(blob) : [];
  let pairDelta = 0;
  const merged: Posting[] = [];
  let i = 0;
  let j = 0;
  while (i < kept.length || j < added.length) {
    const a = kept[i];
    const b = added[j];
    if (a && (!b || a.doc < b.doc)) {
      if (replace.has(a.doc)) pairDelta -= a.fields.length;
      else merged.push(a);
      i++;
    } else if (b && (!a || b.doc < a.doc)) {
      merged.push(b);
      pairDelta += b.fields.length;
      j++;
    } else {
      // The same article in both: the new postings win.
      pairDelta += b!.fields.length - a!.fields.length;
      merged.push(b!);
      i++;
      j++;
    }
  }
  return { blob: merged.length > 0 ? encodePostings(merged) : null, pairDelta };
}

/**
 * The common case of a merge, without unpacking the list: every added article comes after the list's
 * last one and none of the list's articles is replaced (new articles get higher ids, and a rebuild
 * writes each article once). The list's bytes are copied and the new postings packed after them;
 * null when the case does not apply. An import's catch-up and a rebuild spent most of their writing
 * time unpacking long lists into objects and packing them again.
 */
function appendPostings(
  blob: Uint8Array,
  replace: ReadonlySet<number>,
  added: readonly Posting[],
): Buffer | null {
  const cursor = new PostingCursor();
  const count = cursor.open(blob);
  let last = 0;
  while (cursor.nextDoc()) {
    if (replace.has(cursor.doc)) return null;
    last = cursor.doc;
  }
  if (added[0]!.doc <= last) return null;
  const header = new ByteReader(blob);
  header.varint();
  const out = new ByteWriter(blob.length + 64 * added.length);
  out.varint(count + added.length);
  out.raw(blob.subarray(header.offset));
  writePostings(out, added, last);
  return out.finish();
}

/** Packs plain non-negative numbers as varints. */
export function encodeVarints(values: readonly number[]): Buffer {
  const bytes: number[] = [];
  for (const value of values) {
    let v = value;
    while (v >= 0x80) {
      bytes.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    bytes.push(v);
  }
  return Buffer.from(bytes);
}

/** Unpacks what `encodeVarints` packed. */
export function decodeVarints(blob: Uint8Array): number[] {
  const reader = new ByteReader(blob);
  const values: number[] = [];
  while (!reader.done) values.push(reader.varint());
  return values;
}
