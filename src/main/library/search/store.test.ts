import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { closeIndex, getMeta, openIndex, PAGE_SIZE, setMeta } from './store';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bulletin-index-store-'));
  dirs.push(dir);
  return dir;
}

describe('the index file', () => {
  it('is made with 16 KB pages', () => {
    const file = join(tempDir(), 'search-index.sqlite');
    const index = openIndex(file);
    try {
      expect(PAGE_SIZE).toBe(16_384);
      expect(index.pragma('page_size', { simple: true })).toBe(PAGE_SIZE);
      expect(index.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      closeIndex(index);
    }
  });

  it('made before with 4 KB pages opens as it is, and keeps what it holds', () => {
    const file = join(tempDir(), 'search-index.sqlite');
    const old = new Database(file);
    old.pragma('page_size = 4096');
    old.pragma('journal_mode = WAL');
    old.exec('CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
    old.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('state', 'ready');
    old.close();
    const index = openIndex(file);
    try {
      expect(index.pragma('page_size', { simple: true })).toBe(4096);
      expect(getMeta(index, 'state')).toBe('ready');
      setMeta(index, 'state', 'building');
      expect(getMeta(index, 'state')).toBe('building');
    } finally {
      closeIndex(index);
    }
  });
});
