import { describe, expect, it } from 'vitest';
import { ImportError } from '../errors';
import { dateFromUrl, parseHumanDate, parseMachineDate } from './dates';
import { parseFile } from './index';
import { findSyllabusTags, normalizeTag, splitTags } from './tags';

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
const fails = (name: string, data: Uint8Array) => {
  try {
    parseFile(name, data);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as Error).message;
  }
  throw new Error(`${name} was imported`);
};
const texts = (name: string, data: Uint8Array) =>
  parseFile(name, data).articles.flatMap((a) => [a.title, ...a.blocks.map((b) => b.text)]);

describe('file checks (B-50…B-72)', () => {
  it('B-50: empty files say so', () => {
    for (const name of ['a.html', 'a.md', 'a.txt', 'a.json'])
      expect(fails(name, new Uint8Array())).toBe(`${name} is empty.`);
  });

  it('B-54 / B-70: binaries renamed .html are refused by their signature', () => {
    const cases: Array<[number[], RegExp]> = [
      [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a], /PNG image/],
      [[0x25, 0x50, 0x44, 0x46, 0x2d], /PDF document/],
      [[0x50, 0x4b, 0x03, 0x04, 0x14], /ZIP archive/],
      [[...Buffer.from('SQLite format 3\0')], /SQLite database/],
      [[0x7f, 0x45, 0x4c, 0x46, 0x02], /ELF executable/],
      [[0x4d, 0x5a, 0x90, 0x00], /Windows program/],
    ];
    for (const [magic, what] of cases) expect(fails('page.html', bytes(magic, '<html>'))).toMatch(what);
    expect(fails('archive.zip', bytes('PK'))).toMatch(/cannot import \.zip files/);
  });

  it('B-55: random bytes renamed .md are refused or decoded, never a crash', () => {
    let seed = 7;
    const random = Uint8Array.from(
      { length: 20_000 },
      () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 16) & 0xff,
    );
    expect(() => parseFile('noise.md', random)).toThrow(ImportError);
  });

  it('B-56: a UTF-8 BOM wins over a windows-1252 meta', () => {
    expect(
      texts('p.html', bytes([0xef, 0xbb, 0xbf], '<meta charset="windows-1252"><p>café – naïve</p>')),
    ).toContain('café – naïve');
  });

  it('B-57: UTF-8 without BOM or meta', () => {
    expect(texts('p.html', bytes('<p>café – naïve — 日本語</p>'))).toContain('café – naïve — 日本語');
  });

  it('B-58 / B-59: Windows-1252 bytes, with no meta or a lying UTF-8 meta', () => {
    const body = [0x80, 0x20, 0x93, 0x71, 0x94, 0x20, 0x63, 0x61, 0x66, 0xe9];
    expect(texts('p.html', bytes('<p>', body, '</p>'))).toContain('€ “q” café');
    expect(texts('p.html', bytes('<meta charset="utf-8"><p>', body, '</p>'))).toContain('€ “q” café');
  });

  it('B-60 / B-61: UTF-16 with a BOM (LE and BE), and UTF-16LE without one', () => {
    const text = 'Title\n\nभारत and café.\n';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(texts('u.txt', bytes([0xff, 0xfe], [...le]))).toContain('भारत and café.');
    expect(texts('u.txt', bytes([0xfe, 0xff], [...be]))).toContain('भारत and café.');
    expect(texts('u.txt', le)).toContain('भारत and café.');
  });

  it('B-62 / B-63: a late or unknown charset label falls back without throwing', () => {
    const late = bytes('<p>', 'x'.repeat(1100), '</p><meta charset="koi8-r"><p>caf', [0xe9], '</p>');
    expect(texts('p.html', late)).toContain('café');
    for (const label of ['foo', 'iso-2022-cn', 'utf-16']) {
      expect(texts('p.html', bytes(`<meta charset="${label}"><p>caf`, [0xe9], '</p>'))).toContain('café');
    }
  });

  it('B-64: broken UTF-8 sequences become U+FFFD, the rest stays UTF-8', () => {
    const out = texts('p.txt', bytes('Title\n\ncafé ', [0xed, 0xa0, 0x80], ' naïve ', [0xe2, 0x82]));
    expect(out[1]).toBe('café \ufffd\ufffd\ufffd naïve \ufffd');
  });

  it('B-65: 10,000 nested divs and 300 nested lists do not overflow the stack; flattening is reported', () => {
    const deep = `${'<div>'.repeat(10_000)}<p>deep text</p>${'</div>'.repeat(10_000)}`;
    const outcome = parseFile('deep.html', bytes(`<html><body><p>Top.</p>${deep}</body></html>`));
    expect(outcome.articles[0]!.blocks.map((b) => b.text)).toEqual(['Top.', 'deep text']);
    expect(outcome.warnings.join(' ')).toMatch(/nested more than 200 levels/);
    const lists = `${'<ul><li>level'.repeat(300)}${'</li></ul>'.repeat(300)}`;
    const bullets = parseFile('lists.html', bytes(`<html><body>${lists}</body></html>`)).articles[0]!.blocks;
    expect(bullets.map((b) => b.text).join(' ')).toContain('level');
    expect(Math.max(...bullets.filter((b) => b.kind === 'bullet').map((b) => b.level))).toBeLessThanOrEqual(
      8,
    );
  });

  it('B-66: 20,000 sibling paragraphs and a 1 MB table import in bounded time', () => {
    const started = Date.now();
    const paras = Array.from({ length: 20_000 }, (_, i) => `<p>Paragraph ${i}</p>`).join('');
    expect(
      parseFile('many.html', bytes(`<html><body>${paras}</body></html>`)).articles[0]!.blocks,
    ).toHaveLength(20_000);
    const rows = Array.from(
      { length: 10_000 },
      (_, i) => `<tr><td>r${i}</td><td>${'v'.repeat(80)}</td></tr>`,
    ).join('');
    const table = parseFile('table.html', bytes(`<html><body><table>${rows}</table></body></html>`))
      .articles[0]!.blocks[0]!;
    expect(table.rows).toHaveLength(10_000);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('B-67: tag soup still gives its text', () => {
    const out = texts(
      'soup.html',
      bytes('<html><html><body><body><div><p>one<div>two</span></p></div>three<b>four'),
    );
    expect(out.join(' ')).toMatch(/one.*two.*three.*four/);
  });

  it('B-68 / B-88: control, bidi-override and zero-width characters leave titles; huge or blank titles are bounded', () => {
    const [a] = parseFile(
      't.json',
      bytes(JSON.stringify([{ title: 'Ti\u0000tle\u202e with\u200b override\ufffe', content: 'Body.' }])),
    ).articles;
    expect(a!.title).toBe('Title with override');
    // A raw NUL byte makes a .txt binary, which is refused rather than half-read.
    expect(() => parseFile('t.txt', bytes('Title\u0000\n\nBody.\n'))).toThrow(/binary data/);
    const long = parseFile(
      'l.json',
      bytes(JSON.stringify([{ title: 'x'.repeat(1_000_000), content: 'Body.' }])),
    ).articles[0]!;
    expect(long.title.length).toBeLessThanOrEqual(1_000);
    const blank = parseFile(
      'b.json',
      bytes(JSON.stringify([{ title: ' \u0001 ', content: 'A body that names itself.' }])),
    ).articles[0]!;
    expect(blank.title).toBe('A body that names itself.');
  });

  it('refuses pages with more elements than the bound, before building them', () => {
    expect(() => parseFile('huge.html', bytes('<i>'.repeat(3_100_000)))).toThrow(/too many HTML elements/);
  });
});

