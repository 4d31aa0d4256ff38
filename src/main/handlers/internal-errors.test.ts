import { describe, expect, it } from 'vitest';
import { SAMPLES, tempLibrary } from '../../../test/support/temp-library';
import { createHandlers, invokeChannel, type Dialogs, type HandlerLog } from '.';

function setup() {
  const library = tempLibrary();
  library.seedSamples(SAMPLES);
  const dialogs: Dialogs = { chooseFilesToImport: async () => null, chooseExportPath: async () => null };
  const logged: Array<{ context: string; error: unknown }> = [];
  const log: HandlerLog = { error: (context, error) => logged.push({ context, error }) };
  return { library, handlers: createHandlers({ library, dialogs, log }), logged };
}

describe('internal errors over IPC (issue 14, #9)', () => {
  it('refuses a saved-search name with control characters with a sentence, not a SQLite constraint', async () => {
    const { handlers, library, logged } = setup();
    const reply = await invokeChannel(handlers, 'saveSearch', { name: '\u0000\u001b[31m', query: 'x' });
    expect(reply).toEqual({
      ok: false,
      error: 'Invalid request to saveSearch (name): a name cannot contain control characters',
    });
    // The core refuses it too, so the CLI says the same kind of thing.
    expect(() => library.search.save({ name: 'a\u001bb', query: 'x' })).toThrow(/without control characters/);
    expect(logged).toEqual([]);
  });

  it('refuses a day outside 1900–2200 instead of answering "Invalid time value"', async () => {
    const { handlers } = setup();
    for (const on of ['9999-12-31', '0001-01-01', '1899-12-31', '2201-01-01']) {
      const reply = await invokeChannel(handlers, 'reviewQueue', { on });
      expect(reply).toEqual({
        ok: false,
        error:
          'Invalid request to reviewQueue (on): must be a real day from 1900 to 2200, written YYYY-MM-DD',
      });
    }
    expect(await invokeChannel(handlers, 'reviewQueue', { on: '2200-12-31' })).toEqual({
      ok: true,
      value: [],
    });
    const filter = await invokeChannel(handlers, 'listArticles', { from: '9999-01-01' });
    expect(filter).toMatchObject({ ok: false, error: expect.stringContaining('from 1900 to 2200') });
  });

  it('keeps an internal error out of the answer and writes it (without the input) to the log', async () => {
    const { handlers, logged } = setup();
    const secret = new Error('SQLITE_CONSTRAINT: CHECK constraint failed: length(trim(name))');
    handlers.saveSearch = () => {
      throw secret;
    };
    const reply = await invokeChannel(handlers, 'saveSearch', { name: 'my private note text', query: 'x' });
    expect(reply).toEqual({
      ok: false,
      error:
        'Something went wrong while handling the request “saveSearch”; the details were written to the log.',
    });
    expect(logged).toEqual([{ context: 'IPC saveSearch', error: secret }]);
    expect(JSON.stringify(logged.map((l) => l.context))).not.toContain('private note');
  });

  it('still passes a library’s own sentences through', async () => {
    const { handlers, logged } = setup();
    expect(await invokeChannel(handlers, 'getArticle', { id: 999_999 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/999999/),
    });
    expect(logged).toEqual([]);
  });
});

describe('renderer errors in the main log (issue 14, logs)', () => {
  it('writes what an error boundary caught, with its stack and where, and answers null', async () => {
    const { handlers, logged } = setup();
    const stack =
      'RangeError: Maximum call stack size exceeded\n    at render (app://bulletin/assets/index.js:1:2)';
    const reply = await invokeChannel(handlers, 'logRendererError', {
      message: 'RangeError: Maximum call stack size exceeded',
      stack,
      where: 'note',
    });
    expect(reply).toEqual({ ok: true, value: null });
    expect(logged).toHaveLength(1);
    expect(logged[0]!.context).toBe('renderer note');
    expect((logged[0]!.error as Error).stack).toBe(stack);
  });

  it('refuses an oversized report with a sentence', async () => {
    const { handlers, logged } = setup();
    const reply = await invokeChannel(handlers, 'logRendererError', {
      message: 'x'.repeat(5_000),
      where: 'note',
    });
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('logRendererError (message)') });
    expect(logged).toEqual([]);
  });
});
