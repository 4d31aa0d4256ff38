import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import * as yazl from 'yazl';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, Library } from '../library';
import { LATEST_VERSION } from '../db/migrations';
import { LibraryError } from '../errors';
import { sampleLibrary } from '../../../../test/support/sample-library';
import { tempDir } from '../../../../test/support/temp-library';
import { DB_ENTRY, MANIFEST_ENTRY, verifyBackup } from './archive';
import { dumpTables, zipEntryNames } from '../../../../test/support/zip-files';

const NOW = new Date(2024, 4, 1, 9, 0, 0);

/** Review history, written as the notes module stores it (no Library call for it yet). */
function addReviewHistory(dir: string): void {
  const db = new Database(join(dir, DATABASE_FILE));
  try {
    const has = db.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'review_log'`).get();
    if (!has) throw new Error('the schema has no review history tables');
    const note = db.prepare('SELECT id FROM annotations ORDER BY id LIMIT 1').get() as { id: number };
    const card = db
      .prepare(
        `INSERT INTO review_cards (annotation_id, state, due, stability, difficulty, reps, last_review, created_at)
         VALUES (?, 2, '2024-05-03T00:00:00Z', 4.5, 5.1, 2, '2024-04-30T08:00:00Z', '2024-04-28T08:00:00Z')`,
      )
      .run(note.id).lastInsertRowid;
    const log = db.prepare(
      `INSERT INTO review_log (card_id, grade, state, due, stability, difficulty, scheduled_days, learning_steps, reviewed_at)
       VALUES (?, ?, 1, '2024-04-29T00:00:00Z', 2.3, 5, 1, 0, ?)`,
    );
    log.run(card, 'good', '2024-04-29T08:00:00Z');
    log.run(card, 'hard', '2024-04-30T08:00:00Z');
  } finally {
    db.close();
  }
}

async function backedUp(): Promise<{ dir: string; file: string; tables: Record<string, unknown[]> }> {
  const sample = sampleLibrary({ now: () => NOW });
  const dir = sample.dir;
  sample.close();
  addReviewHistory(dir);
  const library = Library.open(dir, { now: () => NOW });
  const file = join(tempDir('bulletin-backups-'), 'library.bulletin');
  await library.backupTo(file);
  library.close();
  return { dir, file, tables: dumpTables(join(dir, DATABASE_FILE)) };
}

function sha(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

async function zipOf(file: string, entries: Array<[string, Buffer]>): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [name, bytes] of entries) zip.addBuffer(bytes, name);
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(file));
}

async function restoreError(file: string, dir = tempDir(), replace = false): Promise<LibraryError> {
  const error = await Library.restore(file, dir, { replace }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(LibraryError);
  return error as LibraryError;
}

describe('full backup and restore', () => {
  it('round-trips articles, user tags, notes and every other table row by row into an empty library', async () => {
    const { file, tables } = await backedUp();
    expect(tables.articles).toHaveLength(5);
    expect(tables.annotations).toHaveLength(14);
    expect(
      (tables.article_tags as Array<{ origin: string }>).filter((t) => t.origin === 'user'),
    ).toHaveLength(5);
    expect(tables.review_cards).toHaveLength(1);
    expect(tables.review_log).toHaveLength(2);

    expect((await zipEntryNames(file)).sort()).toEqual([DB_ENTRY, MANIFEST_ENTRY]);
    const manifest = await verifyBackup(file);
    expect(manifest).toMatchObject({
      format: 'bulletin-backup',
      formatVersion: 1,
      app: { name: 'Bulletin' },
      schemaVersion: LATEST_VERSION,
      createdAt: NOW.toISOString(),
      counts: { articles: 5, annotations: 14 },
    });

    const target = tempDir('bulletin-restored-');
    const result = await Library.restore(file, target);
    expect(result.schemaVersion).toBe(LATEST_VERSION);
    expect(result.previous).toBeUndefined();
    const restored = dumpTables(join(target, DATABASE_FILE));
    expect(Object.keys(restored)).toEqual(Object.keys(tables));
    // The search settings keep track of a derived index file that a restored library rebuilds (D14); the
    // rest, every user table and setting, is equal.
    const userData = (t: Record<string, unknown[]>) => ({
      ...t,
      settings: (t.settings as Array<{ key: string }>).filter((s) => !s.key.startsWith('search_')),
    });
    expect(userData(restored)).toEqual(userData(tables));
    for (const name of Object.keys(tables))
      if (name !== 'settings') expect(restored[name], name).toEqual(tables[name]);

    const reopened = Library.open(target);
    expect(reopened.checkIntegrity()).toEqual({ ok: true, problems: [] });
    expect(reopened.listNotes()).toHaveLength(14);
    reopened.close();
  });

  it('leaves no copy of the database behind in the library folder once the backup is written', async () => {
    const sample = sampleLibrary({ now: () => NOW });
    const before = readdirSync(sample.dir).sort();
    await sample.backupTo(join(tempDir('bulletin-backups-'), 'library.bulletin'));
    // The copy is removed off the main thread, but before `backupTo` resolves.
    expect(readdirSync(sample.dir).sort()).toEqual(before);
    sample.close();
  });

  it('refuses a library that is not empty unless told to replace it, and then keeps the old one beside it', async () => {
    const { file } = await backedUp();
    const other = sampleLibrary();
    const dir = other.dir;
    other.close();
    const before = dumpTables(join(dir, DATABASE_FILE));
    expect((await restoreError(file, dir)).message).toMatch(/is not empty.*--replace/);
    expect(dumpTables(join(dir, DATABASE_FILE))).toEqual(before);

    const result = await Library.restore(file, dir, { replace: true });
    expect(result.previous).toMatch(/library\.sqlite\.before-restore-\d{4}-\d\d-\d\d_\d\d-\d\d-\d\d$/);
    expect(dumpTables(result.previous!)).toEqual(before);
  });

  it('restores into a fresh (empty) library without asking', async () => {
    const { file } = await backedUp();
    const fresh = Library.open(tempDir());
    const dir = fresh.dir;
    fresh.close();
    const result = await Library.restore(file, dir);
    expect(result.previous).toBeUndefined();
    expect(dumpTables(join(dir, DATABASE_FILE)).articles).toHaveLength(5);
  });

  it('quarantines a stale -wal and -shm before putting the restored database in place', async () => {
    const { file, tables } = await backedUp();
    const dir = tempDir();
    // A WAL from another database, full of committed frames, would be replayed onto the restored one.
    const foreign = Library.open(tempDir());
    foreign.importFiles([
      join(__dirname, '..', 'export', 'fixtures', '2022-01-10-data-protection-hindi.txt'),
    ]);
    const walSource = join(foreign.dir, `${DATABASE_FILE}-wal`);
    expect(existsSync(walSource)).toBe(true);
    copyFileSync(walSource, join(dir, `${DATABASE_FILE}-wal`));
    foreign.close();
    await Library.restore(file, dir);
    expect(readdirSync(dir).some((n) => /^library\.sqlite\.stale-.*-wal$/.test(n))).toBe(true);
    const restored = dumpTables(join(dir, DATABASE_FILE));
    expect(restored.articles).toEqual(tables.articles);
    const db = new Database(join(dir, DATABASE_FILE));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('migrates a backup made by an older version, after a pre-migration backup', async () => {
    // A version-1 library, as the first release wrote it.
    const dir = tempDir();
    const old = new Database(join(dir, 'old.sqlite'));
    const { initial } = await import('../db/migrations/001-initial');
    initial.up(old);
    old.pragma('user_version = 1');
    old.exec(`INSERT INTO articles (id, title, date, content_hash, imported_at) VALUES (1, 'Old article', '2021-05-01', 'h', '2021-05-01T00:00:00Z');
              INSERT INTO blocks (id, article_id, position, kind, text) VALUES (1, 1, 0, 'bullet', 'An old bullet');
              INSERT INTO annotations (article_id, block_id, note, quote, created_at, updated_at) VALUES (1, 1, 'old note', 'An old bullet', 'x', 'x');`);
    old.close();
    const oldLibrary = new Database(join(dir, 'old.sqlite'));
    const file = join(dir, 'old.bulletin');
    const { createBackup } = await import('./archive');
    await createBackup(oldLibrary, file, NOW);
    oldLibrary.close();

    const target = tempDir();
    const result = await Library.restore(file, target, { now: () => NOW });
    expect(result.manifest.schemaVersion).toBe(1);
    expect(result.schemaVersion).toBe(LATEST_VERSION);
    const reopened = Library.open(target);
    expect(reopened.listNotes().map((n) => n.note)).toEqual(['old note']);
    reopened.close();
    const pre = readdirSync(join(target, 'backups', 'pre-migration'));
    expect(pre).toEqual([`library-2024-05-01_09-00-00-v1-before-v${LATEST_VERSION}.sqlite`]);
  });

  it('refuses a backup from a newer version, leaving the library as it was', async () => {
    const library = sampleLibrary();
    const target = library.dir;
    library.close();
    const before = dumpTables(join(target, DATABASE_FILE));
    const dir = tempDir();
    const db = new Database(join(dir, 'new.sqlite'));
    db.exec('CREATE TABLE t (x)');
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    const file = join(dir, 'new.bulletin');
    const { createBackup } = await import('./archive');
    await createBackup(db, file, NOW);
    db.close();
    const error = await restoreError(file, target, true);
    expect(error.reason).toBe('newer-version');
    expect(error.message).toMatch(/newer version of Bulletin.*Please update/);
    expect(dumpTables(join(target, DATABASE_FILE))).toEqual(before);
  });

  it('refuses damaged and hostile archives with a clear message', async () => {
    const { file } = await backedUp();
    const dir = tempDir();

    // A flipped byte inside the compressed database.
    const bytes = readFileSync(file);
    const flipped = Buffer.from(bytes);
    flipped[Math.floor(bytes.length / 2)]! ^= 0xff;
    writeFileSync(join(dir, 'flipped.bulletin'), flipped);
    expect((await restoreError(join(dir, 'flipped.bulletin'))).reason).toBe('damaged');

    // A database that does not match the manifest's checksum.
    const manifest = JSON.parse(JSON.stringify(await verifyBackup(file)));
    const realDb = await (async () => {
      const { openZip } = await import('./zip');
      const zip = await openZip(file, [DB_ENTRY, MANIFEST_ENTRY]);
      try {
        return await zip.read(DB_ENTRY, 1e9);
      } finally {
        zip.close();
      }
    })();
    const tampered = Buffer.from(realDb);
    tampered[200]! ^= 1;
    await zipOf(join(dir, 'tampered.bulletin'), [
      [MANIFEST_ENTRY, Buffer.from(JSON.stringify(manifest))],
      [DB_ENTRY, tampered],
    ]);
    expect((await restoreError(join(dir, 'tampered.bulletin'))).message).toMatch(
      /does not match its checksum/,
    );

    // Zip-slip, unexpected entries, duplicates, too many entries, a bomb and something that is no zip at all.
    const manifestBytes = Buffer.from(JSON.stringify(manifest));
    // yazl refuses to write `../` names, so write a placeholder of the same length and patch it in.
    await zipOf(join(dir, 'slip.bulletin'), [
      [MANIFEST_ENTRY, manifestBytes],
      ['AAAAAAAAAAAAAAAAA', realDb],
    ]);
    const slip = readFileSync(join(dir, 'slip.bulletin'));
    writeFileSync(
      join(dir, 'slip.bulletin'),
      Buffer.from(slip.toString('latin1').replaceAll('AAAAAAAAAAAAAAAAA', '../../evil.sqlite'), 'latin1'),
    );
    expect((await restoreError(join(dir, 'slip.bulletin'))).message).toMatch(/cannot be restored/);
    await zipOf(join(dir, 'extra.bulletin'), [
      [MANIFEST_ENTRY, manifestBytes],
      [DB_ENTRY, realDb],
      ['run-me.sh', Buffer.from('echo')],
    ]);
    expect((await restoreError(join(dir, 'extra.bulletin'))).message).toMatch(
      /unexpected entry “run-me\.sh”/,
    );
    await zipOf(join(dir, 'twice.bulletin'), [
      [MANIFEST_ENTRY, manifestBytes],
      [DB_ENTRY, realDb],
      [DB_ENTRY, realDb],
    ]);
    expect((await restoreError(join(dir, 'twice.bulletin'))).message).toMatch(/appears twice/);
    await zipOf(
      join(dir, 'many.bulletin'),
      Array.from({ length: 20 }, (_, i): [string, Buffer] => [`f${i}`, Buffer.from('x')]),
    );
    expect((await restoreError(join(dir, 'many.bulletin'))).message).toMatch(/has 20 entries/);
    await zipOf(join(dir, 'bomb.bulletin'), [
      [MANIFEST_ENTRY, manifestBytes],
      [DB_ENTRY, Buffer.alloc(64 * 1024 ** 2)],
    ]);
    expect((await restoreError(join(dir, 'bomb.bulletin'))).message).toMatch(/zip bomb/);
    writeFileSync(join(dir, 'text.bulletin'), 'not a zip');
    expect((await restoreError(join(dir, 'text.bulletin'))).message).toMatch(/not a readable zip/);
    expect((await restoreError(join(dir, 'missing.bulletin'))).reason).toBe('not-found');
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('says so clearly when a backup cannot be written, leaving nothing behind', async () => {
    const { dir } = await backedUp();
    const library = Library.open(dir);
    try {
      const full = await library.backupTo('/dev/full').catch((e: unknown) => e as Error);
      expect((full as Error).message).toBe('Could not write the backup /dev/full: the disk is full.');
      expect(lstatSync('/dev/full').isCharacterDevice()).toBe(true);
      const missing = await library
        .backupTo(join(dir, 'nope', 'x.bulletin'))
        .catch((e: unknown) => e as Error);
      expect((missing as Error).message).toMatch(/the folder does not exist/);
      const folder = join(tempDir(), 'a-folder.bulletin');
      mkdirSync(folder);
      expect(((await library.backupTo(folder).catch((e: unknown) => e)) as Error).message).toMatch(
        /is a folder/,
      );
      expect(readdirSync(dir).filter((n) => n.startsWith('.backup'))).toEqual([]);
      const out = join(tempDir(), 'keep.bulletin');
      await library.backupTo(out);
      const first = sha(out);
      await library.backupTo(out);
      expect(sha(out)).not.toBe(first); // a new, complete, verified backup replaced it (its time differs)
      await verifyBackup(out);
    } finally {
      library.close();
    }
  });
});

describe('a full backup as a job', () => {
  it('goes through its phases, refuses a second one meanwhile, and keeps its result', async () => {
    const library = sampleLibrary({ now: () => NOW });
    try {
      const file = join(tempDir('bulletin-backups-'), 'job.bulletin');
      const job = library.backups.startBackup(file);
      expect(() => library.backups.startBackup(`${file}.2`)).toThrow('A backup is already running');
      const result = await job.result;
      expect(result.path).toBe(file);
      expect(library.backups.backupStatus()).toMatchObject({
        id: job.id,
        running: false,
        progress: { phase: 'verifying' },
        result: { path: file },
        error: null,
      });
      await verifyBackup(file);
    } finally {
      library.close();
    }
  });
});
