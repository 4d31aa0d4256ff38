import { describe, expect, it } from 'vitest';
import { SAMPLES, tempDir, tempLibrary, writeFile } from '../../../../test/support/temp-library';

const ARTICLE = (title: string, body: string, date = '8 March 2022') =>
  `${title}\n\nDate: ${date} Tags: Polity, GS-2\n\n${body}\n\nA second paragraph about ${title.toLowerCase()} for the test.\n`;

function withArticles(count = 2) {
  let clock = new Date('2026-01-10T10:00:00Z');
  const library = tempLibrary({ now: () => clock });
  const dir = tempDir();
  const files = Array.from({ length: count }, (_, i) =>
    writeFile(dir, `a${i}.txt`, ARTICLE(`Article number ${i}`, `The body of article ${i} says something.`)),
  );
  const report = library.importFiles(files);
  const ids = report.imported.map((a) => a.id);
  return { library, ids, dir, report, setNow: (d: string) => (clock = new Date(d)) };
}

describe('the article trash', () => {
  it('moves an article with its notes, tags, star and card to the trash, and restores all of it', async () => {
    const { library, ids } = withArticles();
    const [id, other] = ids as [number, number];
    const article = library.getArticle(id);
    const note = library.saveAnnotation(article.blocks[1]!.id, { note: 'remember this', color: 'revise' });
    library.addUserTag(id, 'mine');
    library.notes.setStarred(id, true);
    library.notes.saveArticleNote(id, 'whole-article note');
    const [card] = library.notes.addReviewCards({ annotationIds: [note.id] });
    library.notes.gradeCard(card!.cardId, 'good');
    const before = library.getArticle(id);

    expect(library.manage.delete([id, 999])).toEqual([id]);
    expect(library.listArticles().map((a) => a.id)).toEqual([other]);
    expect(() => library.getArticle(id)).toThrow(/no article with id/);
    expect(library.listNotes().map((n) => n.id)).toEqual([]);
    expect(library.manage.tagGroups().user).toEqual([]);
    expect(library.notes.reviewQueue({ on: '2030-01-01' })).toEqual([]);
    expect(library.previewExport({ content: 'articles' })).toMatchObject({ articleCount: 1, noteCount: 0 });
    await library.searchIdle();
    const hits = library.searchArticles('article');
    expect(hits.ok && hits.hits.map((h) => h.id)).toEqual([other]);

    const trash = library.manage.trash();
    expect(trash).toMatchObject([{ id, title: 'Article number 0', date: '2022-03-08', noteCount: 1 }]);
    expect(trash[0]!.expiresAt).toBe('2026-02-09T10:00:00.000Z');

    expect(library.manage.restore([id])).toEqual([id]);
    expect(library.manage.trash()).toEqual([]);
    expect(library.getArticle(id)).toEqual(before);
    expect(library.notes.reviewQueue({ on: '2030-01-01' }).map((c) => c.cardId)).toEqual([card!.cardId]);
    expect(library.notes.reviewHistory(card!.cardId).map((h) => h.grade)).toEqual(['good']);
    await library.searchIdle();
    const again = library.searchArticles('article');
    expect(again.ok && again.hits.map((h) => h.id).sort()).toEqual([id, other].sort());
    library.close();
  });

  it('deletes and restores a large selection in steps; a refused restore restores none of it', async () => {
    const { library, ids } = withArticles(60);
    // Counts turns of the event loop while the steps run: more than one means the thread was let go.
    const turns: number[] = [];
    const tick = () => {
      turns.push(turns.length);
      if (turns.length < 1000) setImmediate(tick);
    };
    setImmediate(tick);
    const deleted = await library.manage.deleteInSteps([...ids, ...ids, 4242]);
    expect(deleted).toEqual(ids);
    expect(turns.length).toBeGreaterThanOrEqual(2);
    expect(library.listArticles()).toEqual([]);
    expect(library.manage.trash()).toHaveLength(60);

    await expect(library.manage.restoreInSteps([...ids, 4242])).rejects.toThrow(
      /no article with id 4242 in the trash/,
    );
    expect(library.manage.trash()).toHaveLength(60);
    // Importing one again brings it back in place: now not in the trash, it fails the check, and the
    // other 59 stay in the trash.
    library.importFiles([
      writeFile(
        tempDir(),
        'again.txt',
        ARTICLE('Article number 59', 'The body of article 59 says something.'),
      ),
    ]);
    await expect(library.manage.restoreInSteps(ids)).rejects.toThrow(
      new RegExp(`no article with id ${ids[59]} in the trash`),
    );
    expect(library.manage.trash()).toHaveLength(59);

    const back = await library.manage.restoreInSteps(ids.slice(0, 59));
    expect(back).toEqual(ids.slice(0, 59));
    expect(library.manage.trash()).toEqual([]);
    expect(library.listArticles()).toHaveLength(60);
    library.close();
  });

  it('restores under new ids when a later import took the old ones, and purges after 30 days', () => {
    const { library, ids, setNow } = withArticles(1);
    const id = ids[0]!;
    const blockId = library.getArticle(id).blocks[1]!.id;
    library.saveAnnotation(blockId, { note: 'kept' });
    library.manage.delete([id]);
    const later = library.importFiles([
      writeFile(tempDir(), 'b.txt', ARTICLE('Another one', 'Different words here.')),
    ]);
    expect(later.imported[0]!.id).toBe(id); // SQLite gave the free id out again
    const [restored] = library.manage.restore([id]);
    expect(restored).not.toBe(id);
    const back = library.getArticle(restored!);
    expect(back.title).toBe('Article number 0');
    expect(back.annotations.map((n) => [n.note, n.blockId === back.blocks[1]!.id])).toEqual([['kept', true]]);
    expect(library.getArticle(id).title).toBe('Another one');

    library.manage.delete([restored!]);
    setNow('2026-02-10T10:00:01Z');
    expect(library.manage.trash()).toEqual([]);
    expect(() => library.manage.restore([restored!])).toThrow(/no article with id \d+ in the trash/);
    expect(library.manage.purgeExpired()).toBe(1);
    library.close();
  });

  it('re-importing a trashed article brings it back in place with its notes', () => {
    const { library, ids, dir } = withArticles(1);
    const id = ids[0]!;
    library.saveAnnotation(library.getArticle(id).blocks[1]!.id, { note: 'my note' });
    library.manage.delete([id]);
    const again = library.importFiles([`${dir}/a0.txt`]);
    expect(again.imported).toEqual([]);
    expect(again.restored).toEqual([{ id, title: 'Article number 0', path: `${dir}/a0.txt` }]);
    expect(library.getArticle(id).annotations.map((n) => n.note)).toEqual(['my note']);
    expect(library.manage.trash()).toEqual([]);
    library.close();
  });

  it('purges for good on request', () => {
    const { library, ids } = withArticles(2);
    library.manage.delete(ids);
    expect(library.manage.purge([ids[0]!, 12345])).toEqual([ids[0]]);
    expect(library.manage.trash().map((t) => t.id)).toEqual([ids[1]]);
    library.close();
  });
});

