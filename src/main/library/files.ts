import {
  closeSync,
  fsyncSync,
  lstatSync,
  openSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

let tmpCounter = 0;

/**
 * Writes a file so that it is either the complete new content or untouched: a temporary file
 * beside it, flushed to disk, then renamed over the target (and the folder flushed, so the rename lasts).
 * A symlink is written through to its target; a device such as `/dev/full` is written to directly, since
 * it cannot be replaced; a folder is refused.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const target = resolveTarget(path);
  if (target.device) {
    writeAll(target.path, bytes, 'w');
    return;
  }
  removeStaleTemps(target.path);
  const tmp = `${target.path}.${process.pid}-${++tmpCounter}.tmp`;
  try {
    writeAll(tmp, bytes, 'wx');
    renameSync(tmp, target.path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
  fsyncDir(dirname(target.path));
}

function resolveTarget(path: string): { path: string; device: boolean } {
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return { path, device: false };
  }
  if (stat.isSymbolicLink()) {
    try {
      return resolveTarget(realpathSync(path));
    } catch {
      return { path, device: false }; // a dangling link: replace it with the file
    }
  }
  if (stat.isDirectory()) {
    throw Object.assign(new Error(`${path} is a folder`), { code: 'EISDIR' });
  }
  return { path, device: !stat.isFile() };
}

function writeAll(path: string, bytes: Uint8Array, flags: string): void {
  const fd = openSync(path, flags);
  try {
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    if (flags !== 'w' || statSync(path).isFile()) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a folder's entries (a rename or a new file in it) to disk; a no-op where folders can't be opened. */
export function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot open a folder this way; its renames are journaled by NTFS.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** True when a process with this id is running (or exists but belongs to someone else). */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the temporary files a killed writer of `path` left beside it (`NAME.PID-N.tmp` of dead processes). */
export function removeStaleTemps(path: string): string[] {
  const dir = dirname(path);
  const prefix = `${basename(path)}.`;
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(\d+)-\d+\.tmp$/.exec(name.slice(prefix.length));
    if (!m || processAlive(Number(m[1]))) continue;
    rmSync(join(dir, name), { force: true });
    removed.push(join(dir, name));
  }
  return removed;
}
