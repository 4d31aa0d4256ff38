import { threadId } from 'node:worker_threads';
import { createHash } from 'node:crypto';
import {
  closeSync,
  createReadStream,
  createWriteStream,
  fsyncSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, Writable } from 'node:stream';
import * as yauzl from 'yauzl';
import * as yazl from 'yazl';
import { fsyncDir, removeStaleTemps } from '../files';

/** Limits that a backup archive must respect before anything in it is inflated (zip bombs, zip-slip). */
export interface ZipLimits {
  maxEntries: number;
  /** Largest inflated size of one entry. */
  maxEntryBytes: number;
  /** Largest inflated size of all entries together. */
  maxTotalBytes: number;
  /** Largest inflated/compressed ratio of an entry, checked once an entry is over 1 MiB. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 16,
  maxEntryBytes: 16 * 1024 ** 3,
  maxTotalBytes: 16 * 1024 ** 3 + 1024 ** 2,
  maxRatio: 1000,
};

export class ZipError extends Error {
  override name = 'ZipError';
}

export type ZipSource = { name: string; file: string } | { name: string; bytes: Uint8Array };

let counter = 0;

/** Writes a zip atomically: into a temporary file beside `out`, flushed, then renamed over it. */
export async function writeZip(
  out: string,
  sources: readonly ZipSource[],
  mtime = new Date(),
): Promise<void> {
  const kind = targetKind(out);
  if (kind === 'folder') throw Object.assign(new Error(`${out} is a folder`), { code: 'EISDIR' });
  // Numbered per thread too: the check worker writes backups in this process, and a temp its crash left
  // (the process lives on, so it is not stale) must not be the name the main thread's retry takes.
  const tmp = `${out}.${process.pid}-${threadId * 1_000_000 + ++counter}.tmp`;
  const zip = new yazl.ZipFile();
  for (const s of sources) {
    if ('file' in s) zip.addFile(s.file, s.name, { mtime, compress: true });
    else zip.addBuffer(Buffer.from(s.bytes), s.name, { mtime, compress: true });
  }
  zip.end();
  if (kind === 'device') {
    // `/dev/full`, a pipe: nothing to replace atomically, write straight into it.
    await pipeline(zip.outputStream, createWriteStream(out));
    return;
  }
  removeStaleTemps(out);
  try {
    await pipeline(zip.outputStream, createWriteStream(tmp, { flags: 'wx' }));
    // Flushed on the thread pool: a synchronous fsync of a large archive held the main thread ~150 ms.
    const handle = await open(tmp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    renameSync(tmp, out);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
  fsyncDir(dirname(out));
}

/**
 * Removes the temporary zips of `out` that this process's worker threads left (a worker that died while
 * writing one: the process lives on, so `removeStaleTemps` would keep them until the next start).
 * Call it only when no worker is writing `out`.
 */
export function removeWorkerTemps(out: string): void {
  const prefix = `${basename(out)}.${process.pid}-`;
  let names: string[];
  try {
    names = readdirSync(dirname(out));
  } catch {
    return;
  }
  for (const name of names) {
    const m = name.startsWith(prefix) ? /^(\d+)\.tmp$/.exec(name.slice(prefix.length)) : null;
    if (m && Number(m[1]) >= 1_000_000) rmSync(join(dirname(out), name), { force: true });
  }
}

function targetKind(path: string): 'file' | 'folder' | 'device' {
  try {
    const stat = statSync(path);
    return stat.isDirectory() ? 'folder' : stat.isFile() ? 'file' : 'device';
  } catch {
    return 'file';
  }
}

export interface ZipReader {
  entries: Map<string, ZipEntryInfo>;
  extract: (name: string, to: string) => Promise<string>;
  read: (name: string, maxBytes?: number) => Promise<Buffer>;
  /** The first `bytes` bytes of an entry, inflating no more than needed for them. */
  head: (name: string, bytes: number) => Promise<Buffer>;
  hash: (name: string) => Promise<string>;
  close: () => void;
}

export interface ZipEntryInfo {
  name: string;
  size: number;
  compressedSize: number;
}

/**
 * Opens a zip and checks every entry against the limits and the allowed names before returning. Entry
 * names never become paths (each allowed name maps to a file chosen by the caller), so `../` cannot escape;
 * such names are refused anyway, as are duplicates.
 */
export async function openZip(
  file: string,
  allowedNames: readonly string[],
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<ZipReader> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(
      file,
      { lazyEntries: true, autoClose: false, strictFileNames: true, validateEntrySizes: true },
      (err, z) => (err ? reject(new ZipError(`not a readable zip archive (${err.message})`)) : resolve(z)),
    ),
  );
  const entries = new Map<string, yauzl.Entry>();
  try {
    if (zip.entryCount > limits.maxEntries)
      throw new ZipError(`it has ${zip.entryCount} entries (at most ${limits.maxEntries})`);
    await new Promise<void>((resolve, reject) => {
      let total = 0;
      zip.on('error', (err: Error) => reject(new ZipError(err.message)));
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        const name = entry.fileName;
        if (name.includes('..') || name.startsWith('/') || name.includes('\\') || /^[a-zA-Z]:/.test(name)) {
          return reject(new ZipError(`unsafe entry name “${name}”`));
        }
        if (!allowedNames.includes(name)) return reject(new ZipError(`unexpected entry “${name}”`));
        if (entries.has(name)) return reject(new ZipError(`entry “${name}” appears twice`));
        if (entry.uncompressedSize > limits.maxEntryBytes)
          return reject(new ZipError(`entry “${name}” is too large`));
        total += entry.uncompressedSize;
        if (total > limits.maxTotalBytes) return reject(new ZipError('its contents are too large'));
        if (
          entry.uncompressedSize > 1024 ** 2 &&
          entry.uncompressedSize > limits.maxRatio * Math.max(1, entry.compressedSize)
        ) {
          return reject(new ZipError(`entry “${name}” is compressed suspiciously well (a zip bomb?)`));
        }
        entries.set(name, entry);
        zip.readEntry();
      });
      zip.readEntry();
    });
  } catch (error) {
    zip.close();
    throw error;
  }

