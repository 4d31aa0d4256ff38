import { afterEach, describe, expect, it } from 'vitest';
import { tempDir, tempLibrary, writeFile } from '../../../../test/support/temp-library';
import { Library } from '../library';
import { LABELLED_FIXTURES } from './fixtures';
import { STORY_THREADS } from './related-fixtures';

const open: Library[] = [];
afterEach(() => {
  for (const library of open.splice(0)) library.close();
});

/** A Markdown file for an article with front matter, as a student's notes folder would hold it. */
const markdown = (title: string, tags: readonly string[], blocks: readonly string[], date: string) =>
  `---\ntitle: "${title}"\ndate: ${date}\ntags: [${tags.map((t) => JSON.stringify(t)).join(', ')}]\n---\n\n${blocks.join('\n\n')}\n`;

function libraryWithFixtures(): { library: Library; ids: Map<string, number> } {
  const library = tempLibrary({ lazySearch: true });
  open.push(library);
  const dir = tempDir();
  const files = LABELLED_FIXTURES.map((f, i) =>
    writeFile(
      dir,
      `fixture-${i}.md`,
      markdown(f.article.title, f.article.tags, f.article.blocks, `2026-0${1 + (i % 9)}-1${i % 10}`),
    ),
  );
  const report = library.importFiles(files);
  expect(report.failed).toEqual([]);
  return { library, ids: new Map(report.imported.map((r) => [r.title, r.id])) };
}

