/**
 * The main process's side of a fast start (docs/startup.md): the work that can wait — the daily
 * backup (a copy and check of the whole database in a worker thread), the automatic cards of an
 * existing library's notes — starts after the window's first page of articles has been answered and
 * drawn, not while the window is asking for it. On two cores, a backup running beside the first
 * `listArticlePage` made the first start of the day slower than a later one.
 */

/** The call the window makes for its first rows. */
export const FIRST_PAGE_CHANNEL = 'listArticlePage';
/** After the first page is answered: time for the window to draw the rows. */
export const AFTER_FIRST_PAGE_MS = 1000;
/** The longest the work waits when no page is asked for (a window that shows another view, or none). */
export const FIRST_PAGE_FALLBACK_MS = 5000;

export interface FirstPageGate {
  /** Tell the gate a call was answered; the first answer on `FIRST_PAGE_CHANNEL` opens it (after a pause). */
  answered(channel: string): void;
  /** Opens the gate now (a test without a window; it is idempotent). */
  open(): void;
  /** Settles once the first page has been answered and drawn, or after the fallback. */
  readonly opened: Promise<void>;
}

/** A gate for the start's deferred work; timers are unref'd, so they never keep the process alive. */
export function firstPageGate(options: { afterMs?: number; fallbackMs?: number } = {}): FirstPageGate {
  const afterMs = options.afterMs ?? AFTER_FIRST_PAGE_MS;
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  let seen = false;
  const fallback = setTimeout(() => open(), options.fallbackMs ?? FIRST_PAGE_FALLBACK_MS);
  fallback.unref?.();
  return {
    opened,
    open: () => open(),
    answered(channel) {
      if (seen || channel !== FIRST_PAGE_CHANNEL) return;
      seen = true;
      clearTimeout(fallback);
      const pause = setTimeout(() => open(), afterMs);
      pause.unref?.();
    },
  };
}
