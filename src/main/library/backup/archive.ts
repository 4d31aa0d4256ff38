import { existsSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { openSqliteFile, type Db } from '../db/connection';
import { LATEST_VERSION } from '../db/migrations';
import { schemaProblems } from '../db/schema';
import { LibraryError } from '../errors';
import { fsyncDir } from '../files';
import { copyAndCheck, withCheckWorker, type CopyOptions } from './check-client';
import { acceptCopy, fileStamp, moveDatabaseAside, removeStaleTempFiles, tempPath } from './copies';
import { oneBackupAtATime } from './in-flight';
import {
  clearRestoreJournal,
  RESTORE_JOURNAL,
  settleInterruptedRestore,
  writeRestoreJournal,
} from './restore-journal';
import { checkIntegrity } from './integrity';
import {
  openZip,
  removeWorkerTemps,
  sha256File,
  writeZip,
  ZipError,
  type ZipLimits,
  type ZipReader,
} from './zip';

/**
 * A full backup, `NAME.bulletin`: a zip holding `library.sqlite` (a copy made with SQLite's online backup
 * API, checked, in rollback-journal mode) and `manifest.json` (format, app and schema versions, checksums).
 */

export const DB_ENTRY = 'library.sqlite';
export const MANIFEST_ENTRY = 'manifest.json';
export const BACKUP_EXTENSION = '.bulletin';

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);
export const ManifestSchema = z.object({
  format: z.literal('bulletin-backup'),
  formatVersion: z.number().int().positive(),
  app: z.object({ name: z.string(), version: z.string() }),
  schemaVersion: z.number().int().nonnegative(),
  createdAt: z.string(),
  files: z.record(z.string(), z.object({ size: z.number().int().nonnegative(), sha256: Sha256 })),
  counts: z.record(z.string(), z.number().int().nonnegative()).optional(),
});
export type Manifest = z.infer<typeof ManifestSchema>;
const FORMAT_VERSION = 1;

export interface BackupResult {
  path: string;
  manifest: Manifest;
}

/** The version in the nearest `package.json` named `bulletin`, for the manifest. */
export function appVersion(): string {
  let dir = __dirname;
  for (let i = 0; i < 8; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'bulletin' && pkg.version) return pkg.version;
    } catch {
      // not here; look higher
    }
    dir = dirname(dir);
  }
  return 'unknown';
}

/**
 * Writes a full backup of the open database to `out`, atomically, and reads it back to verify it. The
 * copy is made and checked as the daily backup's is (`copyAndCheck`: in a worker thread, so the app
 * stays responsive however large the library; in this thread for a small library or when the worker
 * cannot start). One backup of a library runs at a time (`oneBackupAtATime`): a second request for the
 * same `out` while one is queued or running gets that one's result, any other waits its turn.
 */
export function createBackup(
  db: Db,
  out: string,
  now: Date,
  options: CopyOptions & { onPhase?: (phase: BackupPhase) => void } = {},
): Promise<BackupResult> {
  return oneBackupAtATime(db, `bulletin:${resolve(out)}`, () => writeBackup(db, out, now, options));
}

/** A full backup's steps: the copy and its check (in the check worker), the zip, and reading it back. */
export type BackupPhase = 'copying' | 'zipping' | 'verifying';

async function writeBackup(
  db: Db,
  out: string,
  now: Date,
  options: CopyOptions & { onPhase?: (phase: BackupPhase) => void },
): Promise<BackupResult> {
  if (!existsSync(dirname(out)))
    throw new LibraryError('io', `Could not write ${out}: the folder does not exist.`);
  // The copy is made in the library's own folder (cleaned of leftovers at every open), never beside `out`.
  const libraryDir = dirname(db.name);
  removeStaleTempFiles(libraryDir);
  const copy = tempPath(libraryDir, 'backup', '.sqlite');
  try {
    options.onPhase?.('copying');
    const checked = await copyAndCheck(db, copy, options);
    const info = acceptCopy(checked);
    const pack: PackData = {
      copy,
      out,
      manifest: {
        format: 'bulletin-backup',
        formatVersion: FORMAT_VERSION,
        app: { name: 'Bulletin', version: appVersion() },
        schemaVersion: info.schemaVersion,
        createdAt: now.toISOString(),
        counts: info.counts,
      },
    };
    // A copy large enough for the check worker is hashed, zipped and read back there too (held the main
    // thread 60-100 ms at 50,000 articles); a small one, or one the worker could not take, here.
    const packed =
      checked.checkedIn === 'worker'
        ? await packInWorker(pack, options)
        : await packBackupHere(pack, options.onPhase);
    if (!packed.ok) throw new LibraryError(packed.reason, packed.message);
    return { path: out, manifest: packed.manifest };
  } catch (error) {
    if (error instanceof LibraryError) throw error;
    throw new LibraryError('io', `Could not write the backup ${out}: ${describe(error)}.`);
  } finally {
    // Off this thread (libuv's pool): unlinking the copy frees its page cache in the kernel, ~50 ms of
    // the main thread's CPU for a 190 MB library (50,000 articles) when done with rmSync.
    await Promise.all(['', '-journal', '-wal', '-shm'].map((ext) => rm(`${copy}${ext}`, { force: true })));
  }
}