describe('library.syllabus', () => {
  it('places a new article in the parse worker as the main thread does, with the same syllabus and model', async () => {
    // Both libraries learn from the same labelled articles first, placed here on the main thread.
    const seed = tempDir();
    LABELLED_FIXTURES.forEach((f, i) =>
      writeFile(
        seed,
        `fixture-${i}.md`,
        markdown(f.article.title, f.article.tags, f.article.blocks, `2026-0${1 + (i % 9)}-1${i % 10}`),
      ),
    );
    // Then new articles: the same texts untagged (nothing taught during the import, so the worker's
    // snapshot of the model is the model), and last one whose tags need the library's own order.
    const dir = tempDir();
    LABELLED_FIXTURES.forEach((f, i) =>
      writeFile(
        dir,
        `again-${String(i).padStart(2, '0')}.md`,
        markdown(`Again: ${f.article.title}`, [], f.article.blocks, '2026-10-01'),
      ),
    );
    const last = LABELLED_FIXTURES[2]!.article;
    writeFile(
      dir,
      'zz-tagged.md',
      markdown(
        'Tagged: wetlands',
        ['zeta', 'GS Paper 3', 'conservation', 'Biodiversity'],
        last.blocks,
        '2026-10-02',
      ),
    );
    const placements = (library: Library) =>
      library
        .listArticles()
        .filter((a) => /^(Again|Tagged): /.test(a.title))
        .map((a) => [a.title, library.syllabus.topicsOf(a.id)] as const)
        .sort(([x], [y]) => x.localeCompare(y));
    const inThread = tempLibrary({ lazySearch: true });
    const inWorker = tempLibrary({ lazySearch: true });
    open.push(inThread, inWorker);
    for (const library of [inThread, inWorker]) {
      await library.syllabus.modelReady();
      expect(library.importTree([seed]).failed).toEqual([]);
    }
    expect(inThread.importTree([dir]).failed).toEqual([]); // placed here, from the stored text
    expect((await inWorker.importPaths([dir])).failed).toEqual([]); // placed by the parse workers
    const expected = placements(inThread);
    expect(expected).toHaveLength(LABELLED_FIXTURES.length + 1);
    const origins = new Set(expected.flatMap(([, topics]) => topics.map((t) => t.origin)));
    expect([...origins].sort()).toEqual(['keywords', 'learned', 'source']);
    expect(placements(inWorker)).toEqual(expected);
  });

  it('places every imported article on the syllabus, source tags first', () => {
    const { library, ids } = libraryWithFixtures();
    const wetland = library.syllabus.topicsOf(ids.get('Wetland city accreditation for three Indian cities')!);
    expect(wetland[0]).toMatchObject({
      topic: 'gs3.environment.conservation',
      origin: 'source',
      confidence: 0.95,
      reason: 'source tag “Conservation”',
      path: 'GS Paper 3 › Environment › Conservation',
    });
    expect(wetland.length).toBeLessThanOrEqual(3);
    for (const id of ids.values()) expect(library.syllabus.topicsOf(id).length).toBeGreaterThan(0);
  });

  it('keeps the student’s corrections through a re-import and a re-run, and learns from them', async () => {
    const { library, ids } = libraryWithFixtures();
    const id = ids.get('Wetland city accreditation for three Indian cities')!;
    library.syllabus.setTopics(id, ['gs3.disaster-management']);
    const removed = library.syllabus.topicsOf(id).find((t) => t.origin === 'source')!.topic;
    library.syllabus.removeTopic(id, removed);
    const before = library.syllabus.topicsOf(id);
    expect(before[0]).toMatchObject({
      topic: 'gs3.disaster-management',
      origin: 'user',
      confidence: 1,
      reason: 'chosen by you',
    });
    expect(before.map((t) => t.topic)).not.toContain(removed);

    library.syllabus.place(id);
    await library.syllabus.placeAll();
    const after = library.syllabus.topicsOf(id);
    expect(after[0]).toMatchObject({ topic: 'gs3.disaster-management', origin: 'user' });
    expect(after.map((t) => t.topic)).not.toContain(removed);

    // `only`: the chosen topics and nothing else; what it took off never comes back.
    const shown = after.map((t) => t.topic);
    const only = library.syllabus.setTopics(id, ['gs2.polity.elections'], { only: true });
    expect(only.map((t) => [t.topic, t.origin])).toEqual([['gs2.polity.elections', 'user']]);
    await library.syllabus.placeAll();
    const rerun = library.syllabus.topicsOf(id).map((t) => t.topic);
    expect(rerun[0]).toBe('gs2.polity.elections');
    for (const topic of shown) expect(rerun).not.toContain(topic);
  });

  it('refuses unknown topics and articles with a sentence', () => {
    const { library, ids } = libraryWithFixtures();
    const id = [...ids.values()][0]!;
    expect(() => library.syllabus.setTopics(id, ['gs9.nothing'])).toThrow(/“gs9.nothing” is not a topic/);
    expect(() => library.syllabus.removeTopic(99_999, 'gs1')).toThrow(/no article 99999/);
  });

  it('counts coverage per topic, with read articles, notes and gaps', () => {
    const { library, ids } = libraryWithFixtures();
    const id = ids.get('Wetland city accreditation for three Indian cities')!;
    library.setRead(id, true);
    const block = library.getArticle(id).blocks[0]!;
    library.saveAnnotation(block.id, { note: 'Ramsar list', color: 'important' });
    const tree = library.syllabus.tree();
    const node = (topic: string) => tree.topics.find((t) => t.id === topic)!;
    expect(node('gs3.environment.conservation')).toMatchObject({ read: 1, withNotes: 1 });
    expect(node('gs3.environment.conservation').lastTouched).not.toBeNull();
    expect(node('gs3').articles).toBeGreaterThanOrEqual(node('gs3.environment').articles);
    expect(node('gs3.environment').articles).toBeGreaterThanOrEqual(
      node('gs3.environment.conservation').articles,
    );
    expect(tree.syllabi[0]).toEqual({ id: 'upsc', name: 'UPSC Civil Services', nameHi: 'यूपीएससी सिविल सेवा' });
    const gaps = library.syllabus.gaps();
    expect(gaps).toHaveLength(8);
    expect(gaps.map((g) => g.topic)).not.toContain('gs3.environment.conservation');
    expect(gaps.every((g) => g.readRecently === 0)).toBe(true);
  });

  it('filters the list and the notebook by topic, its sub-topics included', () => {
    const { library, ids } = libraryWithFixtures();
    const environment = library.listArticles({ syllabus: 'gs3.environment' }).map((a) => a.title);
    expect(environment).toContain('Wetland city accreditation for three Indian cities');
    expect(environment).not.toContain('Cabinet clears bill on one nation one election');
    const page = library.listArticlePage({ syllabus: 'gs3.environment' });
    expect(page.total).toBe(environment.length);
    const id = ids.get('Wetland city accreditation for three Indian cities')!;
    library.saveAnnotation(library.getArticle(id).blocks[0]!.id, { note: 'wetlands' });
    expect(library.listNotes({ syllabus: 'gs3.environment' }).map((n) => n.note)).toEqual(['wetlands']);
    expect(library.listNotes({ syllabus: 'gs2' })).toEqual([]);
  });

  it('links the articles of a story and tells it with the notes', async () => {
    const library = tempLibrary({ lazySearch: true });
    open.push(library);
    const dir = tempDir();
    const thread = STORY_THREADS[0]!;
    const files = [...STORY_THREADS.slice(0, 4)].flatMap((t, ti) =>
      t.articles.map((a, i) =>
        writeFile(dir, `t${ti}-${i}.md`, markdown(a.title, [], [a.text], a.date ?? `2026-01-0${i + 1}`)),
      ),
    );
    const report = library.importFiles(files);
    const id = report.imported.find((r) => r.title === thread.articles[0]!.title)!.id;
    const related = await library.syllabus.relatedTo(id);
    const titles = related.map((r) => r.title);
    expect(titles).toEqual(expect.arrayContaining(thread.articles.slice(1).map((a) => a.title)));
    const story = await library.syllabus.story(id);
    expect(story.find((s) => s.current)?.id).toBe(id);
    const dates = story.map((s) => s.date ?? '9999');
    expect([...dates].sort()).toEqual(dates);
  });

  it('loads another syllabus from a file, renames a topic and adds the student’s own', () => {
    const { library } = libraryWithFixtures();
    const dir = tempDir();
    const bad = writeFile(dir, 'bad.yaml', 'syllabus: x\nname: X\ntopic: []\n');
    expect(() => library.syllabus.loadFile(bad)).toThrow(/bad.yaml, line 3: .*unknown field `topic`/);
    const own = library.syllabus.addTopic('gs3.environment', 'Wetlands and Ramsar sites');
    expect(own).toBe('gs3.environment.wetlands-and-ramsar-sites');
    library.syllabus.rename('gs3.environment', 'Ecology');
    const tree = library.syllabus.tree();
    expect(tree.topics.find((t) => t.id === 'gs3.environment')?.name).toBe('Ecology');
    expect(tree.topics.find((t) => t.id === own)).toMatchObject({ own: true, parent: 'gs3.environment' });
    const file = writeFile(
      dir,
      'mppsc.yaml',
      'syllabus: mppsc\nname: MPPSC\ntopics:\n  - id: paper1\n    name: Paper 1\n    keywords: [wetland, ramsar]\n',
    );
    expect(library.syllabus.loadFile(file)).toEqual({ id: 'mppsc', name: 'MPPSC', topics: 1 });
    expect(library.syllabus.tree().id).toBe('mppsc');
    library.syllabus.use('upsc');
    expect(library.syllabus.tree().topics.find((t) => t.id === 'gs3.environment')?.name).toBe('Ecology');
  });

  it('trains the learned model after open, not inside the first import, and then places with it', async () => {
    // Articles on a subject no syllabus keyword names: only the model (taught by corrections) finds it.
    const bird = (n: number) =>
      markdown(
        `Survey ${n} of the great knot along the Gulf of Khambhat`,
        [],
        [
          `Counters logged great knot flocks, godwits and sandpipers on the mudflats at site ${n}.`,
          'The shorebird flyway census covers the intertidal mudflats every winter.',
        ],
        '2026-02-0' + n,
      );
    const target = 'gs3.environment.conservation';
    const { library: first } = libraryWithFixtures();
    const files = tempDir();
    const taught = first.importFiles([1, 2, 3].map((n) => writeFile(files, `bird-${n}.md`, bird(n))));
    for (const { id } of taught.imported) first.syllabus.setTopics(id, [target], { only: true });
    const dir = first.dir;
    first.close();
    open.splice(open.indexOf(first), 1);

    const library = Library.open(dir, { lazySearch: true });
    open.push(library);
    // The session's first import, at once after open: placed by keywords and tags alone, untrained.
    const report = library.importFiles([4, 5].map((n) => writeFile(files, `bird-${n}.md`, bird(n))));
    const [fourth, fifth] = report.imported.map((r) => r.id) as [number, number];
    expect(library.syllabus.learnedReady).toBe(false);
    const untrained = library.syllabus.topicsOf(fourth);
    expect(untrained.map((t) => t.origin)).not.toContain('learned');
    expect(untrained[0]?.topic).not.toBe(target);
    // The student corrects one before the model is ready: the later re-placement must keep it.
    library.syllabus.setTopics(fifth, ['gs2.polity.elections'], { only: true });

    await library.syllabus.modelReady();
    expect(library.syllabus.learnedReady).toBe(true);
    expect(library.syllabus.topicsOf(fourth)[0]).toMatchObject({ topic: target, origin: 'learned' });
    expect(library.syllabus.topicsOf(fifth).map((t) => [t.topic, t.origin])).toEqual([
      ['gs2.polity.elections', 'user'],
    ]);
  });
});
