import { ByteReader, encodeVarints } from './postings';
import { SLOTS } from './calendar';

/** Articles per stored page of the table. */
export const PAGE_SIZE = 4096;

const ABSENT = -0x80000000;
export const UNDATED = -0x7fffffff;
const DAY_OFFSET = 1_000_000;

/**
 * What search needs to know of every indexed article without asking the library database: its
 * day (for date filters and newest-first order), its month slot and its tag ids (for tag filters
 * and facets). About 20 bytes an article; stored in pages of 4,096 articles so that opening the
 * index reads a dozen rows, not 50,000.
 */
export class DocTable {
  private days = new Int32Array(PAGE_SIZE).fill(ABSENT);
  private slots = new Uint16Array(PAGE_SIZE);
  private present = new Uint8Array(PAGE_SIZE);
  private tagIds: Array<readonly number[] | undefined> = [];
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
    return id < this.days.length && this.days[id] !== ABSENT;
  }

  /** Day number, or UNDATED; only for ids where `has` is true. */
  day(id: number): number {
    return this.days[id]!;
  }

  slot(id: number): number {
    return this.slots[id]!;
  }

  tags(id: number): readonly number[] {
    return this.tagIds[id] ?? [];
  }

  set(id: number, day: number, slot: number, tagIds: readonly number[]): void {
    this.ensure(id);
    if (this.days[id] === ABSENT) this.count += 1;
    this.days[id] = day;
    this.slots[id] = slot;
    this.present[id] = 1;
    this.tagIds[id] = tagIds.length > 0 ? [...tagIds] : undefined;
    for (const tag of tagIds) if (tag > this.highestTag) this.highestTag = tag;
    this.dirtyPages.add(Math.floor(id / PAGE_SIZE));
  }

  delete(id: number): void {
    if (!this.has(id)) return;
    this.days[id] = ABSENT;
    this.present[id] = 0;
    this.tagIds[id] = undefined;
    this.count -= 1;
    this.dirtyPages.add(Math.floor(id / PAGE_SIZE));
  }

  /** Calls `visit` for every article in the table, by id. */
  forEach(visit: (id: number) => void): void {
    for (let id = 0; id < this.days.length; id++) if (this.days[id] !== ABSENT) visit(id);
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
    this.days = days;
    this.slots = slots;
    this.present = present;
  }

  /** A page as bytes: per article a state varint (0 absent, 1 undated, else day), slot, tags. */
  encodePage(page: number): Buffer {
    const parts: number[] = [];
    const start = page * PAGE_SIZE;
    for (let id = start; id < start + PAGE_SIZE; id++) {
      if (!this.has(id)) {
        parts.push(0);
        continue;
      }
      const day = this.days[id]!;
      parts.push(day === UNDATED ? 1 : day + DAY_OFFSET, this.slots[id]!);
      const tags = this.tagIds[id] ?? [];
      parts.push(tags.length, ...tags);
    }
    return encodeVarints(parts);
  }

  loadPage(page: number, data: Uint8Array): void {
    const reader = new ByteReader(data);
    const start = page * PAGE_SIZE;
    for (let id = start; id < start + PAGE_SIZE && !reader.done; id++) {
      const state = reader.varint();
      if (state === 0) continue;
      const slot = reader.varint();
      const n = reader.varint();
      const tags: number[] = [];
      for (let i = 0; i < n; i++) tags.push(reader.varint());
      if (slot >= SLOTS) throw new RangeError('search index page has a bad month');
      this.set(id, state === 1 ? UNDATED : state - DAY_OFFSET, slot, tags);
    }
    this.dirtyPages.delete(page);
  }
}
