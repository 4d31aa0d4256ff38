import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../shared/contract';
import { createHandlers, invokeChannel, type Dialogs } from './ipc-handlers';
import { IMPORT_FIXTURES, tempDir, tempLibrary } from '../../test/support/temp-library';

type Handlers = ReturnType<typeof createHandlers>;
type Report = ChannelOutput<'importDumpWithMap'>;
type Preview = ChannelOutput<'previewDump'>;

function setup(answers: { open?: string[]; folder?: string } = {}) {
  const library = tempLibrary();
  const dialogs: Dialogs = {
    chooseFilesToImport: async () => answers.open ?? null,
    chooseFolderToImport: async () => answers.folder ?? null,
    chooseExportPath: async () => null,
  };
  return { library, handlers: createHandlers({ library, dialogs }) };
}

async function call<T>(handlers: Handlers, channel: string, input: unknown): Promise<T> {
  const reply = await invokeChannel(handlers, channel, input);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as T;
}

function dumpCopy(name = 'unmapped-news.csv', as = 'news.csv'): { dir: string; path: string } {
  const dir = tempDir();
  const path = join(dir, as);
  copyFileSync(join(IMPORT_FIXTURES, name), path);
  return { dir, path };
}

const MAP = { title: 'Topic Name', body: 'Story', date: 'Published On', tags: 'Labels', url: 'Source Link' };

describe('mapping the fields of a data dump over IPC', () => {
  it('the report names the fields; preview and import with a map work on the reported file only', async () => {
    const { path } = dumpCopy();
    const { handlers, library } = setup({ open: [path] });

    // Nothing reported yet: the path was not picked by the user.
    const early = await invokeChannel(handlers, 'previewDump', { path });
    expect(early).toEqual({ ok: false, error: 'Only files named in an import report can be mapped.' });

    const report = await call<Report>(handlers, 'importWithDialog', {});
    expect(report.failed).toEqual([
      {
        path,
        error: expect.stringContaining('no title or body field recognised'),
        kind: 'unmapped-fields',
        fields: ['Topic Name', 'Story', 'Published On', 'Labels', 'Source Link'],
      },
    ]);

    const first = await call<Preview>(handlers, 'previewDump', { path });
    expect(first.fields.map((f) => [f.name, f.sample.slice(0, 20)])).toEqual([
      ['Topic Name', 'Monsoon Session of P'],
      ['Story', 'The Monsoon Session '],
      ['Published On', '22 July 2024'],
      ['Labels', 'Polity; GS Paper 2'],
      ['Source Link', 'https://example.org/'],
    ]);
    expect(first.map).toEqual(MAP);
    const changed = await call<Preview>(handlers, 'previewDump', {
      path,
      map: { ...MAP, date: '', url: '' },
    });
    expect(changed.articles.map((a) => [a.title, a.date])).toEqual([
      ['Monsoon Session of Parliament', null],
      ['Green Hydrogen Mission', null],
      ['Ramsar Sites Added', null],
    ]);

    const mapped = await call<Report>(handlers, 'importDumpWithMap', { path, map: MAP });
    expect(mapped.imported.map((a) => a.title)).toEqual([
      'Monsoon Session of Parliament',
      'Green Hydrogen Mission',
      'Ramsar Sites Added',
    ]);
    // Still reported (the summary keeps it): it can be shown in the file manager and mapped again.
    expect((await invokeChannel(handlers, 'previewDump', { path })).ok).toBe(true);
    expect(library.listArticles({ from: '2024-07-22', to: '2024-07-22' }).map((a) => a.title)).toEqual([
      'Monsoon Session of Parliament',
    ]);
  });

  it('validates its input: a map holds the known roles only, field names and paths are bounded', async () => {
    const { path } = dumpCopy();
    const { handlers } = setup({ open: [path] });
    await call<Report>(handlers, 'importWithDialog', {});
    const bad = [
      { path, map: { heading: 'Topic Name' } },
      { path, map: { body: 42 } },
      { path, map: { body: 'x'.repeat(501) } },
      { path: '', map: MAP },
      { path: 'x'.repeat(4_097), map: MAP },
      { map: MAP },
    ];
    for (const input of bad) {
      const reply = await invokeChannel(handlers, 'importDumpWithMap', input);
      expect(reply.ok, JSON.stringify(input).slice(0, 80)).toBe(false);
    }
    const other = dumpCopy('unmapped-news.json', 'other.json').path;
    expect(await invokeChannel(handlers, 'importDumpWithMap', { path: other, map: MAP })).toEqual({
      ok: false,
      error: 'Only files named in an import report can be mapped.',
    });
  });

  it('a folder import reports unmapped dumps with their fields too, and uses a remembered mapping', async () => {
    const { dir, path } = dumpCopy();
    mkdirSync(join(dir, 'later'));
    copyFileSync(join(IMPORT_FIXTURES, 'unmapped-news.jsonl'), join(dir, 'later', 'topics.jsonl'));
    const { handlers } = setup({ open: [path], folder: dir });
    await call<Report>(handlers, 'importWithDialog', {});
    await call<Report>(handlers, 'importDumpWithMap', { path, map: MAP });

    const { jobId } = await call<{ jobId: number }>(handlers, 'importFolderWithDialog', {});
    let status: ChannelOutput<'importProgress'>;
    for (;;) {
      status = await call(handlers, 'importProgress', { jobId });
      if (!status.running) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const report = status.report!;
    // news.csv: same fields as the mapped one, so imported with that mapping (already in the library).
    expect(report.duplicates.map((d) => d.path)).toEqual([path, path, path]);
    expect(report.failed).toEqual([
      {
        path: join(dir, 'later', 'topics.jsonl'),
        error: expect.stringContaining('fields are: name_of_topic, matter, dt, area'),
        kind: 'unmapped-fields',
        fields: ['name_of_topic', 'matter', 'dt', 'area'],
      },
    ]);
  });
});
