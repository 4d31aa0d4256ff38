import { describe, expect, it } from 'vitest';
import { CORE_CODES, CORE_MESSAGES, formatCoreMessage } from '../../../shared/message-codes';
import { createI18n } from '.';
import { coreMessage, coreParagraph } from './core-message';
import { formatCoreTime, type FormatStyle } from './format';
import { en } from './en';
import { hi } from './hi';

const lookup = (catalogue: object, code: string): unknown =>
  code.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], catalogue);
const slots = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('the core catalogue', () => {
  it('has, for every code the core can emit, its English sentence word for word and a Hindi one', () => {
    expect(CORE_CODES.length).toBeGreaterThan(60);
    for (const code of CORE_CODES) {
      expect(lookup(en.core, code), code).toBe(CORE_MESSAGES[code]);
      const hindi = lookup(hi.core, code);
      expect(typeof hindi, code).toBe('string');
      expect(hindi, code).toMatch(/\p{Script=Devanagari}/u);
      // The same parameters, so no value is lost in Hindi.
      expect(slots(hindi as string), code).toEqual(slots(CORE_MESSAGES[code]));
    }
  });

  it('holds no key that is not a code', () => {
    const keys = Object.entries(en.core).flatMap(([group, texts]) =>
      Object.keys(texts).map((key) => `${group}.${key}`),
    );
    expect(keys.sort()).toEqual([...CORE_CODES].sort());
  });
});

describe('coreMessage', () => {
  const english = createI18n('en').t;
  const hindi = createI18n('hi').t;

  it('says a coded sentence in Hindi, and in English exactly as the core wrote it', () => {
    const failure = { code: 'import.empty', params: { name: 'notes.txt' }, fallback: 'notes.txt is empty.' };
    expect(coreMessage(hindi, failure)).toBe('notes.txt खाली है।');
    expect(coreMessage(english, failure)).toBe('notes.txt is empty.');
  });

  it('recognises a sentence that came without its code, and says a nested reason in turn', () => {
    const sentence = 'feed.xml has no article to import: item 2 (“Budget”) has no text.';
    expect(coreMessage(hindi, { fallback: sentence })).toBe(
      'feed.xml में आयात करने लायक कोई लेख नहीं है: आइटम 2 (“Budget”) में कोई पाठ नहीं है।',
    );
    expect(coreMessage(english, { fallback: sentence })).toBe(sentence);
  });

  it('says a feed that could not be subscribed, its reason in turn', () => {
    const sentence =
      'https://example.org/rss did not answer in time; you may be offline. Try again later. Nothing was subscribed.';
    expect(coreMessage(hindi, { fallback: sentence })).toBe(
      'https://example.org/rss ने समय पर जवाब नहीं दिया; आप शायद ऑफ़लाइन हैं। बाद में फिर कोशिश करें। कोई फ़ीड नहीं जोड़ा गया।',
    );
    expect(coreMessage(english, { fallback: sentence })).toBe(sentence);
  });

  it('says why an export stopped, the cause in turn', () => {
    expect(
      coreMessage(hindi, { fallback: 'The export stopped: Could not write /home/a/notes.pdf: EACCES' }),
    ).toBe('निर्यात रुक गया: /home/a/notes.pdf लिखी नहीं जा सकी: EACCES');
  });

  it('keeps a sentence no code makes, and an unknown code, in English', () => {
    expect(coreMessage(hindi, { fallback: 'Something new went wrong.' })).toBe('Something new went wrong.');
    expect(coreMessage(hindi, { code: 'import.fromTheFuture', fallback: 'x.txt is odd.' })).toBe(
      'x.txt is odd.',
    );
  });

  it('fills every template back into the sentence it was recognised from', () => {
    const params = { name: 'a.md', size: '12.0 MB', limit: '10.0 MB' };
    const sentence = formatCoreMessage('import.tooLarge', params);
    expect(sentence).toBe('a.md is too large to import (12.0 MB; the limit is 10.0 MB).');
    expect(coreMessage(english, { fallback: sentence })).toBe(sentence);
    expect(coreMessage(hindi, { fallback: sentence })).toBe(
      'a.md आयात के लिए बहुत बड़ी है (12.0 MB; सीमा 10.0 MB है)।',
    );
  });
});

