import { afterEach, describe, expect, it } from 'vitest';
import { tempDir, tempLibrary, writeFile } from '../../../../test/support/temp-library';
import type { Library } from '../library';
import { parseSyllabusFile, SyllabusFileError } from './syllabus-file';
import { hindiNames, localTopicName, syllabusProblems, topicPath, topicsById } from './tree';
import { UPSC_SYLLABUS } from './upsc';
import { UPSC_HINDI } from './upsc-hindi';

const DEVANAGARI = /[\u0900-\u097F]/;
const LATIN = /[A-Za-z]/;

const open: Library[] = [];
afterEach(() => {
  for (const library of open.splice(0)) library.close();
});

describe('the built-in syllabus in Hindi', () => {
  it('gives every topic a Hindi name and description in Devanagari', () => {
    expect(UPSC_SYLLABUS.topics).toHaveLength(102);
    for (const topic of UPSC_SYLLABUS.topics) {
      expect(topic.nameHi, topic.id).toMatch(DEVANAGARI);
      expect(topic.descriptionHi, topic.id).toMatch(DEVANAGARI);
      // Hindi through and through: no English word left in by mistake.
      expect(topic.nameHi, topic.id).not.toMatch(LATIN);
      expect(topic.descriptionHi, topic.id).not.toMatch(LATIN);
      expect(topic.nameHi, topic.id).not.toBe(topic.name);
    }
    // No Hindi wording for an id the syllabus does not have (a typo would leave a topic English).
    const ids = new Set(UPSC_SYLLABUS.topics.map((t) => t.id));
    expect(Object.keys(UPSC_HINDI).filter((id) => !ids.has(id))).toEqual([]);
    expect(syllabusProblems(UPSC_SYLLABUS)).toEqual([]);
  });

  it('words the papers as the Hindi notification does', () => {
    const byId = topicsById(UPSC_SYLLABUS);
    const hi = (id: string) => localTopicName(byId.get(id)!, 'hi');
    expect(hi('gs2')).toBe('सामान्य अध्ययन प्रश्नपत्र-2');
    expect(byId.get('gs2')!.descriptionHi).toBe(
      'शासन व्यवस्था, संविधान, राजव्यवस्था, सामाजिक न्याय तथा अंतर्राष्ट्रीय संबंध।',
    );
    expect(hi('gs2.polity')).toBe('संविधान और राजव्यवस्था');
    expect(hi('gs3.environment')).toBe('पर्यावरण');
    expect(hi('gs3.security')).toBe('आंतरिक सुरक्षा');
    expect(byId.get('gs4')!.descriptionHi).toBe('नीतिशास्त्र, सत्यनिष्ठा और अभिरुचि।');
    expect(hi('essay')).toBe('निबंध');
    expect(localTopicName(byId.get('essay')!, 'en')).toBe('Essay');
    expect(topicPath(byId, 'gs3.environment.conservation', 'hi')).toBe(
      'सामान्य अध्ययन प्रश्नपत्र-3 › पर्यावरण › संरक्षण',
    );
    expect(topicPath(byId, 'gs3.environment.conservation')).toBe('GS Paper 3 › Environment › Conservation');
    expect(hindiNames(byId, 'gs3.environment.conservation')).toEqual({
      nameHi: 'संरक्षण',
      pathHi: 'सामान्य अध्ययन प्रश्नपत्र-3 › पर्यावरण › संरक्षण',
    });
  });
});

describe('a syllabus file with Hindi names', () => {
  it('reads name_hi and description_hi, and needs neither', () => {
    const syllabus = parseSyllabusFile(
      'state.yaml',
      [
        'syllabus: state',
        'name: State PSC',
        'topics:',
        '  - id: polity',
        '    name: Polity',
        '    name_hi: राजव्यवस्था',
        '    description_hi: राज्य की राजव्यवस्था।',
        '    topics:',
        '      - id: courts',
        '        name: Courts',
        '',
      ].join('\n'),
    );
    expect(syllabus.topics[0]).toMatchObject({
      name: 'Polity',
      nameHi: 'राजव्यवस्था',
      descriptionHi: 'राज्य की राजव्यवस्था।',
    });
    expect(syllabus.topics[1]).not.toHaveProperty('nameHi');
    expect(syllabus.topics[1]).not.toHaveProperty('descriptionHi');
    expect(hindiNames(topicsById(syllabus), 'polity.courts')).toEqual({ pathHi: 'राजव्यवस्था › Courts' });
  });

  it('refuses a name_hi that is not Hindi, naming the line', () => {
    const read = () =>
      parseSyllabusFile(
        'state.yaml',
        'syllabus: state\nname: S\ntopics:\n  - id: p\n    name: P\n    name_hi: Polity\n',
      );
    expect(read).toThrow(SyllabusFileError);
    expect(read).toThrow('state.yaml, line 6: topic “p”: `name_hi` must be written in Devanagari (Hindi).');
  });
});

describe('the library’s syllabus in Hindi', () => {
  it('sends Hindi names with the tree, an article’s topics and the gaps; a rename wins in both languages', () => {
    const library = tempLibrary({ lazySearch: true });
    open.push(library);
    const dir = tempDir();
    const file = writeFile(
      dir,
      'wetland.md',
      '---\ntitle: "Wetland city accreditation"\ndate: 2026-01-10\ntags: ["GS-3", "Conservation"]\n---\n\nThree Indian cities join the Ramsar list of wetland cities.\n',
    );
    const id = library.importFiles([file]).imported[0]!.id;

    const topics = library.syllabus.topicsOf(id);
    expect(topics[0]).toMatchObject({
      topic: 'gs3.environment.conservation',
      name: 'Conservation',
      nameHi: 'संरक्षण',
      path: 'GS Paper 3 › Environment › Conservation',
      pathHi: 'सामान्य अध्ययन प्रश्नपत्र-3 › पर्यावरण › संरक्षण',
    });
    const tree = library.syllabus.tree();
    expect(tree.nameHi).toBe('यूपीएससी सिविल सेवा');
    expect(tree.topics.find((t) => t.id === 'gs2')).toMatchObject({
      name: 'GS Paper 2',
      nameHi: 'सामान्य अध्ययन प्रश्नपत्र-2',
      descriptionHi: 'शासन व्यवस्था, संविधान, राजव्यवस्था, सामाजिक न्याय तथा अंतर्राष्ट्रीय संबंध।',
    });
    const gaps = library.syllabus.gaps();
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) {
      expect(gap.nameHi, gap.topic).toMatch(DEVANAGARI);
      expect(gap.pathHi, gap.topic).toMatch(DEVANAGARI);
    }

    // The student's name is the one name, in English and in Hindi, down the paths of its sub-topics.
    library.syllabus.rename('gs3.environment', 'Ecology');
    const renamed = library.syllabus.tree().topics.find((t) => t.id === 'gs3.environment')!;
    expect(renamed.name).toBe('Ecology');
    expect(renamed).not.toHaveProperty('nameHi');
    expect(renamed.descriptionHi).toMatch(DEVANAGARI);
    expect(library.syllabus.topicsOf(id)[0]).toMatchObject({
      nameHi: 'संरक्षण',
      pathHi: 'सामान्य अध्ययन प्रश्नपत्र-3 › Ecology › संरक्षण',
    });
    const own = library.syllabus.addTopic('gs3.environment', 'Wetlands and Ramsar sites');
    expect(library.syllabus.tree().topics.find((t) => t.id === own)).not.toHaveProperty('nameHi');
  });
});
