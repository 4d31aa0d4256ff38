import Database from 'better-sqlite3';
import { openZip } from '../../src/main/library/backup/zip';

/** Reads one entry of a zip (a DOCX, a backup) as UTF-8 text, through the same checked reader as restore. */
export async function readZipText(file: string, name: string): Promise<string> {
  const names = await zipEntryNames(file);
  const zip = await openZip(file, names, {
    maxEntries: 1000,
    maxEntryBytes: 1e8,
    maxTotalBytes: 1e9,
    maxRatio: 1e6,
  });
  try {
    return (await zip.read(name, 1e8)).toString('utf8');
  } finally {
    zip.close();
  }
}

/** The names in a zip's central directory. */
export async function zipEntryNames(file: string): Promise<string[]> {
  const yauzl = await import('yauzl');
  return new Promise((resolve, reject) => {
    const names: string[] = [];
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      zip.on('entry', (e: { fileName: string }) => {
        names.push(e.fileName);
        zip.readEntry();
      });
      zip.on('end', () => resolve(names));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** Every row of every table of a database, table by table, in rowid (or primary key) order. */
export function dumpTables(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
      )
      .all() as Array<{ name: string }>;
    const out: Record<string, unknown[]> = {};
    for (const { name } of tables) {
      const quoted = `"${name.replace(/"/g, '""')}"`;
      let rows: unknown[];
      try {
        rows = db.prepare(`SELECT * FROM ${quoted} ORDER BY rowid`).all();
      } catch {
        rows = db.prepare(`SELECT * FROM ${quoted} ORDER BY 1, 2`).all(); // WITHOUT ROWID or virtual tables
      }
      out[name] = rows;
    }
    return out;
  } finally {
    db.close();
  }
}