describe('sentences a shorter template would take whole', () => {
  it('says an export that stopped with nothing written, and a job already running', () => {
    const hindi = createI18n('hi').t;
    expect(
      coreMessage(hindi, {
        fallback: 'The export stopped: the worker ended (exit code 1). Nothing was written.',
      }),
    ).toBe('निर्यात रुक गया: the worker ended (exit code 1)। कुछ भी नहीं लिखा गया।');
    expect(
      coreMessage(hindi, {
        fallback: 'Could not write /a/b.docx: disk full. Nothing was left half-written.',
      }),
    ).toBe('/a/b.docx लिखी नहीं जा सकी: disk full। कुछ भी अधूरा लिखा नहीं छोड़ा गया।');
    expect(
      coreMessage(hindi, {
        fallback: 'An export is already running; wait for it to finish or cancel it first.',
      }),
    ).toBe('एक निर्यात पहले से चल रहा है; उसके पूरा होने की प्रतीक्षा करें या पहले उसे रद्द करें।');
  });
});

describe('nested names', () => {
  it('says a dump record’s name in turn', () => {
    const hindi = createI18n('hi').t;
    expect(coreMessage(hindi, { fallback: 'record 3 has no article text' })).toBe(
      'रिकॉर्ड 3 में लेख का कोई पाठ नहीं है',
    );
    expect(coreMessage(hindi, { fallback: 'row 5' })).toBe('पंक्ति 5');
  });
});

describe('coreParagraph', () => {
  const english = createI18n('en').t;
  const hindi = createI18n('hi').t;

  it('says each sentence of a joined paragraph by its own code, keeping one it does not know', () => {
    const paragraph =
      'Bulletin did not close properly last time; the library was checked and is intact. Something new happened. Refresh to fetch their articles.';
    expect(coreParagraph(english, paragraph)).toBe(paragraph);
    expect(coreParagraph(hindi, paragraph)).toBe(
      'पिछली बार Bulletin ठीक से बंद नहीं हुआ था; लाइब्रेरी की जाँच की गई और वह सही-सलामत है। Something new happened. इनके लेख लाने के लिए रीफ़्रेश करें।',
    );
  });

  it('prefers a template of two sentences to one sentence and a stray one', () => {
    const kept =
      'The restore of /b/x.bulletin was interrupted and has now been finished. The library from before it is kept at /lib/old.sqlite.';
    expect(coreParagraph(hindi, kept)).toBe(
      '/b/x.bulletin से बहाली बीच में रुक गई थी और अब पूरी कर दी गई है। उससे पहले की लाइब्रेरी /lib/old.sqlite पर रखी गई है।',
    );
    expect(coreParagraph(hindi, '')).toBe('');
  });

  it("says a backup time the core wrote (en-GB) in the window's month names and digits", () => {
    const restored =
      'The library was damaged. It was restored from the backup of 7 Dec 2026, 02:35; changes made after that are not in it. The damaged file was kept at /lib/x.damaged.';
    const style: FormatStyle = { language: 'hi', numerals: 'devanagari', dateStyle: 'short' };
    const said = coreParagraph(hindi, restored, { time: (when) => formatCoreTime(when, style) });
    expect(said).toContain('७ दिस॰ २०२६, ०२:३५');
    expect(said).not.toContain('Dec');
    const numeric: FormatStyle = { language: 'en', numerals: 'latin', dateStyle: 'numeric' };
    expect(formatCoreTime('7 Dec 2026, 02:35', numeric)).toBe('07/12/2026, 02:35');
    expect(formatCoreTime('an unknown time', numeric)).toBe('an unknown time');
  });
});
