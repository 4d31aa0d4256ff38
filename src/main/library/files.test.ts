import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/support/temp-library';
import { removeOwnTemps, writeFileAtomicWith } from './files';

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
