import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Annotation, Article } from '../shared/domain';
import { mergeNotes } from '../shared/first-screen-notes';
import { createHandlers, invokeChannel, type Dialogs } from './ipc-handlers';
import { SAMPLES, tempLibrary } from '../../test/support/temp-library';

/** A sample library whose first article carries `count` notes spread over its text blocks, and one orphan. */
function setup(count: number) {
  const library = tempLibrary();
  library.seedSamples(SAMPLES);
  const dialogs: Dialogs = { chooseFilesToImport: async () => null, chooseExportPath: async () => null };
  const handlers = createHandlers({ library, dialogs });
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const reply = await invokeChannel(handlers, channel, input);
    if (!reply.ok) throw new Error(reply.error);
    return reply.value as T;
  };
  const article = library.getArticle(1);
  const blocks = article.blocks.filter((b) => b.kind !== 'table' && b.text.length > 40);
  // Later blocks first, so the order by id is not the order of the blocks.
  for (let i = count - 1; i >= 0; i--) {
    const block = blocks[i % blocks.length]!;
    const start = (i * 5) % Math.max(1, block.text.length - 10);
    library.notes.saveHighlight({ blockId: block.id, start, end: start + 4, note: `Note ${i}` });
  }
  return { library, call, article };
}

type NotesPage = { annotations: Annotation[]; nextAfterId: number | null };

/** Every page of `listArticleNotesAfter` after block `fromBlock`, `limit` notes a page. */
async function rest(
  call: <T>(channel: string, input: unknown) => Promise<T>,
  articleId: number,
  fromBlock: number,
  limit: number,
): Promise<{ notes: Annotation[]; pages: number }> {
  const notes: Annotation[] = [];
  let afterId: number | null = null;
  let pages = 0;
  for (;;) {
    const page: NotesPage = await call('listArticleNotesAfter', { articleId, fromBlock, afterId, limit });
    pages++;
    expect(page.annotations.length).toBeLessThanOrEqual(limit);
    notes.push(...page.annotations);
    if (page.nextAfterId === null) return { notes, pages };
    afterId = page.nextAfterId;
  }
}

describe('the first screen of an article’s notes (issue 17)', () => {
  it('sends the notes of the first blocks, then the rest in pages; together they are every note, in order', async () => {
    const { call, article } = setup(120);
    const all = await call<Article>('getArticle', { id: article.id });
    expect(all.annotations).toHaveLength(120);
    expect(all.moreAnnotations).toBeUndefined();

    const first = await call<Article>('getArticle', {
      id: article.id,
      firstScreen: { blocks: 12, notes: 10 },
    });
    expect(first.blocks).toEqual(all.blocks);
    expect(first.moreAnnotations).toMatchObject({ total: 120 });
    const fromBlock = first.moreAnnotations!.fromBlock;
    expect(fromBlock).toBeGreaterThan(0);
    const firstBlocks = new Set(all.blocks.slice(0, fromBlock).map((b) => b.id));
    // Whole blocks: every note of the first blocks, none of the others.
    expect(first.annotations).toEqual(all.annotations.filter((a) => firstBlocks.has(a.blockId ?? -1)));
    expect(first.annotations.length).toBeGreaterThanOrEqual(10);
    expect(first.annotations.length).toBeLessThan(120);

    const { notes, pages } = await rest(call, article.id, fromBlock, 25);
    expect(pages).toBe(Math.ceil((120 - first.annotations.length) / 25));
    expect(notes.every((a) => !firstBlocks.has(a.blockId ?? -1))).toBe(true);
    expect(mergeNotes(first.annotations, notes)).toEqual(all.annotations);
  });

  it('answers every note at once when the first blocks hold them all, and places orphans in the rest', async () => {
    const { library, call, article } = setup(3);
    const whole = await call<Article>('getArticle', {
      id: article.id,
      firstScreen: { blocks: 50, notes: 100 },
    });
    expect(whole.moreAnnotations).toBeUndefined();
    expect(whole.annotations).toHaveLength(3);

    // An orphan (its passage gone) has no block: it always comes with the rest.
    const orphan = whole.annotations[0]!;
    const db = new Database(join(library.dir, 'library.sqlite'));
    db.prepare('UPDATE annotations SET block_id = NULL WHERE id = ?').run(orphan.id);
    db.close();
    const first = await call<Article>('getArticle', {
      id: article.id,
      firstScreen: { blocks: 50, notes: 100 },
    });
    expect(first.moreAnnotations).toEqual({ fromBlock: article.blocks.length, total: 3 });
    const { notes } = await rest(call, article.id, first.moreAnnotations!.fromBlock, 10);
    expect(notes.map((a) => a.id)).toEqual([orphan.id]);
    expect(mergeNotes(first.annotations, notes)).toEqual(
      (await call<Article>('getArticle', { id: article.id })).annotations,
    );
  });

  it('refuses a page of an article that is not there, or too large a page, with a sentence', async () => {
    const { call } = setup(1);
    await expect(call('listArticleNotesAfter', { articleId: 999, fromBlock: 0 })).rejects.toThrow(
      /no article with id 999/,
    );
    await expect(call('listArticleNotesAfter', { articleId: 1, fromBlock: 0, limit: 5000 })).rejects.toThrow(
      /at most 1,000 notes/,
    );
  });
});
