import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cli';
import { writeSyllabusFixtures } from '../../test/support/syllabus-files';
import { tempDir, writeFile } from '../../test/support/temp-library';
import { STORY_THREADS } from './library/syllabus/related-fixtures';

const json = <T>(args: string[], lib: string): T => {
  const result = runCli(lib, [...args, '--json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as T;
};

type Topic = { topic: string; name: string; confidence: number; origin: string };

describe('the syllabus commands', () => {
  it('place imported articles, correct them, filter by topic, and find the story', () => {
    const lib = tempDir();
    const imported = json<{ imported: Array<{ id: number; title: string }> }>(
      ['import', ...writeSyllabusFixtures(tempDir())],
      lib,
    ).imported;
    const idOf = (title: string) => imported.find((a) => a.title === title)!.id;
    const wetland = idOf('Wetland city accreditation for three Indian cities');

    // show: the existing fields, and the syllabus.
    const shown = json<{ id: number; title: string; blocks: unknown[]; syllabus: Topic[] }>(
      ['show', String(wetland)],
      lib,
    );
    expect(shown.id).toBe(wetland);
    expect(shown.blocks.length).toBeGreaterThan(0);
    expect(shown.syllabus[0]).toEqual({
      topic: 'gs3.environment.conservation',
      name: 'Conservation',
      confidence: 0.95,
      origin: 'source',
    });

    // set and remove: kept, shown first, filtered by.
    const set = json<Topic[]>(['syllabus', 'set', String(wetland), 'gs3.disaster-management'], lib);
    expect(set.map((t) => [t.topic, t.origin])).toEqual([['gs3.disaster-management', 'user']]);
    // The fields the JSON always had keep their English values; the Hindi ones are only added after them.
    expect(Object.keys(set[0]!)).toEqual([
      'topic',
      'name',
      'path',
      'nameHi',
      'pathHi',
      'confidence',
      'origin',
      'reason',
    ]);
    expect(set[0]).toMatchObject({
      name: 'Disaster and disaster management',
      path: 'GS Paper 3 › Disaster and disaster management',
      nameHi: 'आपदा और आपदा प्रबंधन',
    });
    const listed = json<Array<{ id: number }>>(['list', '--syllabus', 'gs3.disaster-management'], lib);
    expect(listed.map((a) => a.id)).toContain(wetland);
    expect(
      json<Array<{ id: number }>>(['list', '--syllabus', 'gs3.environment.conservation'], lib),
    ).not.toContainEqual(expect.objectContaining({ id: wetland }));
    expect(json<Topic[]>(['syllabus', 'remove', String(wetland), 'gs3.disaster-management'], lib)).toEqual(
      [],
    );

    // The tree counts articles per topic, a parent counting each article once.
    const tree = json<{ topics: Array<{ id: string; articles: number }> }>(['syllabus'], lib);
    const count = (id: string) => tree.topics.find((t) => t.id === id)!.articles;
    expect(tree.topics.find((t) => t.id === 'gs2')).toMatchObject({
      name: 'GS Paper 2',
      description: 'Governance, Constitution, Polity, Social Justice and International relations.',
      nameHi: 'सामान्य अध्ययन प्रश्नपत्र-2',
    });
    expect(count('gs2')).toBeGreaterThanOrEqual(count('gs2.polity'));
    expect(count('gs2.polity')).toBeGreaterThan(0);

    // related: the thread's other articles, in date order, in the promised shape.
    const thread = STORY_THREADS[0]!;
    const related = json<Array<{ id: number; title: string; date: string; score: number }>>(
      ['related', String(idOf(thread.articles[0]!.title))],
      lib,
    );
    expect(Object.keys(related[0]!)).toEqual(['id', 'title', 'date', 'score']);
    expect(related.map((r) => r.title)).toEqual(
      expect.arrayContaining(thread.articles.slice(1).map((a) => a.title)),
    );
    const dates = related.map((r) => r.date);
    expect([...dates].sort()).toEqual(dates);
  });

  it('places a command’s imports with the learned model before it exits, trained off the import', () => {
    // Three corrections teach the model a subject no keyword names; the next import is placed by it.
    const bird = (n: number) =>
      `---\ntitle: "Survey ${n} of the great knot along the Gulf of Khambhat"\ndate: 2026-02-0${n}\n---\n\n` +
      `Counters logged great knot flocks, godwits and sandpipers on the mudflats at site ${n}.\n\n` +
      'The shorebird flyway census covers the intertidal mudflats every winter.\n';
    const lib = tempDir();
    const files = tempDir();
    const target = 'gs3.environment.conservation';
    json(['import', ...writeSyllabusFixtures(tempDir())], lib); // source-labelled articles
    const taught = json<{ imported: Array<{ id: number }> }>(
      ['import', ...[1, 2, 3].map((n) => writeFile(files, `bird-${n}.md`, bird(n)))],
      lib,
    ).imported;
    for (const { id } of taught) json(['syllabus', 'set', String(id), target], lib);
    const [fourth] = json<{ imported: Array<{ id: number }> }>(
      ['import', writeFile(files, 'bird-4.md', bird(4))],
      lib,
    ).imported;
    const shown = json<{ syllabus: Topic[] }>(['show', String(fourth!.id)], lib);
    expect(shown.syllabus[0]).toMatchObject({ topic: target, origin: 'learned' });
  });

  it('refuses an unknown topic and a bad syllabus file with a sentence, and loads a good one', () => {
    const lib = tempDir();
    json(['import', ...writeSyllabusFixtures(tempDir(), 0).slice(0, 3)], lib);
    const unknown = runCli(lib, ['syllabus', 'set', '1', 'gs9.nothing']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/“gs9.nothing” is not a topic of the syllabus in use/);
    const notes = runCli(lib, ['notes', '--syllabus', 'Not A Topic']);
    expect(notes.code).toBe(2);
    expect(notes.stderr).toMatch(/--syllabus a topic id is dotted lower-case words/);

    const dir = tempDir();
    const bad = writeFile(dir, 'state.yaml', 'syllabus: state\nname: State\ntopics:\n  - id: p1\n');
    const refused = runCli(lib, ['syllabus', 'load', bad]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/state.yaml, line 4: topic “p1” has no `name`/);
    const good = writeFile(
      dir,
      'state.yaml',
      'syllabus: state\nname: State PSC\ntopics:\n  - id: polity\n    name: Polity\n    keywords: [election, bill, court]\n',
    );
    expect(json(['syllabus', 'load', good], lib)).toEqual({
      id: 'state',
      name: 'State PSC',
      topics: 1,
      placed: 3,
    });
    const tree = json<{ id: string; topics: Array<{ id: string; articles: number }> }>(['syllabus'], lib);
    expect(tree.id).toBe('state');
    expect(tree.topics[0]!.articles).toBeGreaterThan(0);
  });
});
