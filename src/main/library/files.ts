import {
  closeSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
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
  writeFileAtomicWith(path, (write) => write(content));
}

/** Text or bytes handed to a file being written piece by piece; text is written as UTF-8. */
export type WritePiece = (piece: string | Uint8Array) => void;

/** Pieces are gathered up to this many bytes before one write to the file. */
const WRITE_BUFFER_BYTES = 1 << 20;

/**
 * `writeFileAtomic` for content made piece by piece (an export of a whole library, article by article):
 * `fill` hands each piece to `write` as it is made, so the whole content is never in memory at once. If
 * `fill` throws, the temporary file is removed and the target left untouched. Returns what `fill` returns.
 */
export function writeFileAtomicWith<T>(path: string, fill: (write: WritePiece) => T): T {
  const target = resolveTarget(path);
  if (target.device) return writeAll(target.path, 'w', fill);
  removeStaleTemps(target.path);
  const tmp = `${target.path}.${process.pid}-${++tmpCounter}.tmp`;
  let result: T;
  try {
    result = writeAll(tmp, 'wx', fill);
    renameSync(tmp, target.path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
  fsyncDir(dirname(target.path));
  return result;
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

function writeAll<T>(path: string, flags: string, fill: (write: WritePiece) => T): T {
  const fd = openSync(path, flags);
  try {
    const pending: Uint8Array[] = [];
    let pendingBytes = 0;
    const flush = (): void => {
      const bytes = pending.length === 1 ? pending[0]! : Buffer.concat(pending, pendingBytes);
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      pending.length = 0;
      pendingBytes = 0;
    };
    const result = fill((piece) => {
      const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
      pending.push(bytes);
      pendingBytes += bytes.length;
      if (pendingBytes >= WRITE_BUFFER_BYTES) flush();
    });
    if (pendingBytes > 0) flush();
    if (flags !== 'w' || statSync(path).isFile()) fsyncSync(fd);
    return result;
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

/** The staging folder `writeFilesStaged` makes inside the target folder (and its temporary suffix). */
const STAGING = '.bulletin-staging';

/**
 * Writes files into `folder` so that a writer stopped halfway leaves none of them: each is written (and
 * flushed) into a hidden staging folder inside it, `.bulletin-staging.PID-N.tmp`, and all are moved into
 * place once the last is written, a rename each (replacing a file of the same name). If `fill` throws, the
 * staging folder is removed here; if the writer is stopped or killed, by `removeOwnTemps(folder)` or, at the
 * next write into the folder, `removeStaleTemps`. Returns the files' paths in the folder.
 */
export function writeFilesStaged(
  folder: string,
  fill: (write: (name: string, content: string | Uint8Array) => void) => void,
): string[] {
  mkdirSync(folder, { recursive: true });
  removeStaleTemps(join(folder, STAGING));
  const staging = join(folder, `${STAGING}.${process.pid}-${++tmpCounter}.tmp`);
  mkdirSync(staging);
  const names: string[] = [];
  try {
    fill((name, content) => {
      writeAll(join(staging, name), 'wx', (write) => write(content));
      names.push(name);
    });
    for (const name of names) renameSync(join(staging, name), join(folder, name));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  fsyncDir(folder);
  return names.map((name) => join(folder, name));
}

/**
 * Removes the temporary files this process's writers of `path` left (`NAME.PID-N.tmp`): beside it, or in
 * it when it is a folder (a folder of files written one by one). For a writer thread stopped mid-write
 * (an export cancelled or out of memory), whose own clean-up never ran.
 */
export function removeOwnTemps(path: string): string[] {
  const own = (pid: number) => pid === process.pid;
  let inFolder = false;
  try {
    inFolder = statSync(path).isDirectory();
  } catch {
    // Not there: only a temporary file beside it may be.
  }
  return inFolder ? removeTemps(path, '', own) : removeTemps(dirname(path), `${basename(path)}.`, own);
}

/** Removes the temporary files a killed writer of `path` left beside it (`NAME.PID-N.tmp` of dead processes). */
export function removeStaleTemps(path: string): string[] {
  return removeTemps(dirname(path), `${basename(path)}.`, (pid) => !processAlive(pid));
}

/**
 * Removes the temporary files (or staging folders) in `dir` named `PREFIX PID-N.tmp` whose writer `whose`
 * picks by its process id; with no prefix, any name that ends so.
 */
function removeTemps(dir: string, prefix: string, whose: (pid: number) => boolean): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  const temp = prefix ? /^(\d+)-\d+\.tmp$/ : /\.(\d+)-\d+\.tmp$/;
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const m = temp.exec(name.slice(prefix.length));
    if (!m || !whose(Number(m[1]))) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
    removed.push(join(dir, name));
  }
  return removed;
}
