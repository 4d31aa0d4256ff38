import { describe, expect, it } from 'vitest';
import { createHandlers, invokeChannel, type Dialogs } from './ipc-handlers';
import { SAMPLES, tempLibrary } from '../../test/support/temp-library';

function setup() {
  const library = tempLibrary();
  library.seedSamples(SAMPLES);
  const dialogs: Dialogs = { chooseFilesToImport: async () => null, chooseExportPath: async () => null };
  const handlers = createHandlers({ library, dialogs });
  const call = async <T = never>(channel: string, input: unknown = {}): Promise<T> => {
    const reply = await invokeChannel(handlers, channel, input);
    if (!reply.ok) throw new Error(reply.error);
    return reply.value as T;
  };
  const bullet = library.getArticle(1).blocks.find((b) => b.kind === 'bullet')!;
  return { handlers, call, bullet };
}

describe('the notes channels', () => {
  it('carry highlights, undo, orphans, the notebook, article notes, settings and a review through the contract', async () => {
    const { call, bullet } = setup();
    const words = bullet.text.split(' ').slice(1, 3).join(' ');
    const span: { id: number; kind: string; start: number } = await call('saveHighlight', {
      blockId: bullet.id,
      quote: words,
      color: 'doubt',
    });
    expect(span).toMatchObject({ kind: 'span', start: bullet.text.indexOf(words), orphaned: false });
    expect(await call('updateAnnotation', { id: span.id, note: 'why?' })).toMatchObject({ note: 'why?' });

    await call('deleteAnnotation', { id: span.id });
    expect(await call('listRecentlyDeleted', {})).toEqual([expect.objectContaining({ id: span.id })]);
    expect(await call('restoreAnnotation', { id: span.id })).toMatchObject({ id: span.id, note: 'why?' });
    expect(await call('listOrphanedNotes')).toEqual([]);
    expect(await call('reattachAnnotation', { id: span.id, blockId: bullet.id })).toMatchObject({
      start: span.start,
    });

    const page = await call('queryNotebook', { groupBy: 'tag', limit: 1 });
    expect(page).toMatchObject({ nextOffset: 1, entries: [expect.objectContaining({ group: 'GS-2' })] });
    expect(await call('countNotebook', { groupBy: 'tag' })).toEqual({ rows: 2, notes: 1 });
    expect(await call('notebookHeatMap', { from: '2000-01-01', to: '2100-01-01' })).toHaveLength(1);

    expect(await call('saveArticleNote', { id: 1, note: 'See [[Lokpal and Lokayuktas]]' })).toMatchObject({
      note: 'See [[Lokpal and Lokayuktas]]',
    });
    expect(await call('setStarred', { id: 1, starred: true })).toMatchObject({ starred: true });
    expect(await call('getArticle', { id: 1 })).toMatchObject({
      starred: true,
      articleNote: 'See [[Lokpal and Lokayuktas]]',
    });
    expect(await call('listStarred')).toEqual([1]);
    expect(await call('resolveNoteLinks', { titles: ['Lokpal and Lokayuktas'] })).toEqual([
      { title: 'Lokpal and Lokayuktas', articleId: 4 },
    ]);

    expect(
      await call('updateStudySettings', { prelimsDate: '2099-05-24', colorNames: { fact: 'Figure' } }),
    ).toMatchObject({
      prelimsDate: '2099-05-24',
      colorNames: { fact: 'Figure' },
    });
    const [card]: Array<{ cardId: number; cloze: string }> = await call('addReviewCards', {
      annotationIds: [span.id],
    });
    expect(card).toMatchObject({ cloze: words });
    expect(await call('reviewQueue', {})).toHaveLength(1);
    expect(await call('gradeReviewCard', { cardId: card!.cardId, grade: 'hard' })).toMatchObject({ reps: 1 });
    expect(await call('reviewStats')).toMatchObject({ today: { reviewed: 1 }, exam: { kind: 'prelims' } });
    expect(await call('removeReviewCard', { cardId: card!.cardId })).toBeNull();
    // The window's button: the number made and the first cards only.
    expect(await call('makeReviewCards', { annotationIds: [span.id] })).toMatchObject({
      count: 1,
      first: [{ annotationId: span.id, cloze: words }],
    });
    expect(await call('makeReviewCards', { annotationIds: [span.id] })).toEqual({
      count: 1,
      first: [expect.anything()],
    });
    expect(await call('reviewQueue', {})).toHaveLength(1);
    await call('deleteAnnotation', { id: span.id });
    expect(await call('purgeAnnotation', { id: span.id })).toBeNull();
  });

  it('refuse bad input with a sentence', async () => {
    const { handlers } = setup();
    for (const [channel, input] of [
      ['saveHighlight', { blockId: 1 }],
      ['gradeReviewCard', { cardId: 1, grade: 'perfect' }],
      ['updateStudySettings', { prelimsDate: '2026-02-30' }],
      ['queryNotebook', { limit: 10_000 }],
    ] as const) {
      const reply = await invokeChannel(handlers, channel, input);
      expect(reply.ok, channel).toBe(false);
    }
    expect(await invokeChannel(handlers, 'saveArticleNote', { id: 99, note: 'x' })).toEqual({
      ok: false,
      error: 'There is no article with id 99.',
    });
  });
});

describe('listNotes pages', () => {
  it('answers a page from an offset, and the pages together are the whole list in order', async () => {
    const { call, bullet } = setup();
    const words = [...new Set(bullet.text.split(/\W+/).filter((w) => w.length > 3))].slice(0, 5);
    expect(words.length).toBe(5);
    for (const quote of words) await call('saveHighlight', { blockId: bullet.id, quote, note: quote });
    const whole: Array<{ id: number }> = await call('listNotes', {});
    expect(whole.length).toBeGreaterThanOrEqual(5);
    const pages: Array<{ id: number }> = [];
    for (let offset = 0; offset < whole.length; offset += 2)
      pages.push(...(await call<Array<{ id: number }>>('listNotes', { limit: 2, offset })));
    expect(pages.map((n) => n.id)).toEqual(whole.map((n) => n.id));
    expect(await call('listNotes', { limit: 2, offset: whole.length })).toEqual([]);
  });
});
