/**
 * Measuring the main thread's event-loop stalls for the benchmarks: Node's event-loop delay
 * monitor, and on Linux the part of each stall that was the thread's own (its work and waits), not
 * time it spent waiting for a core that other processes held.
 */
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Milliseconds the main thread has spent runnable but waiting for a core (Linux's schedstat), or
 * null where that is not known. On a machine shared with other jobs, this is the part of a stall
 * that other processes caused.
 */
export function runQueueWaitMs(): number | null {
  return schedstat(1);
}

/** Milliseconds the main thread has spent on a CPU (Linux's schedstat), or null where that is not known. */
export function onCpuMs(): number | null {
  return schedstat(0);
}

function schedstat(field: 0 | 1): number | null {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ');
    return Number(fields[field]) / 1e6;
  } catch {
    return null;
  }
}

/**
 * Measures the event loop's longest stall while `run` goes on: `maxStallMs` with Node's event-loop
 * delay monitor, and `ownStallMs`, the longest gap between two 1 ms ticks less the time the main
 * thread waited for a core meanwhile (what this process's own work and waits cost).
 */
export async function stallsDuring<T>(
  run: () => Promise<T>,
): Promise<{ value: T; maxStallMs: number; ownStallMs: number; cpuStallMs: number | null }> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  let last = performance.now();
  let lastWait = runQueueWaitMs();
  let lastCpu = onCpuMs();
  let own = 0;
  // The most CPU time the main thread spent between two ticks: its longest synchronous run, whatever
  // else it waited for (a core, the disk) on a machine shared with other jobs.
  let cpu: number | null = lastCpu === null ? null : 0;
  const tick = () => {
    const now = performance.now();
    const wait = runQueueWaitMs();
    const waited = wait !== null && lastWait !== null ? wait - lastWait : 0;
    own = Math.max(own, now - last - waited);
    const onCpu = onCpuMs();
    if (cpu !== null && onCpu !== null && lastCpu !== null) cpu = Math.max(cpu, onCpu - lastCpu);
    last = now;
    lastWait = wait;
    lastCpu = onCpu;
  };
  const ticker = setInterval(tick, 1);
  await sleep(5); // the monitor only sees delays once its timer is running
  const value = await run();
  await sleep(5);
  clearInterval(ticker);
  tick();
  histogram.disable();
  return { value, maxStallMs: histogram.max / 1e6, ownStallMs: own, cpuStallMs: cpu };
}
