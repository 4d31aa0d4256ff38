/**
 * Saves a draft while the user types: after a short pause, and at least every `maxWait` ms during
 * continuous typing, so a crash loses at most about a second. Saves run one after another, never
 * overlapping, so a note created by the first save is the one the next save updates.
 */
export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface AutosaveOptions<T> {
  save: (draft: T) => Promise<void>;
  onState: (state: SaveState) => void;
  onError: (error: unknown) => void;
  /** Quiet time after the last change before saving. */
  delay?: number;
  /** Longest time a change waits while the user keeps typing. */
  maxWait?: number;
}

export class AutosaveQueue<T> {
  private pending: { draft: T } | null = null;
  private firstChangeAt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private chain: Promise<void> = Promise.resolve();
  private readonly delay: number;
  private readonly maxWait: number;
  private save: (draft: T) => Promise<void>;

  constructor(private readonly options: AutosaveOptions<T>) {
    this.delay = options.delay ?? 500;
    this.maxWait = options.maxWait ?? 1000;
    this.save = options.save;
  }

  /** Replaces the save function (it may close over newer state); pending drafts use the new one. */
  setSave(save: (draft: T) => Promise<void>): void {
    this.save = save;
  }

  /** Notes a new draft; it is saved after the pause. */
  schedule(draft: T): void {
    const now = Date.now();
    if (!this.pending) this.firstChangeAt = now;
    this.pending = { draft };
    this.options.onState('pending');
    if (this.timer !== null) clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.delay, this.firstChangeAt + this.maxWait - now));
    this.timer = setTimeout(() => void this.flush(), wait);
  }

  /** Saves the pending draft now; resolves when every save so far has finished. */
  flush(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const pending = this.pending;
    this.pending = null;
    if (pending) {
      this.chain = this.chain.then(async () => {
        this.options.onState('saving');
        try {
          await this.save(pending.draft);
          this.options.onState(this.pending ? 'pending' : 'saved');
        } catch (error) {
          this.options.onState('error');
          this.options.onError(error);
        }
      });
    }
    return this.chain;
  }

  get hasPending(): boolean {
    return this.pending !== null;
  }
}
