import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { batchFiles, batchPaths, combineReports, MAX_DROPPED_BYTES, prepareDroppedFiles } from './files';

const { t } = createI18n('en');
const onlyBytes = () => '';

describe('prepareDroppedFiles', () => {
  it('reads each file as base64', async () => {
    const prepared = await prepareDroppedFiles(
      [new File(['hi'], 'a.txt'), new File(['foo'], 'b.txt')],
      onlyBytes,
      t,
    );
    expect(prepared).toEqual({
      paths: [],
      files: [
        { name: 'a.txt', dataBase64: 'aGk=' },
        { name: 'b.txt', dataBase64: 'Zm9v' },
      ],
      failed: [],
    });
  });
  it('sends files on disk by path and reads only the others', async () => {
    const onDisk = new File(['never read'], 'quad.txt');
    const pasted = new File(['hi'], 'a.txt');
    const prepared = await prepareDroppedFiles(
      [onDisk, pasted],
      (file) => (file === onDisk ? '/home/me/quad.txt' : ''),
      t,
    );
    expect(prepared).toEqual({
      paths: ['/home/me/quad.txt'],
      files: [{ name: 'a.txt', dataBase64: 'aGk=' }],
      failed: [],
    });
  });
  it('does not refuse a big file that goes by path', async () => {
    const big = new File(['x'], 'big.pdf');
    Object.defineProperty(big, 'size', { value: MAX_DROPPED_BYTES + 1 });
    const prepared = await prepareDroppedFiles([big], () => '/data/big.pdf', t);
    expect(prepared).toEqual({ paths: ['/data/big.pdf'], files: [], failed: [] });
  });
  it('refuses a file over the limit without reading it', async () => {
    const big = new File(['x'], 'big.pdf');
    Object.defineProperty(big, 'size', { value: MAX_DROPPED_BYTES + 1 });
    const prepared = await prepareDroppedFiles([big], onlyBytes, t);
    expect(prepared.files).toEqual([]);
    expect(prepared.failed[0]?.error).toMatch(/big\.pdf is too large to import/);
  });
});

describe('batchPaths', () => {
  it('splits paths at the contract cap', () => {
    const paths = Array.from({ length: 2001 }, (_, i) => `/f/${i}.txt`);
    expect(batchPaths(paths).map((b) => b.length)).toEqual([1000, 1000, 1]);
  });
});

describe('batchFiles', () => {
  it('keeps small drops in one call', () => {
    expect(batchFiles([{ dataBase64: 'a' }, { dataBase64: 'b' }])).toHaveLength(1);
  });
  it('splits many files into several calls', () => {
    const files = Array.from({ length: 450 }, () => ({ dataBase64: 'x' }));
    expect(batchFiles(files).map((b) => b.length)).toEqual([200, 200, 50]);
  });
});

describe('combineReports', () => {
  it('adds up imported, duplicates and failures', () => {
    const combined = combineReports([
      { imported: [{ id: 1, title: 'A', path: 'a' }], duplicates: [], failed: [] },
      { imported: [], duplicates: [{ id: 1, path: 'a2' }], failed: [{ path: 'b', error: 'bad' }] },
    ]);
    expect(combined.imported).toHaveLength(1);
    expect(combined.duplicates).toHaveLength(1);
    expect(combined.failed).toHaveLength(1);
  });
  it('keeps updated articles, skipped records and warnings, and only when there are some', () => {
    const combined = combineReports([
      {
        imported: [],
        duplicates: [],
        failed: [],
        updated: [{ id: 2, title: 'B', path: 'b' }],
        skipped: [{ path: 'd.json', title: 'Login', reason: 'a navigation page' }],
      },
      { imported: [], duplicates: [], failed: [], warnings: [{ path: 'c', warning: 'flat' }] },
    ]);
    expect(combined.updated).toHaveLength(1);
    expect(combined.skipped).toHaveLength(1);
    expect(combined.warnings).toHaveLength(1);
    expect(combineReports([{ imported: [], duplicates: [], failed: [] }])).toEqual({
      imported: [],
      duplicates: [],
      failed: [],
    });
  });
});