/** What packing a checked copy is given: the copy, the backup file to write, the manifest but its files. */
export interface PackData {
  copy: string;
  out: string;
  manifest: Omit<Manifest, 'files'>;
}

/** Packing's outcome; a failure is the sentence the backup fails with (it crosses from the worker). */
export type PackResult =
  { ok: true; manifest: Manifest } | { ok: false; reason: LibraryError['reason']; message: string };

/**
 * The full backup's last steps on a checked copy: hashes it, zips it with its manifest into `out`
 * (atomically) and reads the zip back. Never throws: a failure is the backup's sentence.
 */
export async function packBackupHere(
  data: PackData,
  onPhase?: (phase: BackupPhase) => void,
): Promise<PackResult> {
  const { copy, out } = data;
  try {
    const manifest: Manifest = {
      ...data.manifest,
      files: { [DB_ENTRY]: { size: statSync(copy).size, sha256: await sha256File(copy) } },
    };
    onPhase?.('zipping');
    await writeZip(
      out,
      [
        { name: MANIFEST_ENTRY, bytes: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
        { name: DB_ENTRY, file: copy },
      ],
      new Date(manifest.createdAt),
    );
    onPhase?.('verifying');
    await verifyBackup(out);
    return { ok: true, manifest };
  } catch (error) {
    if (error instanceof LibraryError) return { ok: false, reason: error.reason, message: error.message };
    return { ok: false, reason: 'io', message: `Could not write the backup ${out}: ${describe(error)}.` };
  }
}

/** `packBackupHere` in the (kept) check worker; here when the worker cannot start or fails on the way. */
async function packInWorker(
  data: PackData,
  options: CopyOptions & { onPhase?: (phase: BackupPhase) => void },
): Promise<PackResult> {
  try {
    return await withCheckWorker(options.startPack, async (worker) => {
      const packed = await worker.call('pack', data, { onProgress: (phase) => options.onPhase?.(phase) });
      if (typeof packed?.ok !== 'boolean') throw new Error('the check worker answered something else');
      return packed;
    });
  } catch {
    // Done again here from the start (the failed worker has been ended): the zip is written
    // atomically, so a half-written one is only a temporary file, removed now.
    removeWorkerTemps(data.out);
    return packBackupHere(data, options.onPhase);
  }
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return 'the disk is full';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return (error as Error).message;
}

async function readManifest(zip: ZipReader, file: string, checkVersion = true): Promise<Manifest> {
  if (!zip.entries.has(MANIFEST_ENTRY) || !zip.entries.has(DB_ENTRY)) {
    throw new LibraryError(
      'invalid-input',
      `${file} is not a Bulletin backup (it lacks ${MANIFEST_ENTRY} or ${DB_ENTRY}).`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse((await zip.read(MANIFEST_ENTRY)).toString('utf8'));
  } catch {
    throw new LibraryError('damaged', `The backup ${file} is damaged: its manifest cannot be read.`);
  }
  const result = ManifestSchema.safeParse(parsed);
  if (!result.success)
    throw new LibraryError('damaged', `The backup ${file} is damaged: its manifest is not valid.`);
  const manifest = result.data;
  if (checkVersion && (manifest.formatVersion > FORMAT_VERSION || manifest.schemaVersion > LATEST_VERSION)) {
    throw new LibraryError(
      'newer-version',
      `The backup ${file} was made by a newer version of Bulletin (${manifest.app.version}, schema ${manifest.schemaVersion}; this version knows up to ${LATEST_VERSION}). Please update Bulletin to restore it.`,
    );
  }
  const expected = manifest.files[DB_ENTRY];
  if (!expected)
    throw new LibraryError('damaged', `The backup ${file} is damaged: its manifest lists no database.`);
  return manifest;
}

async function withZip<T>(
  file: string,
  limits: ZipLimits | undefined,
  use: (zip: ZipReader) => Promise<T>,
): Promise<T> {
  if (!existsSync(file)) throw new LibraryError('not-found', `There is no backup at ${file}.`);
  let zip;
  try {
    zip = await openZip(file, [MANIFEST_ENTRY, DB_ENTRY], limits);
  } catch (error) {
    if (error instanceof ZipError)
      throw new LibraryError('damaged', `${file} cannot be restored: ${error.message}.`);
    throw error;
  }
  try {
    return await use(zip);
  } catch (error) {
    if (error instanceof ZipError)
      throw new LibraryError('damaged', `The backup ${file} is damaged: ${error.message}.`);
    throw error;
  } finally {
    zip.close();
  }
}

/**
 * Reads a backup through and checks the database's checksum against the manifest (a backup from a newer
 * version verifies too; only restoring it is refused).
 */
export async function verifyBackup(file: string, limits?: ZipLimits): Promise<Manifest> {
  return withZip(file, limits, async (zip) => {
    const manifest = await readManifest(zip, file, false);
    const expected = manifest.files[DB_ENTRY]!;
    if ((await zip.hash(DB_ENTRY)) !== expected.sha256 || zip.entries.get(DB_ENTRY)!.size !== expected.size) {
      throw new LibraryError(
        'damaged',
        `The backup ${file} is damaged: the database does not match its checksum.`,
      );
    }
    return manifest;
  });
}

export interface RestorePlacement {
  manifest: Manifest;
  /** Where the library that was there before went, when `replace` moved it aside. */
  previous?: string;
}

/** True when the database holds no articles and no notes (a fresh profile may be replaced silently). */
function isEmptyLibrary(file: string): boolean {
  let db: Db | undefined;
  try {
    db = openSqliteFile(file, { readonly: true, fileMustExist: true });
    const has = (table: string): boolean =>
      Boolean(db!.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(table)) &&
      Boolean(db!.prepare(`SELECT 1 FROM ${table} LIMIT 1`).get());
    return !has('articles') && !has('annotations');
  } catch {
    return false; // unreadable: we cannot tell it is empty, so it is not
  } finally {
    db?.close();
  }
}

/**
 * Puts the database of a backup in place as `dbFile` (the library must be closed): verifies the archive,
 * its checksum and the database's integrity, refuses a non-empty library unless `replace` (which moves it
 * aside, never deletes it), quarantines any stale `-wal`/`-shm`, then renames the new file in.
 * Migrating an older schema happens when the library is opened next.
 */
export async function placeBackup(
  file: string,
  dbFile: string,
  options: {
    replace?: boolean;
    now: Date;
    limits?: ZipLimits;
    /** Called after each step of the swap; the fault tests kill the process there. */
    onStep?: (step: RestoreStep) => void;
  },
): Promise<RestorePlacement> {
  const stamp = fileStamp(options.now);
  if (existsSync(dbFile) && !options.replace && !isEmptyLibrary(dbFile)) {
    throw new LibraryError(
      'invalid-input',
      `The library at ${dirname(dbFile)} is not empty. Restore into an empty library, or use --replace (the current library is then kept beside it, not deleted).`,
    );
  }
  const dir = dirname(dbFile);
  removeStaleTempFiles(dir);
  const staged = tempPath(dir, 'restore', '.sqlite');
  try {
    const manifest = await withZip(file, options.limits, async (zip) => {
      const m = await readManifest(zip, file);
      // Look before inflating: a file that is not the SQLite database its manifest describes is refused
      // before a byte of it reaches the disk (an 8 MB archive once wrote 1 GiB before it was refused).
      checkSqliteHeader(await zip.head(DB_ENTRY, SQLITE_HEADER_BYTES), m.files[DB_ENTRY]!.size, file);
      const sha = await zip.extract(DB_ENTRY, staged);
      const expected = m.files[DB_ENTRY]!;
      if (sha !== expected.sha256 || statSync(staged).size !== expected.size) {
        throw new LibraryError(
          'damaged',
          `The backup ${file} is damaged: the database does not match its checksum.`,
        );
      }
      return m;
    });
    checkStaged(staged, file);
    options.onStep?.('checked');
    return { manifest, previous: swapIn(file, staged, dbFile, stamp, options.onStep) };
  } finally {
    // A staged copy named by a journal is the next start's to settle; any other is ours to remove.
    if (!existsSync(join(dir, RESTORE_JOURNAL))) {
      for (const ext of ['', '-wal', '-shm', '-journal']) rmSync(`${staged}${ext}`, { force: true });
    }
  }
}

/** The steps of a restore, for the fault tests that kill the process at each one. */
export type RestoreStep = 'checked' | 'journaled' | 'moved-aside' | 'placed';

/**
 * Swaps the checked copy in: journal first (restore-journal.ts), then the current database aside (never
 * deleted, unless it holds nothing), then the copy in place. Any failure on the way is settled at once,
 * as the next start would settle a crash. Returns where the previous library went.
 */
function swapIn(
  backup: string,
  staged: string,
  dbFile: string,
  stamp: string,
  onStep?: (step: RestoreStep) => void,
): string | undefined {
  const dir = dirname(dbFile);
  // The emptiness check reads the WAL too, so an empty library (with its journal) can go.
  const keepPrevious = existsSync(dbFile) && !isEmptyLibrary(dbFile);
  const previous = keepPrevious ? `${dbFile}.before-restore-${stamp}` : undefined;
  writeRestoreJournal(dir, {
    backup,
    staged,
    previous: previous ?? null,
    startedAt: new Date().toISOString(),
  });
  onStep?.('journaled');
  try {
    if (keepPrevious) moveDatabaseAside(dbFile, `before-restore-${stamp}`);
    else if (existsSync(dbFile))
      for (const ext of ['', '-wal', '-shm']) rmSync(`${dbFile}${ext}`, { force: true });
    onStep?.('moved-aside');
    // A journal left without its database would be replayed onto the restored one.
    for (const ext of ['-wal', '-shm', '-journal']) {
      if (existsSync(`${dbFile}${ext}`)) renameSync(`${dbFile}${ext}`, `${dbFile}.stale-${stamp}${ext}`);
    }
    renameSync(staged, dbFile);
    fsyncDir(dir);
    onStep?.('placed');
  } catch (error) {
    settleInterruptedRestore(dir, dbFile);
    throw error;
  }
  clearRestoreJournal(dir);
  return previous;
}

const SQLITE_HEADER_BYTES = 100;
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Refuses a backup whose database entry does not start as a SQLite database of the size its manifest
 * gives: the magic string, a page size that is a power of two from 512 to 65,536, and (where the header's
 * page count is valid, as in every copy Bulletin makes) page size × page count equal to that size.
 */
export function checkSqliteHeader(header: Buffer, declaredSize: number, file: string): void {
  const refuse = (why: string) =>
    new LibraryError('damaged', `The backup ${file} cannot be restored: its database ${why}.`);
  if (header.length < SQLITE_HEADER_BYTES || !header.subarray(0, 16).equals(SQLITE_MAGIC))
    throw refuse('is not a SQLite database');
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65_536 : rawPageSize;
  if (pageSize < 512 || pageSize > 65_536 || (pageSize & (pageSize - 1)) !== 0)
    throw refuse(`has an impossible page size (${rawPageSize})`);
  const pageCount = header.readUInt32BE(28);
  const countValid = pageCount > 0 && header.readUInt32BE(24) === header.readUInt32BE(92);
  if (countValid && pageCount * pageSize !== declaredSize)
    throw refuse(`says it holds ${pageCount * pageSize} bytes, but the manifest says ${declaredSize}`);
  if (declaredSize % pageSize !== 0) throw refuse('is not a whole number of pages');
}

function checkStaged(staged: string, file: string): void {
  let db: Db | undefined;
  try {
    db = openSqliteFile(staged, { fileMustExist: true });
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_VERSION) {
      throw new LibraryError(
        'newer-version',
        `The backup ${file} holds a library from a newer version of Bulletin (schema ${version}; this version knows up to ${LATEST_VERSION}). Please update Bulletin to restore it.`,
      );
    }
    const foreign = schemaProblems(db);
    if (foreign.length > 0) {
      throw new LibraryError(
        'damaged',
        `The backup ${file} holds a database that was changed outside Bulletin (${foreign.slice(0, 3).join('; ')}); it was not restored.`,
      );
    }
    const report = checkIntegrity(db, 'full');
    if (!report.ok) {
      throw new LibraryError(
        'damaged',
        `The backup ${file} holds a damaged database: ${report.problems.slice(0, 3).join('; ')}.`,
      );
    }
  } catch (error) {
    if (error instanceof LibraryError) throw error;
    throw new LibraryError(
      'damaged',
      `The backup ${file} holds a database that cannot be opened: ${(error as Error).message}.`,
    );
  } finally {
    db?.close();
  }
}
