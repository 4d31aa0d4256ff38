import { describe, expect, it } from 'vitest';
import { nextTurn } from './turns';

/** Holds the thread for `ms` milliseconds (a slice of work). */
function work(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

/** Records each turn of the event loop: a 0 ms timer re-armed from each timers phase. */
function countTurns(): { turn: () => number; stop: () => void } {
  let turn = 0;
  let timer = setTimeout(function tick() {
    turn++;
    timer = setTimeout(tick, 0);
  }, 0);
  return { turn: () => turn, stop: () => clearTimeout(timer) };
}

describe('background work taking turns', () => {
  it('lets one slice run per turn of the event loop, the jobs in the order they asked', async () => {
    const turns = countTurns();
    const ran: Array<{ job: string; turn: number }> = [];
    const job = async (name: string) => {
      for (let step = 0; step < 3; step++) {
        await nextTurn();
        ran.push({ job: name, turn: turns.turn() });
        work(2);
      }
    };
    await Promise.all([job('a'), job('b')]);
    turns.stop();
    expect(ran.map((r) => r.job)).toEqual(['a', 'b', 'a', 'b', 'a', 'b']);
    // No two slices in one turn: the timer ran between every two of them.
    for (let k = 1; k < ran.length; k++) expect(ran[k]!.turn).toBeGreaterThan(ran[k - 1]!.turn);
  });

  it('waits a turn after other work held the thread, and never more than twice in a row', async () => {
    const turns = countTurns();
    await nextTurn(); // the last slice ended now
    work(20); // the window's call, say
    const asked = turns.turn();
    await nextTurn();
    const waited = turns.turn() - asked;
    // Busy every turn: the slice still comes, after at most two waits.
    let busy = true;
    const keepBusy = () => {
      work(12);
      if (busy) setTimeout(keepBusy, 0);
    };
    await nextTurn();
    setTimeout(keepBusy, 0);
    const before = turns.turn();
    await nextTurn();
    const starved = turns.turn() - before;
    busy = false;
    turns.stop();
    expect(waited).toBeGreaterThanOrEqual(1);
    expect(starved).toBeLessThanOrEqual(4);
  });
});
