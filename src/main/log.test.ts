import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadMainProcess, restorePlatform, type MainProcess } from '../../test/support/main-process';
import { createMainLog } from './log';

vi.mock('electron', async () => (await import('../../test/support/fake-electron')).fakeElectronModule());

let running: MainProcess | null = null;
afterEach(() => {
  running?.quit();
  running = null;
  restorePlatform();
});

/** electron-log writes asynchronously: wait until the file holds `text`. */
async function logged(file: string, text: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    if (existsSync(file) && readFileSync(file, 'utf8').includes(text)) return readFileSync(file, 'utf8');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

describe('the main-process log (issue 14)', () => {
  it('writes errors with their context and stack to userData/logs/main.log', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'bulletin-log-'));
    const log = createMainLog(userData);
    expect(log.file).toBe(join(userData, 'logs', 'main.log'));
    log.error('automatic backup', new Error('disk full'));
    const text = await logged(log.file, 'disk full');
    expect(text).toMatch(/\[error\] automatic backup: Error: disk full\n\s+at /);
  });

  it('keeps one older file when the log passes 1 MB', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'bulletin-log-'));
    const log = createMainLog(userData);
    for (let i = 0; i < 1200; i++) log.warn('filler', `${i} ${'x'.repeat(1000)}`);
    log.warn('last', 'after the rotation');
    await logged(log.file, 'after the rotation');
    expect(existsSync(join(userData, 'logs', 'main.old.log'))).toBe(true);
    expect(readFileSync(log.file).length).toBeLessThan(1024 * 1024);
  });

  it('writes what the process reports on the console too, until released', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'bulletin-log-'));
    const log = createMainLog(userData);
    const release = log.captureConsole();
    try {
      console.error('bulletin: an export failed', new Error('worker ran out of memory'));
    } finally {
      release();
    }
    console.error('after release: not in the file');
    const text = await logged(log.file, 'worker ran out of memory');
    expect(text).toMatch(/\[error\] bulletin: an export failed Error: worker ran out of memory\n\s+at /);
    expect(text).not.toContain('after release');
  });

  it('logs why the app could not start', async () => {
    running = await loadMainProcess();
    mkdirSync(join(running.libraryDir, 'library.sqlite'), { recursive: true });
    await running.ready();
    const file = join(running.libraryDir, '..', 'logs', 'main.log');
    expect(await logged(file, '[error] start:')).toMatch(/\[error\] start: .*library\.sqlite/);
    running = null;
  });
});
