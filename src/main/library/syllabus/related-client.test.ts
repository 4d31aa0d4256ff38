import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir, tempLibrary, writeFile } from '../../../../test/support/temp-library';
import type { Library } from '../library';
import { LibrarySyllabus } from './library-syllabus';
import { RelatedIndex, relatedArticles } from './related';
import { readRelatedDocuments, RELATED_BATCH, RelatedWorker } from './related-client';
import { STORY_THREADS } from './related-fixtures';

const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const done of cleanup.splice(0).reverse()) await done();
});

/** A library holding every story thread's articles, as Markdown files imported. */
function storyLibrary(threads = STORY_THREADS): { library: Library; ids: number[] } {
  const library = tempLibrary({ lazySearch: true });
  cleanup.push(() => library.close());
  const dir = tempDir();
  const files = threads.flatMap((t, ti) =>
    t.articles.map((a, i) =>
      writeFile(
        dir,
        `t${ti}-${i}.md`,
        `---\ntitle: "${a.title}"\ndate: ${a.date ?? '2026-01-01'}\n---\n\n${a.text}\n`,
      ),
    ),
  );
  const report = library.importFiles(files);
  expect(report.failed).toEqual([]);
  return { library, ids: report.imported.map((r) => r.id) };
}

/** The index as the main thread built it before the worker: every article, read in pages. */
function indexOnThisThread(db: Database.Database): RelatedIndex {
  const index = new RelatedIndex();
  for (let after = 0; ;) {
    const docs = readRelatedDocuments(db, after);
    for (const doc of docs) index.add(doc);
    if (docs.length < RELATED_BATCH) break;
    after = docs.at(-1)!.id;
  }
  return index;
}

describe('the related-articles worker', () => {
  it('answers every article exactly as the index on the main thread does, articles added later included', async () => {
    const { library, ids } = storyLibrary(STORY_THREADS.slice(0, -1));
    const file = join(library.dir, 'library.sqlite');
    const worker = new RelatedWorker(file);
    cleanup.push(() => worker.close());
    // An article placed after the worker started: sent to it, as `place()` does.
    const late = STORY_THREADS.at(-1)!.articles;
    const more = storyLibraryAdd(library, late);
    const db = new Database(file, { readonly: true });
    cleanup.push(() => db.close());
    for (const doc of readRelatedDocuments(db, Math.max(...ids))) worker.add(doc);

    const index = indexOnThisThread(db);
    const options = { limit: 8, minScore: 0.18 };
    let nonEmpty = 0;
    for (const id of [...ids, ...more]) {
      const expected = relatedArticles(index, id, options);
      if (expected.length > 0) nonEmpty += 1;
      expect(await worker.related(id, options)).toEqual(expected);
    }
    // The comparison means something: most articles of a thread find the others.
    expect(nonEmpty).toBeGreaterThan(ids.length / 2);
  });

  it('gives the library the same related lists and stories as an index built on the main thread', async () => {
    const { library, ids } = storyLibrary();
    const db = new Database(join(library.dir, 'library.sqlite'));
    cleanup.push(() => db.close());
    const onThisThread = new LibrarySyllabus({
      db,
      now: () => new Date(),
      write: (change) => change(),
      related: 'thread',
    });
    for (const id of ids)
      expect(await library.syllabus.relatedTo(id)).toEqual(await onThisThread.relatedTo(id));
    expect(library.syllabus.relatedRunsIn).toBe('worker');
    expect(onThisThread.relatedRunsIn).toBe('thread');
    onThisThread.close();
  });

  it('answers a related list or a story asked for as the library closes with nothing, not an error', async () => {
    const { library, ids } = storyLibrary();
    // The worker is still building its index when the library closes (the window is going away).
    const related = library.syllabus.relatedTo(ids[0]!);
    const story = library.syllabus.story(ids[1]!);
    library.close();
    await expect(related).resolves.toEqual([]);
    await expect(story).resolves.toEqual([]);
  });
});

/** Imports more articles into `library`; returns their ids. */
function storyLibraryAdd(
  library: Library,
  articles: ReadonlyArray<{ title: string; date: string | null; text: string }>,
): number[] {
  const dir = tempDir();
  const files = articles.map((a, i) =>
    writeFile(
      dir,
      `late-${i}.md`,
      `---\ntitle: "${a.title}"\ndate: ${a.date ?? '2026-01-01'}\n---\n\n${a.text}\n`,
    ),
  );
  return library.importFiles(files).imported.map((r) => r.id);
}