  /** A checked stream of an entry: fails when it inflates beyond its declared size. */
  const entryStream = async (name: string, onChunk: (chunk: Buffer) => void): Promise<Transform> => {
    const entry = entries.get(name);
    if (!entry) throw new ZipError(`missing entry “${name}”`);
    const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
      zip.openReadStream(entry, (err, s) => (err ? reject(new ZipError(err.message)) : resolve(s))),
    );
    let bytes = 0;
    const checked = new Transform({
      transform(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        if (bytes > entry.uncompressedSize)
          return done(new ZipError(`entry “${name}” inflates beyond its declared size`));
        onChunk(chunk);
        done(null, chunk);
      },
    });
    stream.on('error', (err: Error) => checked.destroy(err));
    return stream.pipe(checked);
  };

  /** Inflates an entry into the new file `to` (flushed); returns its SHA-256. */
  const extract = async (name: string, to: string): Promise<string> => {
    const hash = createHash('sha256');
    try {
      await pipeline(await entryStream(name, (c) => hash.update(c)), createWriteStream(to, { flags: 'wx' }));
      const fd = openSync(to, 'r+');
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    } catch (error) {
      rmSync(to, { force: true });
      throw error instanceof ZipError ? error : new ZipError((error as Error).message);
    }
    return hash.digest('hex');
  };

  /** Reads a small entry into memory. */
  const read = async (name: string, maxBytes = 1024 ** 2): Promise<Buffer> => {
    if ((entries.get(name)?.uncompressedSize ?? 0) > maxBytes)
      throw new ZipError(`entry “${name}” is too large`);
    const chunks: Buffer[] = [];
    try {
      await pipeline(
        await entryStream(name, (c) => chunks.push(c)),
        new Writable({ write: (_c, _e, done) => done() }),
      );
    } catch (error) {
      throw error instanceof ZipError ? error : new ZipError((error as Error).message);
    }
    return Buffer.concat(chunks);
  };

  const head = async (name: string, bytes: number): Promise<Buffer> => {
    const stream = await entryStream(name, () => undefined);
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= bytes) break; // leaving the loop destroys the stream: nothing more is inflated
      }
    } catch (error) {
      throw error instanceof ZipError ? error : new ZipError((error as Error).message);
    }
    return Buffer.concat(chunks).subarray(0, bytes);
  };

  /** The SHA-256 of an entry, without writing it anywhere. */
  const hash = async (name: string): Promise<string> => {
    const h = createHash('sha256');
    try {
      await pipeline(
        await entryStream(name, (c) => h.update(c)),
        new Writable({ write: (_c, _e, done) => done() }),
      );
    } catch (error) {
      throw error instanceof ZipError ? error : new ZipError((error as Error).message);
    }
    return h.digest('hex');
  };

  const info = new Map(
    [...entries].map(([name, e]) => [
      name,
      { name, size: e.uncompressedSize, compressedSize: e.compressedSize },
    ]),
  );
  return { entries: info, extract, read, head, hash, close: () => zip.close() };
}

/** The SHA-256 of a file, streamed. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}
