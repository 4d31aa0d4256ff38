import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { smokeRun } from '../../scripts/smoke-packaged.mts';

const BETTER_SQLITE3 = createRequire(__filename).resolve('better-sqlite3');
const dirs: string[] = [];

/** A stand-in for the packaged app: a Node script that writes `rows` articles into BULLETIN_LIBRARY, then `then`. */
function fakeApp(rows: number, then: 'stay' | 'crash'): { script: string; libraryDir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bulletin-smoke-test-'));
  dirs.push(dir);
  const script = join(dir, 'app.cjs');
  writeFileSync(
    script,
    `const Database = require(${JSON.stringify(BETTER_SQLITE3)});
const { join } = require('node:path');
setTimeout(() => {
  const db = new Database(join(process.env.BULLETIN_LIBRARY, 'library.sqlite'));
  db.exec('CREATE TABLE articles (id INTEGER PRIMARY KEY)');
  for (let i = 0; i < ${rows}; i++) db.exec('INSERT INTO articles DEFAULT VALUES');
  db.close();
  ${then === 'crash' ? "console.error('boom: no window'); process.exit(3);" : 'setInterval(() => {}, 1000);'}
}, 200);
`,
  );
  const libraryDir = join(dir, 'library');
  mkdirSync(libraryDir);
  return { script, libraryDir };
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('smokeRun', () => {
  it('resolves with the article count once the library is seeded, and stops the app', async () => {
    const { script, libraryDir } = fakeApp(4, 'stay');
    await expect(
      smokeRun({ command: process.execPath, args: [script], libraryDir, expectedArticles: 4 }),
    ).resolves.toBe(4);
  });

  it('says when the app exits before seeding, with what it printed', async () => {
    const { script, libraryDir } = fakeApp(0, 'crash');
    await expect(
      smokeRun({ command: process.execPath, args: [script], libraryDir, expectedArticles: 4 }),
    ).rejects.toThrow(/exited \(code 3\) before seeding the library \(0 articles\)\.\nboom: no window/);
  });

  it('gives up after the timeout with how far the seeding got', async () => {
    const { script, libraryDir } = fakeApp(1, 'stay');
    await expect(
      smokeRun({
        command: process.execPath,
        args: [script],
        libraryDir,
        expectedArticles: 4,
        timeoutMs: 1500,
      }),
    ).rejects.toThrow(/had 1 of 4 articles after 1500 ms/);
  });
});
