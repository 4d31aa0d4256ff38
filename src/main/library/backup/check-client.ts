import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { BackupPhase, PackData, PackResult } from './archive';
import type { Db } from '../db/connection';
import { KeptWorker } from '../workers/kept-worker';
import { WorkerClient } from '../workers/rpc';
import { startWorker } from '../workers/start-worker';
import { copyInSteps, useRollbackJournal } from './copies';
import { checkCopyFile, checkLibraryIntegrity, type CopyCheck, type IntegrityReport } from './integrity';

/** What the check worker (check-worker.ts) is given. */
export interface CheckWorkerData {
  /** The live database, opened read-only and copied to `file` with SQLite's online backup API. */
  source: string;
  /** The copy to make (a new file), then switch to a rollback journal and check. */
  file: string;
}

/** What the check worker answers, over the workers' RPC (workers/rpc.ts): the copy's check. */
export type CheckMethods = {
  check: { params: CheckWorkerData; result: CopyCheck };
  /** Checks the live library file (integrity, foreign keys, schema) on a read-only connection. */
  checkLibrary: { params: { file: string }; result: IntegrityReport };
  /** A full backup's last steps on a checked copy: hash, zip, read back (`packBackupHere`). */
  pack: { params: PackData; result: PackResult; progress: BackupPhase };
};

export interface CopyOptions {
  /**
   * Starts the worker that will be asked to copy `data` (tests start a failing one, to see the work done
   * in this thread instead).
   */
  start?: (data: CheckWorkerData) => Worker;
  /** The database size from which the worker is used (`SMALL_DATABASE_BYTES` by default). */
  workerFrom?: number;
  /** Starts the worker that packs a full backup's copy (tests: a failing one); the check worker by default. */
  startPack?: () => Worker;
}

/**
 * Below this size the copy and its check hold the main thread for a few milliseconds only (about 7 ms
 * a megabyte), less than it takes to start a worker (a tenth of a second from source, through tsx): a
 * new library, and every test's.
 */
export const SMALL_DATABASE_BYTES = 1024 * 1024;

/** Starts the check worker; throws when this build has no worker entry to start. */
export function startCheckWorker(_data?: CheckWorkerData): Worker {
  // A bundle without the entry beside it (such as the fault tests' child process) would only start a
  // worker that fails to load: do the work in this thread straight away instead.
  if (!existsSync(join(__dirname, 'check-worker.js')) && !existsSync(join(__dirname, 'check-worker.ts')))
    throw new Error(`no check worker beside ${__dirname}`);
  return startWorker('check-worker', __dirname);
}

/**
 * The check worker, kept between backups and library checks (`KeptWorker`): ending a worker after each
 * call cost the main thread 15-85 ms as V8 unmapped its heap pages (the full backup's last stall over
 * 50 ms). Ended after a minute without a call, at a quiet moment; never keeps the process alive.
 */
export const keptCheckWorker = new KeptWorker<CheckMethods>(() => startCheckWorker(), {
  name: 'the check worker',
});

/**
 * Runs `work` with the kept check worker, or, when `start` is given (tests: a failing or fake worker),
 * with a worker of its own started by it and ended afterwards. Throws when the worker cannot start.
 */
export async function withCheckWorker<T>(
  start: (() => Worker) | undefined,
  work: (worker: WorkerClient<CheckMethods>) => Promise<T>,
): Promise<T> {
  if (!start) return keptCheckWorker.use(work);
  const worker = new WorkerClient<CheckMethods>(start, { name: 'the check worker' });
  try {
    return await work(worker);
  } finally {
    // Ended before this returns or rejects, so that it no longer writes a file made again here.
    await worker.close();
  }
}

/**
 * Copies the open database to `file` (a new temporary file) as a standalone copy in rollback-journal
 * mode and checks it (`checkCopy`: `quick_check`, `foreign_key_check`, row counts): all of it in a worker
 * thread, which reads the live database on a read-only connection of its own (WAL lets it read a
 * consistent snapshot while the app keeps writing). On a library of 50,000 articles that is about a
 * second of work, and the commit of the copy alone would hold the main thread for 150 ms.
 *
 * A small database (under `SMALL_DATABASE_BYTES`) is copied and checked in this thread instead, and so
 * is any database when the worker cannot start or ends without an answer: the copy in steps of a few
 * milliseconds (`copyInSteps`), then the check, which blocks. `checkedIn` says which happened.
 */
export async function copyAndCheck(
  db: Db,
  file: string,
  options: CopyOptions = {},
): Promise<CopyCheck & { checkedIn: 'worker' | 'main thread' }> {
  const bytes =
    (db.pragma('page_count', { simple: true }) as number) *
    (db.pragma('page_size', { simple: true }) as number);
  if (bytes >= (options.workerFrom ?? SMALL_DATABASE_BYTES) && existsSync(db.name)) {
    try {
      const data: CheckWorkerData = { source: db.name, file };
      return { ...(await inWorker(data, options.start)), checkedIn: 'worker' };
    } catch {
      // do it here
    }
  }
  for (const ext of ['', '-journal', '-wal', '-shm']) rmSync(`${file}${ext}`, { force: true });
  await copyInSteps(db, file);
  useRollbackJournal(file);
  return { ...checkCopyFile(file), checkedIn: 'main thread' };
}

/** The worker's check; rejects (once the worker has ended) when there is none. */
async function inWorker(data: CheckWorkerData, start: ((data: CheckWorkerData) => Worker) | undefined) {
  return withCheckWorker(start && (() => start(data)), async (worker) => {
    const check = await worker.call('check', data);
    if (typeof check?.ok !== 'boolean') throw new Error('the check worker answered something else');
    return check;
  });
}

/**
 * The library check (`checkLibraryIntegrity`: integrity, foreign keys, schema) in the check worker, on a
 * read-only connection of its own, so the 1.5 s it takes at 50,000 articles does not freeze the window. A
 * small library, or one whose worker cannot start or dies, is checked here.
 */
export async function checkLibraryInWorker(
  db: Db,
  options: { start?: () => Worker; workerFrom?: number } = {},
): Promise<IntegrityReport & { checkedIn: 'worker' | 'main thread' }> {
  const bytes =
    (db.pragma('page_count', { simple: true }) as number) *
    (db.pragma('page_size', { simple: true }) as number);
  if (bytes >= (options.workerFrom ?? SMALL_DATABASE_BYTES) && !db.memory && existsSync(db.name)) {
    try {
      const report = await withCheckWorker(options.start, (worker) =>
        worker.call('checkLibrary', { file: db.name }),
      );
      if (typeof report?.ok === 'boolean') return { ...report, checkedIn: 'worker' };
    } catch {
      // check here
    }
  }
  return { ...checkLibraryIntegrity(db), checkedIn: 'main thread' };
}
