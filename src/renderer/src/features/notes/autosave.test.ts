import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutosaveQueue, type SaveState } from './autosave';

describe('AutosaveQueue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function queue() {
    const saved: string[] = [];
    const states: SaveState[] = [];
    const q = new AutosaveQueue<string>({
      save: async (draft) => {
        saved.push(draft);
      },
      onState: (state) => states.push(state),
      onError: () => undefined,
      delay: 500,
      maxWait: 1000,
    });
    return { q, saved, states };
  }

  it('saves the last draft after a pause', async () => {
    const { q, saved, states } = queue();
    q.schedule('a');
    q.schedule('ab');
    await vi.advanceTimersByTimeAsync(499);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['ab']);
    expect(states.at(-1)).toBe('saved');
  });

  it('saves at least every second while the user keeps typing', async () => {
    const { q, saved } = queue();
    for (let t = 0; t < 10; t++) {
      q.schedule(`draft ${t}`);
      await vi.advanceTimersByTimeAsync(200);
    }
    // Ten keystrokes 200 ms apart over two seconds: saved twice on the way, not only at the end.
    expect(saved).toEqual(['draft 4', 'draft 9']);
  });

  it('flushes at once, and saves run one after another', async () => {
    const order: string[] = [];
    let release: () => void = () => undefined;
    const q = new AutosaveQueue<string>({
      save: (draft) =>
        new Promise<void>((done) => {
          order.push(`start ${draft}`);
          release = () => {
            order.push(`end ${draft}`);
            done();
          };
        }),
      onState: () => undefined,
      onError: () => undefined,
    });
    q.schedule('one');
    const first = q.flush();
    q.schedule('two');
    const second = q.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['start one']);
    release();
    await first;
    await vi.advanceTimersByTimeAsync(0);
    release();
    await second;
    expect(order).toEqual(['start one', 'end one', 'start two', 'end two']);
  });

  it('reports a failed save and goes on', async () => {
    const errors: unknown[] = [];
    const states: SaveState[] = [];
    const q = new AutosaveQueue<string>({
      save: async (draft) => {
        if (draft === 'bad') throw new Error('disk full');
      },
      onState: (s) => states.push(s),
      onError: (e) => errors.push(e),
    });
    q.schedule('bad');
    await q.flush();
    expect(states.at(-1)).toBe('error');
    q.schedule('good');
    await q.flush();
    expect(states.at(-1)).toBe('saved');
    expect(errors).toHaveLength(1);
  });
});
