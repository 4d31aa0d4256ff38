import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLES, tempLibrary } from '../../../../test/support/temp-library';

describe('reading positions', () => {
  it('keeps where the user left each article, and which one they read last', () => {
    let clock = Date.parse('2026-12-06T10:00:00Z');
    const library = tempLibrary({ now: () => new Date((clock += 1000)) });
    library.importFiles(readdirSync(SAMPLES).map((name) => join(SAMPLES, name)));
    const [first, second] = library.articles.list();
    const firstArticle = library.articles.get(first!.id);
    const block = firstArticle.blocks[2]!;

    expect(library.positions.last()).toBeNull();
    expect(library.positions.get(first!.id)).toBeNull();
    library.positions.save({ articleId: first!.id, blockId: block.id, offset: 37 });
    library.positions.save({ articleId: second!.id, blockId: null, offset: 0 });
    expect(library.positions.last()).toEqual({ articleId: second!.id, blockId: null, offset: 0 });
    // Coming back to the first article: it is the last one read again, at its new place.
    library.positions.save({ articleId: first!.id, blockId: block.id, offset: 80 });
    expect(library.positions.get(first!.id)).toEqual({ articleId: first!.id, blockId: block.id, offset: 80 });
    expect(library.positions.last()?.articleId).toBe(first!.id);
    // The article comes with its place, so opening it costs no extra call to resume there.
    expect(library.articles.get(first!.id).position).toEqual({ blockId: block.id, offset: 80 });
    expect(library.articles.get(library.articles.list()[2]!.id).position).toBeNull();
  });

  it('keeps no block that belongs to another article, and names a missing article', () => {
    const library = tempLibrary();
    library.importFiles(readdirSync(SAMPLES).map((name) => join(SAMPLES, name)));
    const [first, second] = library.articles.list();
    const otherBlock = library.articles.get(second!.id).blocks[0]!;
    library.positions.save({ articleId: first!.id, blockId: otherBlock.id, offset: 5 });
    expect(library.positions.get(first!.id)).toEqual({ articleId: first!.id, blockId: null, offset: 5 });
    expect(() => library.positions.save({ articleId: 9999, blockId: null, offset: 0 })).toThrow(
      'There is no article 9999 in the library.',
    );
  });
});
