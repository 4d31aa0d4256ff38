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

  it('checks each reply against its schema, except where the packaged app turns the check off', async () => {
    const { library, handlers, logged } = setup();
    const tags = [{ name: 'Polity', count: 2, internal: 'not in the contract' }];
    handlers.listTags = () => tags;
    // A field the contract does not name would reach the packaged app's window: an error here.
    expect(await invokeChannel(handlers, 'listTags', {})).toEqual({
      ok: false,
      error:
        'Something went wrong while handling the request “listTags”; the details were written to the log.',
    });
    expect(String(logged[0]?.error)).toContain(
      'The reply of listTags is not what its contract schema makes of it',
    );
    // A reply of the wrong type too.
    handlers.listTags = () => [{ name: 'Polity', count: '2' }] as never;
    expect(await invokeChannel(handlers, 'listTags', {})).toMatchObject({ ok: false });

    // Unchecked (the packaged app), a reply goes out as the handler made it, the same object.
    const dialogs: Dialogs = { chooseFilesToImport: async () => null, chooseExportPath: async () => null };
    const app = createHandlers({ library, dialogs, checkReplies: false });
    app.listTags = () => tags;
    const reply = await invokeChannel(app, 'listTags', {});
    expect(reply.ok && reply.value).toBe(tags);
    // Inputs are validated either way.
    expect(await invokeChannel(app, 'reviewQueue', { on: '9999-12-31' })).toMatchObject({ ok: false });
  });

  it('says what is wrong with a list of ids as zod always did, and takes a long one as it is', async () => {
    const { handlers } = setup();
    const sentence = async (channel: string, input: unknown) => {
      const reply = await invokeChannel(handlers, channel, input);
      return reply.ok ? 'ok' : reply.error;
    };
    expect(await sentence('deleteArticles', { ids: [] })).toBe(
      'Invalid request to deleteArticles (ids): name at least one article',
    );
    expect(await sentence('setReadMany', { ids: [], read: true })).toBe(
      'Invalid request to setReadMany (ids): Too small: expected array to have >=1 items',
    );
    expect(await sentence('setReadMany', { ids: [1, 2, -3], read: true })).toBe(
      'Invalid request to setReadMany (ids.2): Too small: expected number to be >0',
    );
    expect(await sentence('setReadMany', { ids: [1, '2'], read: true })).toBe(
      'Invalid request to setReadMany (ids.1): Invalid input: expected number, received string',
    );
    expect(await sentence('setReadMany', { ids: [1.5], read: true })).toBe(
      'Invalid request to setReadMany (ids.0): Invalid input: expected int, received number',
    );
    expect(await sentence('setReadMany', { ids: 'all', read: true })).toBe(
      'Invalid request to setReadMany (ids): Invalid input: expected array, received string',
    );
    const tooMany = Array.from({ length: 50_001 }, (_, i) => i + 1);
    expect(await sentence('tagArticles', { ids: tooMany, tag: 'x', action: 'add' })).toBe(
      'Invalid request to tagArticles (ids): Too big: expected array to have <=50000 items',
    );
    expect(await sentence('setReadMany', { ids: tooMany.slice(1), read: true })).toBe('ok');
  });
});
