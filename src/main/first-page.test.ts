import { describe, expect, it } from 'vitest';
import { FIRST_PAGE_CHANNEL, firstPageGate } from './first-page';

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Whether `promise` has settled within `ms`. */
async function settledWithin(promise: Promise<void>, ms: number): Promise<boolean> {
  return Promise.race([promise.then(() => true), wait(ms).then(() => false)]);
}

describe('firstPageGate', () => {
  it('opens a pause after the first page is answered, not on any other call', async () => {
    const gate = firstPageGate({ afterMs: 40, fallbackMs: 10_000 });
    gate.answered('getPreferences');
    gate.answered('listTags');
    expect(await settledWithin(gate.opened, 60)).toBe(false);
    gate.answered(FIRST_PAGE_CHANNEL);
    expect(await settledWithin(gate.opened, 10)).toBe(false);
    expect(await settledWithin(gate.opened, 200)).toBe(true);
  });

  it('opens after the fallback when the window never asks for a page', async () => {
    const gate = firstPageGate({ afterMs: 10, fallbackMs: 50 });
    expect(await settledWithin(gate.opened, 20)).toBe(false);
    expect(await settledWithin(gate.opened, 200)).toBe(true);
  });

  it('counts only the first page: later pages do not move the opening', async () => {
    const gate = firstPageGate({ afterMs: 300, fallbackMs: 10_000 });
    gate.answered(FIRST_PAGE_CHANNEL);
    await wait(200);
    gate.answered(FIRST_PAGE_CHANNEL);
    // Open about 300 ms after the first answer; 500 ms if the second had restarted the pause.
    expect(await settledWithin(gate.opened, 200)).toBe(true);
  });
});