describe('editing an article', () => {
  it('changes title, date and source; the edit survives a re-import and the report says so', () => {
    const { library, ids, dir } = withArticles(1);
    const id = ids[0]!;
    const edited = library.manage.edit(id, {
      title: '  My  own title ',
      date: '2022-03-09',
      source: 'Notes',
    });
    expect(edited).toMatchObject({
      id,
      title: 'My own title',
      date: '2022-03-09',
      source: 'Notes',
      dateText: null,
    });

    const same = library.importFiles([`${dir}/a0.txt`]);
    expect(same.duplicates).toEqual([{ path: `${dir}/a0.txt`, id }]);
    expect(same.keptEdits).toEqual([
      { id, title: 'Article number 0', path: `${dir}/a0.txt`, fields: ['title', 'date', 'source'] },
    ]);
    // Changed text at the source: the article is updated in place, the user's values stay.
    const changed = writeFile(
      tempDir(),
      'a0.txt',
      ARTICLE('Article number 0', 'The body of article 0 now says something new.'),
    );
    const update = library.importFiles([changed]);
    expect(update.updated?.map((u) => u.id)).toEqual([id]);
    expect(update.keptEdits?.[0]?.fields).toEqual(['title', 'date', 'source']);
    expect(library.getArticle(id)).toMatchObject({
      title: 'My own title',
      date: '2022-03-09',
      source: 'Notes',
    });
    expect(library.getArticle(id).blocks.some((b) => b.text.includes('now says something new'))).toBe(true);

    expect(library.manage.edit(id, { date: null }).date).toBeNull();
    expect(() => library.manage.edit(id, { date: '2022-02-30' })).toThrow(/not a real day/);
    expect(() => library.manage.edit(id, { title: '   ' })).toThrow(/title cannot be empty/);
    expect(() => library.manage.edit(4242, { title: 'x' })).toThrow(/no article with id 4242/);
    library.close();
  });

  it('sets a date on an undated article', () => {
    const library = tempLibrary();
    const file = writeFile(
      tempDir(),
      'undated.txt',
      'Undated piece\n\nSome text without any date in it at all.\n',
    );
    const id = library.importFiles([file]).imported[0]!.id;
    expect(library.getArticle(id).date).toBeNull();
    expect(library.manage.edit(id, { date: '2022-01-10' }).date).toBe('2022-01-10');
    expect(library.listArticles({ undated: true })).toEqual([]);
    library.close();
  });
});

