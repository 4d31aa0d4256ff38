import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/support/temp-library';
import { removeOwnTemps, writeFileAtomicWith, writeFilesStaged } from './files';

describe('writeFileAtomicWith', () => {
  it('writes a file from pieces, text as UTF-8 and bytes as they are, past the write buffer', () => {
    const dir = tempDir('bulletin-files-');
    const path = join(dir, 'notes.md');
    const line = `${'मुद्रास्फीति inflation '.repeat(20)}\n`;
    const count = writeFileAtomicWith(path, (write) => {
      for (let i = 0; i < 5_000; i++) write(line); // some 1.2 MB: more than one write to the file
      write(new Uint8Array([0x41, 0x0a]));
      return 5_001;
    });
    expect(count).toBe(5_001);
    expect(readFileSync(path, 'utf8')).toBe(`${line.repeat(5_000)}A\n`);
    expect(readdirSync(dir)).toEqual(['notes.md']);
  });

  it('leaves the old file untouched and no temporary file when the pieces stop with an error', () => {
    const dir = tempDir('bulletin-files-');
    const path = join(dir, 'export.csv');
    writeFileSync(path, 'the old export\n');
    expect(() =>
      writeFileAtomicWith(path, (write) => {
        write('x'.repeat(2 << 20));
        throw new Error('the library could not be read');
      }),
    ).toThrow('the library could not be read');
    expect(readFileSync(path, 'utf8')).toBe('the old export\n');
    expect(readdirSync(dir)).toEqual(['export.csv']);
  });
});

describe('removeOwnTemps', () => {
  it("removes this process's temporary files of a target, beside it or inside its folder, and nothing else", () => {
    const dir = tempDir('bulletin-files-');
    const own = (name: string, n: number) => `${name}.${process.pid}-${n}.tmp`;
    const other = (name: string) => `${name}.${process.pid + 1}-1.tmp`;
    for (const name of ['a.csv', own('a.csv', 3), other('a.csv'), own('b.csv', 1), 'notes.tmp'])
      writeFileSync(join(dir, name), '');
    expect(removeOwnTemps(join(dir, 'a.csv'))).toEqual([join(dir, own('a.csv', 3))]);
    expect(readdirSync(dir).sort()).toEqual(['a.csv', other('a.csv'), own('b.csv', 1), 'notes.tmp'].sort());

    const folder = join(dir, 'vault');
    mkdirSync(folder);
    for (const name of ['2024-01-01 One.md', own('2024-01-02 Two.md', 7), other('x.md')])
      writeFileSync(join(folder, name), '');
    expect(removeOwnTemps(folder)).toEqual([join(folder, own('2024-01-02 Two.md', 7))]);
    expect(existsSync(join(folder, '2024-01-01 One.md'))).toBe(true);
    expect(removeOwnTemps(join(dir, 'missing', 'c.csv'))).toEqual([]);
  });
});

describe('writeFilesStaged', () => {
  it('moves every file into the folder once all are written, replacing those of the same name only', () => {
    const vault = join(tempDir('bulletin-files-'), 'vault');
    mkdirSync(vault);
    writeFileSync(join(vault, 'mine.md'), 'a note of my own');
    writeFileSync(join(vault, 'One.md'), 'the last export');
    const seen: string[][] = [];
    const paths = writeFilesStaged(vault, (write) => {
      write('One.md', 'one');
      seen.push(readdirSync(vault).filter((name) => !name.startsWith('.')));
      write('Two.md', new Uint8Array([0x74, 0x77, 0x6f]));
    });
    expect(paths).toEqual([join(vault, 'One.md'), join(vault, 'Two.md')]);
    // While writing, the folder still held only what was there before.
    expect(seen[0]!.sort()).toEqual(['One.md', 'mine.md']);
    expect(readFileSync(join(vault, 'One.md'), 'utf8')).toBe('one');
    expect(readFileSync(join(vault, 'Two.md'), 'utf8')).toBe('two');
    expect(readdirSync(vault).sort()).toEqual(['One.md', 'Two.md', 'mine.md']);
  });

  it('leaves the folder as it was when the writing stops halfway', () => {
    const vault = tempDir('bulletin-files-');
    writeFileSync(join(vault, 'One.md'), 'the last export');
    expect(() =>
      writeFilesStaged(vault, (write) => {
        write('One.md', 'new');
        write('Two.md', 'two');
        throw new Error('the library could not be read');
      }),
    ).toThrow('the library could not be read');
    expect(readdirSync(vault)).toEqual(['One.md']);
    expect(readFileSync(join(vault, 'One.md'), 'utf8')).toBe('the last export');
  });

  it("removes a stopped writer's staging folder: its own process's now, a dead process's at the next write", () => {
    const vault = tempDir('bulletin-files-');
    const own = join(vault, `.bulletin-staging.${process.pid}-41.tmp`);
    const dead = join(vault, '.bulletin-staging.999999999-1.tmp');
    for (const staging of [own, dead]) {
      mkdirSync(staging);
      writeFileSync(join(staging, 'Half.md'), 'half');
    }
    expect(removeOwnTemps(vault)).toEqual([own]);
    writeFilesStaged(vault, (write) => write('One.md', 'one'));
    expect(readdirSync(vault)).toEqual(['One.md']);
  });
});
