import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCopiedText } from './text';

const fixture = (name: string) => ({ name, text: readFileSync(join(__dirname, 'fixtures', name), 'utf8') });

describe('StudyIQ copied text', () => {
  const article = parseCopiedText(fixture('studyiq-quad-2022-03-04.txt'));

  it('reads title, date and source tag from the page header', () => {
    expect(article.title).toBe('The Quad Leaders’ Summit');
    expect(article.date).toBe('2022-03-04');
    expect(article.dateText).toBe('4 March 2022');
    expect(article.tags).toEqual(['International Relations']);
    expect(article.source).toBe('StudyIQ');
  });

  it('drops the site chrome and normalises non-breaking spaces', () => {
    const all = article.blocks.map((b) => b.text).join('\n');
    expect(all).not.toMatch(/Call us|Current Affairs|Filter By Date/);
    expect(all).not.toContain('\u00a0');
    expect(article.blocks[0]!.text).toBe(
      'The leaders of the Quadrilateral Security Dialogue (Quad) held a virtual meeting to discuss the conflict in Europe and its effect on the Indo-Pacific.',
    );
  });

  it('keeps headings, paragraphs and each bullet under its heading, in order', () => {
    expect(article.blocks.map((b) => `${b.kind}:${b.text.slice(0, 24)}`)).toEqual([
      'paragraph:The leaders of the Quadr',
      'paragraph:The meeting was called a',
      'bullet:The Quad brings together',
      'bullet:The grouping was revived',
      'heading:Vaccine partnership',
      'bullet:The Quad vaccine partner',
      'bullet:Production is being expa',
      'bullet:Japan and the United Sta',
      'paragraph:The leaders also discuss',
      'heading:Maritime domain awarenes',
      'bullet:The leaders announced a ',
      'bullet:Information will be shar',
      'heading:India’s position',
      'bullet:India stressed dialogue ',
      'bullet:India abstained on the r',
      'bullet:The Quad is not a milita',
    ]);
    expect(article.blocks.filter((b) => b.kind === 'bullet').every((b) => b.level === 0)).toBe(true);
  });
});

describe('other copied-text shapes', () => {
  const parse = (text: string) => parseCopiedText({ name: 'copied.txt', text });

  it('reads -, *, ♦, numbered and roman bullets, with nesting from indentation', () => {
    const { blocks } = parse(
      'Title Line\n\nIntro paragraph.\n\n- first\n  - nested\n* second\n♦ third\n1. numbered one\n(ii) roman two\n',
    );
    expect(blocks.map((b) => [b.kind, b.level, b.text])).toEqual([
      ['paragraph', 0, 'Intro paragraph.'],
      ['bullet', 0, 'first'],
      ['bullet', 1, 'nested'],
      ['bullet', 0, 'second'],
      ['bullet', 0, 'third'],
      ['bullet', 0, '1. numbered one'],
      ['bullet', 0, '(ii) roman two'],
    ]);
  });

  it('joins indented continuation lines to their bullet', () => {
    const { blocks } = parse('T\n\n• A bullet that goes\n   on to a second line.\n• Next.\n');
    expect(blocks.map((b) => b.text)).toEqual(['A bullet that goes on to a second line.', 'Next.']);
  });

  it('keeps Devanagari intact and leaves an article without a date undated', () => {
    const article = parse('जी20 शिखर सम्मेलन\n\nभारत ने जी20 शिखर सम्मेलन की मेज़बानी की।\n');
    expect(article.title).toBe('जी20 शिखर सम्मेलन');
    expect(article.blocks[0]!.text).toBe('भारत ने जी20 शिखर सम्मेलन की मेज़बानी की।');
    expect(article.date).toBeNull();
  });

  it('takes the date from the file name when the text has none', () => {
    expect(parseCopiedText({ name: 'notes-2022-01-10.txt', text: 'T\n\nBody.\n' }).date).toBe('2022-01-10');
  });

  it('keeps an impossible date as text but does not store it as a day', () => {
    const article = parse('T\n\nDate: 30 February 2022\n\nBody.\n');
    expect(article.date).toBeNull();
    expect(article.dateText).toBe('30 February 2022');
  });
});

// The real StudyIQ page from the brief, kept outside the repository (its text belongs to StudyIQ).
const REAL_SAMPLE = join(__dirname, '../../../../../shared/samples/csto-2022-01-10.txt');

describe.runIf(existsSync(REAL_SAMPLE))('the real StudyIQ sample (when ../shared is present)', () => {
  it('comes out as the brief describes', () => {
    const article = parseCopiedText({ name: 'csto-2022-01-10.txt', text: readFileSync(REAL_SAMPLE, 'utf8') });
    expect(article.title).toBe('The Collective Security Treaty Organisation (CSTO)');
    expect(article.date).toBe('2022-01-10');
    expect(article.tags).toEqual(['Miscellaneous']);
    const kinds = article.blocks.map((b) => b.kind);
    expect(kinds.filter((k) => k === 'bullet')).toHaveLength(10);
    expect(article.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'The organization',
      'Cooperation actions',
      'Russia’s growing influence',
    ]);
    const firstHeading = kinds.indexOf('heading');
    expect(kinds.slice(0, firstHeading).filter((k) => k === 'bullet')).toHaveLength(2);
    expect(article.blocks.map((b) => b.text).join(' ')).not.toMatch(/\u00a0|Call us|Filter By Date/);
  });
});