describe('tags on a selection, and tag groups', () => {
  it('adds and removes the user’s tags; a user’s GS-2 never adds to the source’s count', () => {
    const { library, ids } = withArticles(3);
    expect(library.manage.tagMany(ids, 'GS-2', 'add')).toBe(3);
    expect(library.manage.tagMany([...ids, 777], 'weekend', 'add')).toBe(3);
    expect(library.manage.tagMany(ids.slice(0, 1), 'weekend', 'remove')).toBe(1);
    // Only the articles that changed count: a tag added again, or removed where it is not, counts 0.
    expect(library.manage.tagMany(ids, 'weekend', 'add')).toBe(1);
    expect(library.manage.tagMany(ids.slice(0, 1), 'weekend', 'remove')).toBe(1);
    expect(library.manage.tagMany(ids.slice(0, 1), 'weekend', 'remove')).toBe(0);
    expect(library.manage.tagMany([ids[0]!, ids[0]!], 'weekend', 'add')).toBe(1);
    expect(library.manage.tagMany(ids.slice(0, 1), 'weekend', 'remove')).toBe(1);
    const groups = library.manage.tagGroups();
    expect(groups.syllabus).toEqual([{ name: 'GS-2', count: 3, origin: 'source' }]);
    expect(groups.user).toEqual([
      { name: 'GS-2', count: 3, origin: 'user' },
      { name: 'weekend', count: 2, origin: 'user' },
    ]);
    expect(groups.source).toEqual([{ name: 'Polity', count: 3, origin: 'source' }]);
    expect(
      library
        .listArticles({ tag: 'weekend', tagOrigin: 'user' })
        .map((a) => a.id)
        .sort(),
    ).toEqual(ids.slice(1).sort());
    expect(library.listArticlePage({ tag: 'GS-2', tagOrigin: 'user' }).total).toBe(3);
    library.close();
  });

  it('lists starred and unread articles', () => {
    const { library, ids } = withArticles(3);
    expect(library.manage.star(ids[0]!, true)).toBe(true);
    library.setRead(ids[1]!, true);
    expect(library.listArticles({ starred: true }).map((a) => a.id)).toEqual([ids[0]]);
    expect(
      library
        .listArticles({ unread: true })
        .map((a) => a.id)
        .sort(),
    ).toEqual([ids[0], ids[2]].sort());
    expect(library.manage.star(ids[0]!, false)).toBe(false);
    expect(library.listArticles({ starred: true })).toEqual([]);
    library.close();
  });
});

describe('samples and undoing an import', () => {
  it('labels the first-run samples and removes them in one step', () => {
    const library = tempLibrary();
    const seeded = library.seedSamples(SAMPLES)!;
    expect(seeded.imported.length).toBeGreaterThan(0);
    expect(library.listArticles().every((a) => a.sample === true)).toBe(true);
    const mine = library.importFiles([writeFile(tempDir(), 'm.txt', ARTICLE('Mine', 'My own article.'))]);
    expect(library.listArticles().find((a) => a.id === mine.imported[0]!.id)).not.toHaveProperty('sample');
    expect(library.manage.removeSamples().sort()).toEqual(seeded.imported.map((a) => a.id).sort());
    expect(library.listArticles().map((a) => a.title)).toEqual(['Mine']);
    expect(library.isNew()).toBe(false);
    library.close();
  });

  it('undoes an import: the articles it created go to the trash, those it updated stay', () => {
    const { library, ids } = withArticles(1);
    const dir = tempDir();
    const second = library.importFiles([
      writeFile(dir, 'new.txt', ARTICLE('Brand new', 'Fresh text.')),
      writeFile(dir, 'a0.txt', ARTICLE('Article number 0', 'The body of article 0 changed.')),
    ]);
    expect(second.updated?.map((u) => u.id)).toEqual(ids);
    const created = second.imported.map((a) => a.id);
    expect(library.manage.undoImport(created)).toEqual(created);
    expect(library.listArticles().map((a) => a.id)).toEqual(ids);
    expect(library.manage.trash().map((t) => t.title)).toEqual(['Brand new']);
    library.close();
  });
});

describe('marking many articles read', () => {
  it('marks them a few at a time as in one go, counting only the ones that changed', async () => {
    const { library, ids } = withArticles(5);
    library.setRead(ids[1]!, true);
    const missing = 999_999;
    const all = [...ids, missing];
    // In steps of two: three steps, one turn of the event loop each; the read one and the missing one count 0.
    expect(await library.articles.setReadManyInSteps(all, true, 2)).toBe(4);
    expect(library.listArticles().map((a) => a.read)).toEqual([true, true, true, true, true]);
    expect(await library.articles.setReadManyInSteps(all, true, 2)).toBe(0);
    expect(await library.articles.setReadManyInSteps(ids.slice(0, 3), false, 2)).toBe(3);
    expect(library.listArticles().filter((a) => !a.read)).toHaveLength(3);
    // The same as the one statement does.
    expect(library.articles.setReadMany(ids, false)).toBe(2);
  });
});
