import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers, invokeChannel, type Dialogs } from './ipc-handlers';
import { IMPORT_FIXTURES, SAMPLES, tempDir, tempLibrary } from './library/testing/temp-library';
import { readFileSync } from 'node:fs';

function setup(answers: { open?: string[] | null; save?: string | null } = {}) {
  const library = tempLibrary();
  library.seedSamples(SAMPLES);
  const dialogs: Dialogs = {
    chooseFilesToImport: async () => answers.open ?? null,
    chooseExportPath: async () => answers.save ?? null,
  };
  return { library, handlers: createHandlers({ library, dialogs }) };
}

describe('IPC handlers', () => {
  it('validate inputs against the contract and refuse bad shapes with a sentence', async () => {
    const { handlers } = setup();
    const bad: Array<[string, unknown]> = [
      ['getArticle', { id: '1; DROP TABLE notes' }],
      ['getArticle', { id: Number.NaN }],
      ['getArticle', { id: 1, extra: true }],
      ['saveAnnotation', { blockId: 1, note: 'x'.repeat(100_001) }],
      ['listArticles', { from: '2024-13-01' }],
      ['listArticles', JSON.parse('{"__proto__": {"polluted": true}, "tag": 5}')],
      ['search', { query: 'x'.repeat(2_001) }],
    ];
    for (const [channel, input] of bad) {
      const reply = await invokeChannel(handlers, channel, input);
      expect(reply.ok, channel).toBe(false);
      if (!reply.ok) expect(reply.error).toMatch(new RegExp(`^Invalid request to ${channel}`));
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await invokeChannel(handlers, 'constructor', {})).toEqual({
      ok: false,
      error: 'Unknown request “constructor”.',
    });
  });

  it('turn library errors into sentences and return validated values', async () => {
    const { handlers } = setup();
    expect(await invokeChannel(handlers, 'getArticle', { id: 999 })).toEqual({
      ok: false,
      error: 'There is no article with id 999.',
    });
    const reply = await invokeChannel(handlers, 'listArticles', {});
    expect(reply.ok && (reply.value as unknown[]).length).toBe(4);
  });

  it('import through the dialog and from dropped bytes, and export through the save dialog', async () => {
    const out = join(tempDir(), 'out.md');
    const quad = join(IMPORT_FIXTURES, 'studyiq-quad-2022-03-04.txt');
    const { handlers, library } = setup({ open: [quad], save: out });
    const viaDialog = await invokeChannel(handlers, 'importWithDialog', {});
    expect(viaDialog).toMatchObject({
      ok: true,
      value: { imported: [{ title: 'The Quad Leaders’ Summit' }] },
    });
    const dropped = await invokeChannel(handlers, 'importDropped', {
      files: [{ name: '../../etc/quad.txt', dataBase64: readFileSync(quad).toString('base64') }],
    });
    expect(dropped).toMatchObject({ ok: true, value: { duplicates: [{ path: 'quad.txt' }] } });
    const block = library.getArticle(5).blocks[0]!;
    await invokeChannel(handlers, 'saveAnnotation', { blockId: block.id, note: 'n', color: 'doubt' });
    expect(await invokeChannel(handlers, 'exportNotesWithDialog', { articleId: 5 })).toEqual({
      ok: true,
      value: { path: out, count: 1 },
    });
    expect(readFileSync(out, 'utf8')).toContain('**Doubt**');
  });
});
