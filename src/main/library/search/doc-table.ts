/** Articles per stored page of the table. */
export const PAGE_SIZE = 4096;

const ABSENT = -0x80000000;
export const UNDATED = -0x7fffffff;

const EMPTY: readonly number[] = Object.freeze([]);

/** A loaded page's tags: article `i` of the page has `list[start[i] .. start[i + 1])`. */
interface PageTags {
  start: Uint32Array;
  list: Uint32Array;
}

/**
 * What search needs to know of every indexed article without asking the library database: its
 * day (for date filters and newest-first order), its month slot and its tag ids (for tag filters
 * and facets). About 12 bytes an article, stored in pages of 4,096 articles as raw typed arrays,
 * so that opening the index copies a dozen blobs into memory and decodes nothing (50,000
 * articles in about a millisecond).
 */
export class DocTable {
  private days = new Int32Array(PAGE_SIZE).fill(ABSENT);
  private slots = new Uint16Array(PAGE_SIZE);
  private present = new Uint8Array(PAGE_SIZE);
  /**
   * Tags set since the page was loaded (they win over the page's), and a flag per article for the
   * ones it holds: a search counts the tags of every article it matches (100,000 of them for a common
   * word at 200,000 articles), and a flag read is cheaper than a lookup in a sparse array or a Map.
   */
  private readonly changedTags = new Map<number, readonly number[]>();
  private changed = new Uint8Array(PAGE_SIZE);
  /** The loaded pages' tags, by page number. */
  private readonly pageTags: Array<PageTags | undefined> = [];
  private count = 0;
  private highestTag = 0;
  /** Pages changed since they were last saved. */
  readonly dirtyPages = new Set<number>();

  /** One past the highest article id the table has room for. */
  get capacity(): number {
    return this.days.length;
  }

  get size(): number {
    return this.count;
  }

  /** 1 at the id of every article in the table; read-only for callers. */
  get presentMask(): Uint8Array {
    return this.present;
  }

  /** The highest tag id any article carries. */
  get maxTag(): number {
    return this.highestTag;
  }

  has(id: number): boolean {
    return id < this.days.length && this.present[id] === 1;
  }

  /** Day number, or UNDATED; only for ids where `has` is true. */
  day(id: number): number {
    return this.days[id]!;
  }

  slot(id: number): number {
    return this.slots[id]!;
  }

  tags(id: number): readonly number[] | Uint32Array {
    if (this.changed[id] === 1) return this.changedTags.get(id) ?? EMPTY;
    const page = this.pageTags[Math.floor(id / PAGE_SIZE)];
    if (!page) return EMPTY;
    const i = id % PAGE_SIZE;
    return page.list.subarray(page.start[i]!, page.start[i + 1]!);
  }

  /**
   * Adds one to `counts[tag]` for each tag of the first `length` articles of `ids` (the facets of a
   * query that matched 40,000 articles), in one loop. A call per article ran 20-30 ms the first time
   * (before the JIT had compiled it); one loop that looks each page up once per run of ids in it is
   * compiled early (on-stack replacement).
   */
  countTagsOf(ids: Int32Array, length: number, counts: Uint32Array): void {
    const changed = this.changed;
    let pageNo = -1;
    let start: Uint32Array | null = null;
    let list: Uint32Array | null = null;
    for (let n = 0; n < length; n++) {
      const id = ids[n]!;
      if (changed[id] === 1) {
        for (const tag of this.changedTags.get(id) ?? EMPTY) counts[tag]! += 1;
        continue;
      }
      const p = Math.floor(id / PAGE_SIZE);
      if (p !== pageNo) {
        pageNo = p;
        const page = this.pageTags[p];
        start = page?.start ?? null;
        list = page?.list ?? null;
      }
      if (start === null || list === null) continue;
      const i = id - p * PAGE_SIZE;
      for (let k = start[i]!, end = start[i + 1]!; k < end; k++) counts[list[k]!]! += 1;
    }
  }

  set(id: number, day: number, slot: number, tagIds: readonly number[]): void {
    this.ensure(id);
    if (this.present[id] === 0) this.count += 1;
    this.days[id] = day;
    this.slots[id] = slot;
    this.present[id] = 1;
    this.changed[id] = 1;
    this.changedTags.set(id, tagIds.length > 0 ? [...tagIds] : EMPTY);
    for (const tag of tagIds) if (tag > this.highestTag) this.highestTag = tag;
    this.dirtyPages.add(Math.floor(id / PAGE_SIZE));
  }

