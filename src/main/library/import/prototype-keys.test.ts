import { describe, expect, it } from 'vitest';
import { parseQuery } from '../search/query';
import { isSupportedFile, parseFile } from './index';
import { normalizeTag, uniqueTags } from './tags';

/** Names that an object literal answers by itself: looked up in one, they find Object's own members. */
const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

describe('tags, extensions and fields named like Object members (issue 14 #6)', () => {
  it('keeps such a tag as an ordinary tag', () => {
    for (const name of PROTOTYPE_NAMES) expect(normalizeTag(name)).toBe(name);
    expect(uniqueTags([...PROTOTYPE_NAMES, 'Constructor'])).toEqual(PROTOTYPE_NAMES);
  });

  it('imports a Markdown file and a JSON dump whose tags are such names', () => {
    const md = parseFile(
      'note.md',
      Buffer.from(
        '---\ntitle: Tags\ndate: 2024-06-12\ntags: [constructor, __proto__, toString]\n---\n\nBody text here.\n',
      ),
    );
    expect(md.articles[0]!.tags).toEqual(['constructor', '__proto__', 'toString']);
    const dump = parseFile(
      'dump.json',
      Buffer.from(
        JSON.stringify([
          { title: 'One', date: '2024-06-12', content: 'Body of one.', tags: ['constructor', 'GS-2'] },
          { title: 'Two', date: '2024-06-13', content: 'Body of two.', tags: 'hasOwnProperty, valueOf' },
        ]),
      ),
    );
    expect(dump.articles.map((a) => a.tags)).toEqual([
      ['constructor', 'GS-2'],
      ['hasOwnProperty', 'valueOf'],
    ]);
  });

  it('refuses a file whose extension is such a name, with a sentence', () => {
    expect(isSupportedFile('notes.constructor')).toBe(false);
    expect(() => parseFile('notes.constructor', Buffer.from('text'))).toThrow(
      /notes\.constructor: Bulletin cannot import \.constructor files/,
    );
  });

  it('answers a query on such a field with the friendly message', () => {
    for (const name of PROTOTYPE_NAMES.filter((n) => /^[a-z]+$/i.test(n))) {
      const outcome = parseQuery(`${name}:treaty`, '2024-06-12');
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.message).toMatch(/is not a field/);
    }
  });
});
