import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { capYoungGeneration, MAIN_JS_FLAGS } from './v8-flags';

/** The new space of a fresh worker after it churned through short-lived strings, in MB. */
function workerNewSpaceMb(): Promise<number> {
  const code = `
    const { parentPort } = require('node:worker_threads');
    const v8 = require('node:v8');
    let kept = [];
    for (let i = 0; i < 3e6; i++) { kept.push('x' + i); if (kept.length > 2e5) kept = []; }
    parentPort.postMessage(v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size);`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true });
    worker.once('message', (bytes: number) => {
      void worker.terminate();
      resolve(bytes / 1048576);
    });
    worker.once('error', reject);
  });
}

describe('the young generation cap', () => {
  it('passes js-flags to Chromium and caps the worker threads started after it', async () => {
    const switches: Array<[string, string | undefined]> = [];
    capYoungGeneration({ commandLine: { appendSwitch: (name, value) => void switches.push([name, value]) } });
    expect(switches).toEqual([['js-flags', MAIN_JS_FLAGS]]);
    // Two semi-spaces of at most 8 MB (uncapped, Node 24 grows them to 32 MB each under this churn).
    expect(await workerNewSpaceMb()).toBeLessThanOrEqual(16);
  }, 30_000);
});
