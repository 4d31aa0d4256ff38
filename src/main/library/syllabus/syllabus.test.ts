import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSyllabus, suggestTopics } from './suggest';
import { parseSyllabusFile, SyllabusFileError } from './syllabus-file';
import { syllabusProblems, topicPath, topicsById } from './tree';
import { UPSC_SYLLABUS } from './upsc';

describe('the built-in UPSC syllabus', () => {
  it('is a well-formed tree: unique ids, parents first, English and Hindi keywords on every topic', () => {
    expect(syllabusProblems(UPSC_SYLLABUS)).toEqual([]);
    const ids = UPSC_SYLLABUS.topics.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(UPSC_SYLLABUS.topics.filter((t) => t.parent === null).map((t) => t.id)).toEqual([
      'prelims',
      'gs1',
      'gs2',
      'gs3',
      'gs4',
      'essay',
    ]);
    for (const topic of UPSC_SYLLABUS.topics) {
      expect(topic.description, topic.id).not.toBe('');
      expect(topic.keywords.en.length, topic.id).toBeGreaterThan(0);
      expect(topic.keywords.hi.length, topic.id).toBeGreaterThan(0);
    }
  });

  it('goes down to topic level, with GS-2 and GS-3 in detail', () => {
    const byId = topicsById(UPSC_SYLLABUS);
    expect(topicPath(byId, 'gs3.environment.conservation')).toBe('GS Paper 3 › Environment › Conservation');
    const count = (paper: string) => UPSC_SYLLABUS.topics.filter((t) => t.id.startsWith(`${paper}.`)).length;
    expect(count('gs2')).toBeGreaterThanOrEqual(20);
    expect(count('gs3')).toBeGreaterThanOrEqual(25);
    expect(count('gs1')).toBeGreaterThanOrEqual(15);
    expect(count('gs4')).toBeGreaterThanOrEqual(5);
  });

  it('reports a broken tree in sentences', () => {
    const broken = {
      id: 'x',
      name: 'X',
      topics: [
        {
          id: 'a',
          parent: null,
          name: 'A',
          description: '',
          keywords: { en: ['a'], hi: [] },
          sourceTags: [],
        },
        {
          id: 'b.c',
          parent: 'b',
          name: '',
          description: '',
          keywords: { en: ['c'], hi: ['c'] },
          sourceTags: [],
        },
        {
          id: 'a',
          parent: null,
          name: 'A',
          description: '',
          keywords: { en: ['a'], hi: ['अ'] },
          sourceTags: [],
        },
      ],
    };
    expect(syllabusProblems(broken)).toEqual([
      'topic "a" has no Hindi keywords.',
      'topic "b.c": its parent "b" is not listed before it.',
      'topic "b.c" has no name.',
      'topic "b.c": a Hindi keyword is not written in Devanagari.',
      'topic "a" appears twice.',
    ]);
  });
});

describe('a syllabus file (a state PSC’s)', () => {
  const fixture = readFileSync(join(__dirname, 'fixtures', 'mppsc.yaml'), 'utf8');

  it('reads nested topics with full ids, keywords by script and tags', () => {
    const syllabus = parseSyllabusFile('mppsc.yaml', fixture);
    expect(syllabus.id).toBe('mppsc');
    expect(syllabus.name).toBe('MPPSC State Service Mains (sample)');
    expect(syllabus.topics.map((t) => t.id)).toEqual([
      'paper1',
      'paper1.mp-history',
      'paper1.mp-geography',
      'paper2',
      'paper2.mp-governance',
      'paper2.tribal-welfare',
    ]);
    const [paper1, history] = syllabus.topics;
    expect(paper1!.keywords).toEqual({ en: ['history', 'geography'], hi: ['इतिहास', 'भूगोल'] });
    expect(history!.parent).toBe('paper1');
    expect(history!.sourceTags).toEqual(['mp history']);
    // No keywords: the name stands in, in its own script.
    expect(syllabus.topics[5]!.keywords).toEqual({ en: [], hi: ['जनजातीय कल्याण'] });
    expect(syllabusProblems(syllabus, false)).toEqual([]);
  });

  it('suggests its own topics for an article', () => {
    const compiled = compileSyllabus(parseSyllabusFile('mppsc.yaml', fixture));
    const article = {
      title: 'Ahilyabai Holkar’s ghats on the Narmada restored',
      blocks: ['The ghats built by Ahilyabai Holkar at Maheshwar on the Narmada were restored.'],
      tags: [],
    };
    const topics = suggestTopics(article, { syllabus: compiled }).map((s) => s.topic);
    expect(topics.slice(0, 2).sort()).toEqual(['paper1.mp-geography', 'paper1.mp-history']);
    const tagged = suggestTopics({ ...article, tags: ['MP History'] }, { syllabus: compiled });
    expect(tagged[0]).toMatchObject({
      topic: 'paper1.mp-history',
      origin: 'source',
      reason: 'source tag “MP History”',
    });
  });

  const bad: Array<[string, string, RegExp]> = [
    ['not YAML', 'syllabus: x\nname: [unclosed\n', /^bad\.yaml, line \d: this is not valid YAML/],
    ['a list at the top', '- a\n- b\n', /^bad\.yaml, line 1: the file must start with `syllabus:`/],
    [
      'no name',
      'syllabus: x\ntopics:\n  - id: a\n    name: A\n',
      /^bad\.yaml, line 1: the syllabus has no `name`\./,
    ],
    [
      'an unknown field',
      'syllabus: x\nname: X\ntopic:\n  - id: a\n',
      /line 3: the syllabus: unknown field `topic`/,
    ],
    [
      'no topics',
      'syllabus: x\nname: X\ntopics: []\n',
      /line 3: `topics` must be a list with at least one paper\./,
    ],
    [
      'a topic without a name',
      'syllabus: x\nname: X\ntopics:\n  - id: a\n    name: A\n    topics:\n      - id: b\n',
      /^bad\.yaml, line 7: topic “a\.b” has no `name`\./,
    ],
    [
      'a dotted id',
      'syllabus: x\nname: X\ntopics:\n  - id: a.b\n    name: A\n',
      /line 4: a topic: the id “a\.b” must be lower-case letters, digits and dashes \(no dots\)\./,
    ],
    [
      'a duplicate id',
      'syllabus: x\nname: X\ntopics:\n  - id: a\n    name: A\n  - id: a\n    name: B\n',
      /line 6: topic “a” appears twice\./,
    ],
    [
      'keywords that are not a list',
      'syllabus: x\nname: X\ntopics:\n  - id: a\n    name: A\n    keywords: tiger\n',
      /line 6: topic “a”: `keywords` must be a list, or `en:` and `hi:` lists\./,
    ],
    [
      'an unknown language',
      'syllabus: x\nname: X\ntopics:\n  - id: a\n    name: A\n    keywords:\n      fr: [tigre]\n',
      /line 7: topic “a”: `keywords` has an unknown language `fr`/,
    ],
    [
      'a nested list in keywords',
      'syllabus: x\nname: X\ntopics:\n  - id: a\n    name: A\n    keywords:\n      en: [tiger, [lion]]\n',
      /line 7: topic “a”: every entry of `keywords\.en` must be a word or phrase\./,
    ],
  ];
  it.each(bad)('refuses %s with a sentence naming the line and field', (_, text, message) => {
    expect(() => parseSyllabusFile('bad.yaml', text)).toThrow(SyllabusFileError);
    expect(() => parseSyllabusFile('bad.yaml', text)).toThrow(message);
  });
});
