import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, Library } from '../library';
import { DB_ENTRY, MANIFEST_ENTRY } from './archive';
import { RESTORE_JOURNAL } from './restore-journal';
import { writeZip } from './zip';

const ROOT = resolve(__dirname, '../../../..');
const open: Library[] = [];
afterEach(() => {
  for (const library of open.splice(0)) library.close();
});

const temp = (): string => mkdtempSync(join(tmpdir(), 'bulletin-restore-'));

/** A real library with one imported article and one note per title given; closed, ready to back up. */
function libraryWith(titles: string[], dir = join(temp(), 'library')): string {
  const library = Library.open(dir);
  for (const title of titles) {
    const file = join(temp(), 'article.txt');
    writeFileSync(file, `${title}\n\nThe body of ${title}, a paragraph long enough to import.\n`);
    const id = library.importFiles([file]).imported[0]!.id;
    library.saveAnnotation(library.getArticle(id).blocks[0]!.id, { note: `note on ${title}` });
  }
  library.close();
  return dir;
}

function titlesOf(dir: string): string[] {
  const library = Library.open(dir);
  try {
    return library
      .listArticles()
      .map((a) => a.title)
      .sort();
  } finally {
    library.close();
  }
}

/** A `.bulletin` whose database is `dbFile` as it is (a backup made elsewhere, perhaps by an attacker). */
async function archiveOf(dbFile: string, out: string): Promise<string> {
  const bytes = readFileSync(dbFile);
  const { createHash } = await import('node:crypto');
  const manifest = {
    format: 'bulletin-backup',
    formatVersion: 1,
    app: { name: 'Bulletin', version: '0.1.0' },
    schemaVersion: bytes.subarray(0, 6).toString('latin1') === 'SQLite' ? bytes.readUInt32BE(60) : 1,
    createdAt: new Date().toISOString(),
    files: { [DB_ENTRY]: { size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') } },
  };
  await writeZip(out, [
    { name: MANIFEST_ENTRY, bytes: Buffer.from(JSON.stringify(manifest)) },
    { name: DB_ENTRY, bytes },
  ]);
  return out;
}

/** The library's database in rollback-journal mode, so that the file alone holds everything. */
function standalone(dir: string): string {
  const file = join(dir, DATABASE_FILE);
  const db = new Database(file);
  db.pragma('journal_mode = DELETE');
  db.close();
  return file;
}

describe('a backup is untrusted (issue 14 #2)', () => {
  it('refuses a backup whose database carries a trigger Bulletin did not make, and check finds one', async () => {
    const source = libraryWith(['Hostile source']);
    const file = standalone(source);
    const db = new Database(file);
    db.exec(`CREATE TRIGGER wipe_notes AFTER INSERT ON annotations
               BEGIN DELETE FROM annotations WHERE id <> NEW.id; END;`);
    db.close();
    const hostile = await archiveOf(file, join(temp(), 'hostile.bulletin'));

    const target = libraryWith(['Mine']);
    await expect(Library.restore(hostile, target, { replace: true })).rejects.toThrow(
      /hostile\.bulletin holds a database that was changed outside Bulletin \(trigger “wipe_notes” is not one Bulletin makes\); it was not restored/,
    );
    expect(titlesOf(target)).toEqual(['Mine']);
    expect(readdirSync(target).filter((n) => n.startsWith('.restore'))).toEqual([]);

    // The same file opened as a library: `check` says what is wrong instead of "ok".
    const library = Library.open(source);
    open.push(library);
    expect(library.checkIntegrity()).toEqual({
      ok: false,
      problems: ['trigger “wipe_notes” is not one Bulletin makes'],
    });
  });

  it('opens every database with trusted_schema off', () => {
    const library = Library.open(join(temp(), 'library'));
    open.push(library);
    const db = new Database(join(library.dir, DATABASE_FILE));
    // A new connection says what SQLite does by default; ours must differ.
    expect(db.pragma('trusted_schema', { simple: true })).toBe(1);
    db.close();
    const pragma = (library as unknown as { db: Database.Database }).db.pragma('trusted_schema', {
      simple: true,
    });
    expect(pragma).toBe(0);
  });

  it('looks at the SQLite header before inflating anything', async () => {
    const notSqlite = join(temp(), 'fake.sqlite');
    writeFileSync(notSqlite, randomBytes(2 * 1024 * 1024)); // incompressible: no zip-bomb ratio to trip on
    const fake = await archiveOf(notSqlite, join(temp(), 'fake.bulletin'));
    const target = join(temp(), 'library');
    await expect(Library.restore(fake, target)).rejects.toThrow(
      /fake\.bulletin cannot be restored: its database is not a SQLite database/,
    );
    expect(readdirSync(target).filter((n) => n !== 'backups')).toEqual([]);

    // A real header whose page count does not match the manifest's size.
    const real = standalone(libraryWith(['Sized']));
    const bytes = readFileSync(real);
    const padded = join(temp(), 'padded.sqlite');
    writeFileSync(padded, Buffer.concat([bytes, Buffer.alloc(bytes.length * 3)]));
    const lying = await archiveOf(padded, join(temp(), 'lying.bulletin'));
    await expect(Library.restore(lying, join(temp(), 'library'))).rejects.toThrow(
      new RegExp(`lying\\.bulletin cannot be restored: its database says it holds ${bytes.length} bytes`),
    );
  });
});

describe('a crash during restore loses nothing from view (issue 14 #3)', () => {
  const cases = [
    { step: 'checked', outcome: undefined, titles: ['Old library'] },
    { step: 'journaled', outcome: 'rolled-back', titles: ['Old library'] },
    { step: 'moved-aside', outcome: 'finished', titles: ['From the backup'] },
    { step: 'placed', outcome: 'finished', titles: ['From the backup'] },
  ] as const;

  it.each(cases)('SIGKILL after “$step”: the next start says $outcome', async ({ step, outcome, titles }) => {
    const backupSource = libraryWith(['From the backup']);
    const backupLibrary = Library.open(backupSource);
    const backup = join(temp(), 'good.bulletin');
    await backupLibrary.backupTo(backup);
    backupLibrary.close();

    const dir = libraryWith(['Old library']);
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'test/support/restore-child.ts'), backup, dir, step],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(child.signal, child.stderr).toBe('SIGKILL');

    const { library, report } = await Library.openChecked(dir);
    open.push(library);
    expect(report.interruptedRestore?.outcome).toBe(outcome);
    if (outcome) expect(report.message).toContain('good.bulletin');
    expect(
      library
        .listArticles()
        .map((a) => a.title)
        .sort(),
    ).toEqual(titles);
    expect(existsSync(join(dir, RESTORE_JOURNAL))).toBe(false);
    expect(readdirSync(dir).filter((n) => n.startsWith('.restore'))).toEqual([]);
    // The library from before is never deleted once the swap began.
    if (outcome === 'finished') {
      const kept = readdirSync(dir).find((n) => n.startsWith(`${DATABASE_FILE}.before-restore-`));
      expect(kept && statSync(join(dir, kept)).size).toBeGreaterThan(0);
    }
  });
});
