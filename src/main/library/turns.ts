/**
 * Background work on the main thread takes turns: at most one slice of it per turn of the event loop.
 *
 * The library's long jobs (an import's batches, the search index catching up, deleting or restoring
 * articles in steps, re-placing the library on the syllabus, exports' preparation, preloading modules)
 * each do a few milliseconds of work and then wait for the next turn. Each used to wait with its own
 * `setImmediate`: two jobs under way (a delete of 300 articles and the index catching up after it) then
 * ran their slices back to back in the same turn, and so did a slice and the window's call that came
 * just before it (a search with facets), so the window waited for the sum (bench:main-thread: 51–89 ms
 * where each part stayed under 50).
 *
 * `nextTurn()` queues the job, and one queued job is let go per turn, in the order they asked. A turn in
 * which other work already held the thread for `BUSY_MS` (the window's calls, timers) lets the loop turn
 * once more before the next slice, twice at most in a row, so background work never starves.
 */
import { performance, type EventLoopUtilization } from 'node:perf_hooks';

/** Other work in a turn (ms on the thread, not idle) after which the next slice waits a turn. */
const BUSY_MS = 8;
/** Turns a slice waits in a row at most for other work. */
const MAX_WAITS = 2;

const waiting: Array<() => void> = [];
let pending: NodeJS.Immediate | null = null;
/** The event loop's use when the last slice ended (its job asked for the next turn): what ran since is others'. */
let sinceSlice: EventLoopUtilization | null = null;
let waits = 0;

/** Resolves at a later turn of the event loop, after the slices queued before it, one per turn. */
export function nextTurn(): Promise<void> {
  sinceSlice = performance.eventLoopUtilization();
  return new Promise((resolve) => {
    waiting.push(resolve);
    pending ??= setImmediate(letOneGo);
  });
}

function letOneGo(): void {
  pending = null;
  if (waiting.length === 0) return;
  if (sinceSlice && waits < MAX_WAITS && busySince(sinceSlice) > BUSY_MS) {
    waits++;
    sinceSlice = performance.eventLoopUtilization();
    pending = setImmediate(letOneGo);
    return;
  }
  waits = 0;
  // Its job runs its slice in the microtasks after this callback: the next one waits for the next turn.
  waiting.shift()!();
  if (waiting.length > 0) pending = setImmediate(letOneGo);
}

/** Milliseconds the thread was busy (not waiting for events) since `before`. */
function busySince(before: EventLoopUtilization): number {
  return performance.eventLoopUtilization(before).active;
}