describe('dates (B-80…B-89)', () => {
  it('B-80 / B-81 / B-84: impossible dates are refused, not rolled over', () => {
    for (const raw of [
      '2024-02-30',
      '2024-13-01',
      '0000-00-00',
      '9999-99-99',
      '2016-03-16T08 ooo',
      '+275761-09-13',
      '-001000-01-01',
    ]) {
      expect(parseMachineDate(raw)).toBeNull();
    }
    expect(parseHumanDate('30 February 2022')).toBeNull();
    expect(parseHumanDate('31 April 2022')).toBeNull();
  });

  it('B-82: a timestamp keeps the calendar day it was written with, whatever the time zone', () => {
    expect(parseMachineDate('2019-01-01')).toBe('2019-01-01');
    expect(parseMachineDate('2019-01-01T00:00:00')).toBe('2019-01-01');
    expect(parseMachineDate('2019-01-01T23:30:00-05:00')).toBe('2019-01-01');
    expect(parseMachineDate('2025-06-20T13:52:57.686425')).toBe('2025-06-20');
  });

  it('B-83: epoch seconds and milliseconds agree (read as the day in India)', () => {
    expect(parseMachineDate('1700000000')).toBe('2023-11-15');
    expect(parseMachineDate('1700000000000')).toBe('2023-11-15');
  });

  it('B-85: RFC 2822 dates keep their written day', () => {
    expect(parseMachineDate('Mon, 25 Dec 1995 13:30:00 +0430')).toBe('1995-12-25');
  });

  it('B-86: relative and unknown forms are not guessed', () => {
    for (const raw of ['yesterday', '3 days ago', '10 जनवरी 2022', ''])
      expect(parseMachineDate(raw)).toBeNull();
  });

  it('reads the day-first forms Indian sources use', () => {
    expect(parseHumanDate('10 January 2022')).toBe('2022-01-10');
    expect(parseHumanDate('31 DEC 2019')).toBe('2019-12-31');
    expect(parseHumanDate('6th August 2026')).toBe('2026-08-06');
    expect(parseHumanDate('July 28, 2026')).toBe('2026-07-28');
    expect(parseHumanDate('22, Jan 2022')).toBe('2022-01-22');
    expect(parseHumanDate('2022 JAN 8')).toBe('2022-01-08');
    expect(parseHumanDate('05/03/2026')).toBe('2026-03-05');
    expect(parseHumanDate('13-12-2025')).toBe('2025-12-13');
    expect(parseHumanDate('7 Sept 2025')).toBe('2025-09-07');
  });

  it('finds the date in a URL path', () => {
    expect(dateFromUrl('https://www.insightsonindia.com/2025/06/19/upsc-current-affairs-19-june-2025/')).toBe(
      '2025-06-19',
    );
    expect(dateFromUrl('https://currentaffairs.studyiq.com/daily/10-01-2022/csto')).toBe('2022-01-10');
    expect(dateFromUrl('https://example.org/about')).toBeNull();
  });
});

describe('tags', () => {
  it('spells each GS paper one way and recognises syllabus tags', () => {
    expect(
      ['GS Paper - 2', 'GS paper II', 'gs2', 'General Studies Paper III', 'GS-IV'].map(normalizeTag),
    ).toEqual(['GS-2', 'GS-2', 'GS-2', 'GS-3', 'GS-4']);
    expect(splitTags('prelims, Mains | essay; ethics, Prelims')).toEqual([
      'Prelims',
      'Mains',
      'Essay',
      'Ethics',
    ]);
    expect(findSyllabusTags('Syllabus : GS 2 : Governance  Source : The Hindu')).toEqual(['GS-2']);
    expect(findSyllabusTags('Prelims level : Ramsar sites  Mains level : Wetlands')).toEqual([
      'Prelims',
      'Mains',
    ]);
  });
});
