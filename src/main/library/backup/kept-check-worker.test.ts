import { spawn } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../db/connection';
import { DATABASE_FILE } from '../library';
import { sampleLibrary } from '../../../../test/support/sample-library';
import { tempDir } from '../../../../test/support/temp-library';
import { dumpTables } from '../../../../test/support/zip-files';
import { createBackup, DB_ENTRY, placeBackup, verifyBackup, type BackupPhase } from './archive';
import { backupIfDue } from './automatic';
import { checkLibraryInWorker, keptCheckWorker } from './check-client';
import { removeWorkerTemps } from './zip';
import type { RpcStop } from '../workers/rpc';

const NOW = new Date(2024, 4, 1, 9, 0, 0);

const opened: Db[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  await keptCheckWorker.end();
});

function sampleDb(): Db {
  const library = sampleLibrary({ now: () => NOW });
  library.close();
  const db = openDatabase(join(library.dir, DATABASE_FILE));
  opened.push(db);
  return db;
}

/** The database inside a `.bulletin` file, put in place in a new folder. */
async function restored(file: string): Promise<string> {
  const target = join(tempDir('bulletin-kept-restored-'), DATABASE_FILE);
  await placeBackup(file, target, { now: NOW });
  return target;
}

describe('the check worker kept between backups', () => {
  it('makes two full backups and a daily one in a row with one thread, each restoring the same data', async () => {
    const db = sampleDb();
    const tables = dumpTables(db.name);
    const dir = tempDir('bulletin-kept-');
    const first = await createBackup(db, join(dir, 'first.bulletin'), NOW, { workerFrom: 0 });
    const thread = keptCheckWorker.threadId;
    expect(thread).not.toBeNull();
    const second = await createBackup(db, join(dir, 'second.bulletin'), NOW, { workerFrom: 0 });
    expect(keptCheckWorker.threadId).toBe(thread);
    const daily = await backupIfDue(db, join(dir, 'backups'), {}, NOW, { workerFrom: 0 });
    expect(daily.created).toBeDefined();
    expect(keptCheckWorker.threadId).toBe(thread);
    // The same library copied twice by the same worker: the same bytes.
    expect(second.manifest.files[DB_ENTRY]).toEqual(first.manifest.files[DB_ENTRY]);
    for (const backup of [first, second]) {
      expect(await verifyBackup(backup.path)).toEqual(backup.manifest);
      expect(dumpTables(await restored(backup.path))).toEqual(tables);
    }
    // And the library check uses it too.
    expect(await checkLibraryInWorker(db, { workerFrom: 0 })).toMatchObject({
      ok: true,
      checkedIn: 'worker',
    });
    expect(keptCheckWorker.threadId).toBe(thread);
  });

  it('survives the worker dying halfway through the zip: the backup is made here, nothing partial is left', async () => {
    const db = sampleDb();
    const tables = dumpTables(db.name);
    const dir = tempDir('bulletin-kept-');
    const out = join(dir, 'library.bulletin');
    await createBackup(db, join(tempDir('bulletin-kept-'), 'warm.bulletin'), NOW, { workerFrom: 0 });
    const thread = keptCheckWorker.threadId;
    const phases: BackupPhase[] = [];
    const result = await createBackup(db, out, NOW, {
      workerFrom: 0,
      onPhase: (phase) => {
        phases.push(phase);
        // The worker is packing: make it exit with a code of its own as a crash would (not through the
        // client's close()), between two of its tasks. (`terminate()` here could land in a zlib stream's
        // set-up, where Node aborts the whole process: see `WorkerClient.close()`.)
        if (phase === 'zipping' && phases.filter((p) => p === 'zipping').length === 1)
          keptCheckWorker.thread?.postMessage({ stop: 7 } satisfies RpcStop);
      },
    });
    // Zipped twice: in the worker (stopped as it zipped, or a moment later), then again in this thread.
    expect(phases.filter((p) => p === 'zipping')).toHaveLength(2);
    expect(phases.slice(-2)).toEqual(['zipping', 'verifying']);
    expect(await verifyBackup(out)).toEqual(result.manifest);
    expect(dumpTables(await restored(out))).toEqual(tables);
    // The backup, and no temporary zip beside it; no copy left in the library's folder.
    expect(readdirSync(dir)).toEqual(['library.bulletin']);
    expect(readdirSync(dirname(db.name)).filter((n) => n.startsWith('.backup-'))).toEqual([]);
    // The dead worker is not kept: the next backup starts a fresh one.
    await createBackup(db, join(dir, 'next.bulletin'), NOW, { workerFrom: 0 });
    expect(keptCheckWorker.threadId).not.toBeNull();
    expect(keptCheckWorker.threadId).not.toBe(thread);
  });

  it('removes the temporary zips a dead worker left beside the backup, and nothing else', () => {
    const dir = tempDir('bulletin-kept-');
    const out = join(dir, 'library.bulletin');
    const names = [
      `library.bulletin.${process.pid}-${3 * 1_000_000 + 1}.tmp`, // thread 3's: removed
      `library.bulletin.${process.pid}-7.tmp`, // the main thread's (thread 0): kept
      `library.bulletin.${process.pid + 1}-${2_000_001}.tmp`, // another process's: kept
      `other.bulletin.${process.pid}-${3 * 1_000_000 + 2}.tmp`, // another backup's: kept
      'library.bulletin',
    ];
    for (const name of names) writeFileSync(join(dir, name), 'x');
    removeWorkerTemps(out);
    expect(readdirSync(dir).sort()).toEqual(names.slice(1).sort());
  });

  it('does not keep the process alive: a child that makes a backup exits by itself', async () => {
    const db = sampleDb();
    db.close();
    opened.length = 0;
    const dir = tempDir('bulletin-kept-child-');
    const out = join(dir, 'library.bulletin');
    const script = join(dir, 'child.ts');
    writeFileSync(
      script,
      [
        `import { openDatabase } from ${JSON.stringify(join(__dirname, '..', 'db', 'connection'))};`,
        `import { createBackup } from ${JSON.stringify(join(__dirname, 'archive'))};`,
        `import { keptCheckWorker } from ${JSON.stringify(join(__dirname, 'check-client'))};`,
        `const db = openDatabase(${JSON.stringify(db.name)});`,
        `void createBackup(db, ${JSON.stringify(out)}, new Date(), { workerFrom: 0 }).then((r) => {`,
        `  console.log('backup', r.path, keptCheckWorker.running ? 'worker kept' : 'no worker');`,
        `  db.close();`,
        `});`,
      ].join('\n'),
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => {
      // The worker's idle minute is far off: a child held by it would be killed here.
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolve(null);
      }, 30_000);
      child.on('exit', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    expect(output).toContain(`backup ${out} worker kept`);
    expect(code).toBe(0);
    await verifyBackup(out);
  }, 45_000);
});