  delete(id: number): void {
    if (!this.has(id)) return;
    this.days[id] = ABSENT;
    this.present[id] = 0;
    this.changed[id] = 1;
    this.changedTags.set(id, EMPTY);
    this.count -= 1;
    this.dirtyPages.add(Math.floor(id / PAGE_SIZE));
  }

  /** Calls `visit` for every article in the table, by id. */
  forEach(visit: (id: number) => void): void {
    const present = this.present;
    for (let id = 0; id < present.length; id++) if (present[id] === 1) visit(id);
  }

  private ensure(id: number): void {
    if (id < this.days.length) return;
    let size = this.days.length;
    while (size <= id) size *= 2;
    const days = new Int32Array(size).fill(ABSENT);
    days.set(this.days);
    const slots = new Uint16Array(size);
    slots.set(this.slots);
    const present = new Uint8Array(size);
    present.set(this.present);
    const changed = new Uint8Array(size);
    changed.set(this.changed);
    this.days = days;
    this.slots = slots;
    this.present = present;
    this.changed = changed;
  }

  /**
   * A page as bytes: Int32 days[4096], Uint16 slots[4096], Uint32 tagStart[4097], Uint32 tags[],
   * little-endian (the byte order of every machine Bulletin runs on).
   */
  encodePage(page: number): Buffer {
    const first = page * PAGE_SIZE;
    this.ensure(first + PAGE_SIZE - 1);
    const start = new Uint32Array(PAGE_SIZE + 1);
    const list: number[] = [];
    for (let i = 0; i < PAGE_SIZE; i++) {
      start[i] = list.length;
      if (this.present[first + i] === 1) for (const tag of this.tags(first + i)) list.push(tag);
    }
    start[PAGE_SIZE] = list.length;
    const parts = [
      this.days.subarray(first, first + PAGE_SIZE),
      this.slots.subarray(first, first + PAGE_SIZE),
      start,
      Uint32Array.from(list),
    ];
    return Buffer.concat(parts.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)));
  }

  /**
   * Reads a stored page: typed-array copies, no per-article work but counting. The page's bytes are
   * read in place when they are 4-byte aligned (SQLite's blobs are: each is a buffer of its own), so
   * the tags stay views on them instead of a copy of the whole page; only an unaligned page is copied.
   */
  loadPage(page: number, data: Uint8Array): void {
    const fixed = PAGE_SIZE * 4 + PAGE_SIZE * 2 + (PAGE_SIZE + 1) * 4;
    if (data.length < fixed || (data.length - fixed) % 4 !== 0)
      throw new RangeError('search index page has a bad size');
    let bytes = data;
    if (data.byteOffset % 4 !== 0) {
      bytes = new Uint8Array(data.length);
      bytes.set(data);
    }
    const { buffer, byteOffset } = bytes;
    const days = new Int32Array(buffer, byteOffset, PAGE_SIZE);
    const slots = new Uint16Array(buffer, byteOffset + PAGE_SIZE * 4, PAGE_SIZE);
    const start = new Uint32Array(buffer, byteOffset + PAGE_SIZE * 6, PAGE_SIZE + 1);
    const list = new Uint32Array(buffer, byteOffset + fixed, (data.length - fixed) / 4);
    if (start[PAGE_SIZE] !== list.length) throw new RangeError('search index page has bad tags');
    const first = page * PAGE_SIZE;
    this.ensure(first + PAGE_SIZE - 1);
    this.days.set(days, first);
    this.slots.set(slots, first);
    const present = this.present;
    let count = this.count;
    for (let i = 0; i < PAGE_SIZE; i++) {
      const here = days[i] !== ABSENT ? 1 : 0;
      if (here !== present[first + i]) count += here ? 1 : -1;
      present[first + i] = here;
    }
    this.count = count;
    // Tags set since an earlier load lose to the page's; at open there are none to look at.
    if (this.changedTags.size > 0) {
      const changed = this.changed;
      for (let i = first; i < first + PAGE_SIZE; i++) {
        if (changed[i] === 0) continue;
        changed[i] = 0;
        this.changedTags.delete(i);
      }
    }
    let highest = this.highestTag;
    for (let i = 0; i < list.length; i++) if (list[i]! > highest) highest = list[i]!;
    this.highestTag = highest;
    this.pageTags[page] = { start, list };
    this.dirtyPages.delete(page);
  }
}
