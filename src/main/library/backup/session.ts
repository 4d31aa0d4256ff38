import { closeSync, fsyncSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fsyncDir, processAlive } from '../files';

/**
 * Clean-shutdown markers: each process that opens the library leaves `.bulletin-open-PID` in its folder
 * and removes it on close. A marker whose process is gone means that process died with the library open
 * (a crash, a kill or a power cut), so the next start runs an integrity check.
 */
const PREFIX = '.bulletin-open-';

function markerPath(dir: string, pid = process.pid): string {
  return join(dir, `${PREFIX}${pid}`);
}

/** Markers of processes that are no longer running. */
export function staleSessions(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.startsWith(PREFIX))
    .filter((n) => {
      const pid = Number(n.slice(PREFIX.length));
      return pid !== process.pid && !processAlive(pid);
    })
    .map((n) => join(dir, n));
}

/** Leaves this process's marker, flushed so that it survives the crash it is there to reveal. */
export function beginSession(dir: string): void {
  const fd = openSync(markerPath(dir), 'w');
  try {
    writeSync(fd, `${new Date().toISOString()}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  fsyncDir(dir);
}

export function endSession(dir: string): void {
  rmSync(markerPath(dir), { force: true });
}

/** Forgets earlier unclean shutdowns, once an integrity check has passed (or the library was recovered). */
export function clearStaleSessions(dir: string): void {
  for (const marker of staleSessions(dir)) rmSync(marker, { force: true });
}
