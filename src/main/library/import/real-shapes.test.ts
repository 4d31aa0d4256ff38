/**
 * Shapes found on real pages (issue 11), each in a fixture of our own: PIB release dumps, the PIB JSON
 * Lines file, Drishti IAS day pages, copied text, and the warnings and errors that help.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../library-open';
import { parseFile } from '.';
import { tempDir, tempLibrary, writeFile } from '../../../../test/support/temp-library';

const FIXTURES = join(__dirname, 'fixtures');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const texts = (a: { blocks: Array<{ text: string }> }) => a.blocks.map((b) => b.text);

describe('PIB release dumps', () => {
  const { articles } = parseFile(
    'pib-dump-datelines-2026-08-15.json',
    fixture('pib-dump-datelines-2026-08-15.json'),
  );
  const [river, cabinet, training, ports, steel, birds] = articles;

  it('dates each release by its own dateline, else a signed tweet, the first sentence, then the file’s day', () => {
    expect(articles.map((a) => [a.date, a.dateSource])).toEqual([
      ['2026-08-14', 'dateline'],
      ['2026-08-14', 'tweet'],
      ['2026-08-13', 'first-sentence'],
      ['2026-08-15', 'file-name'],
      ['2026-08-13', 'dateline'],
      ['2026-08-12', 'dateline'],
    ]);
    expect(river!.dateText).toBe('14 AUG 2026 7:33PM by PIB Delhi');
    expect(birds!.dateText).toBe('12 AUG 2026 11:05AM');
  });

  it('keeps a ministry with a comma in its name as one tag', () => {
    expect(river!.tags).toEqual(['Ministry of Environment, Forest and Climate Change']);
    expect(ports!.tags).toEqual(['Ministry of Ports, Shipping and Waterways']);
  });

  it('drops the ministry line, dateline, repeated title, pdf link and footers', () => {
    expect(texts(river!)).toEqual([
      'The Union Minister reviewed the progress of the Clean Rivers Drive in twelve river basins and asked the States to finish the sewage plants before the monsoon.',
      'The drive has cleaned 340 kilometres of river banks since it began, with volunteers from schools and colleges joining every weekend.',
    ]);
    expect(texts(training!).join('\n')).not.toMatch(/PIB Mumbai|Follow us/);
    expect(texts(ports!).join('\n')).not.toMatch(/Media Centre/);
    // Ministry, dateline and title glued into one paragraph by the scraper.
    expect(texts(steel!)).toEqual([
      'Three integrated steel plants will replace part of their coking coal with green hydrogen from next year, the Ministry said.',
    ]);
  });

  it('keeps a whole 300+ character title and the subtitle glued to it, and a quoted tweet once', () => {
    expect(cabinet!.title.length).toBeGreaterThan(300);
    expect(cabinet!.title).toMatch(/local fishing cooperatives$/);
    expect(texts(cabinet!)).toEqual([
      'Mangrove cover to grow by a tenth in five years',
      'The Union Cabinet chaired by the Prime Minister approved the mission, which will restore degraded coastal wetlands and support the families who depend on them.',
      'The Prime Minister said the mission will protect coasts and livelihoods alike.',
    ]);
  });

  it('keeps the long title through the library (stored whole)', () => {
    const library = tempLibrary();
    const report = library.importFiles([
      writeFile(
        tempDir(),
        'pib-2026-08-15.json',
        fixture('pib-dump-datelines-2026-08-15.json').toString('utf8'),
      ),
    ]);
    expect(report.failed).toEqual([]);
    const stored = library.getArticle(report.imported[1]!.id);
    expect(stored.title).toBe(cabinet!.title);
    expect(stored.date).toBe('2026-08-14');
    library.close();
  });
});

describe('PIB JSON Lines', () => {
  const { articles } = parseFile('pib-lines-initials.jsonl', fixture('pib-lines-initials.jsonl'));

  it('titles are whole first sentences, not cut at initials, never officer initials or “Introduction”', () => {
    expect(articles.map((a) => a.title)).toEqual([
      'The Vice-President of India, Shri C. P. Examplan, inaugurated the National Library Week in New Delhi on December 6, 2025, and urged students to read every day.',
      'भारत के उपराष्ट्रपति ने 6 दिसंबर 2025 को नई दिल्ली में राष्ट्रीय पुस्तकालय सप्ताह का उद्घाटन किया।',
      'The Atal Learning Labs programme set up maker spaces in ten thousand schools, where students build prototypes of everyday devices.',
    ]);
    expect(texts(articles[1]!)).not.toContain('पीके/केसी/एसकेएस');
    expect(texts(articles[0]!)).not.toContain('SKS/MP');
  });

  it('uses a date written in the first sentence', () => {
    expect(articles.map((a) => a.date)).toEqual(['2025-12-06', '2025-12-06', null]);
  });
});

describe('Drishti IAS day pages', () => {
  it('takes “Read more” and “Click here to Read” out of the text as related links', () => {
    const { articles } = parseFile('drishti-day-07-03-2026.html', fixture('drishti-day-07-03-2026.html'));
    const [dolphins] = articles;
    expect(texts(dolphins!)).toEqual([
      'The first river dolphin census counted dolphins in the Ganga, the Brahmaputra and the Beas with boats and hydrophones.',
      'Dolphins are an indicator species: a healthy count means a healthy river.',
    ]);
    expect(dolphins!.links).toEqual([
      {
        title: 'Project Dolphin',
        url: 'https://www.drishtiias.com/daily-updates/daily-news-analysis/project-dolphin-example',
      },
      {
        title: 'https://www.drishtiias.com/daily-updates/daily-news-analysis/ganga-basin-example',
        url: 'https://www.drishtiias.com/daily-updates/daily-news-analysis/ganga-basin-example',
      },
    ]);
    expect(dolphins!.dateSource).toBe('page');
  });

  it('a later day page repeating an article does not move it off its first day', () => {
    const library = tempLibrary();
    const dir = tempDir();
    const first = library.importFiles([
      writeFile(dir, 'drishti-day-05-03-2026.html', fixture('drishti-day-05-03-2026.html').toString('utf8')),
    ]);
    expect(first.imported).toHaveLength(2);
    const later = library.importFiles([
      writeFile(dir, 'drishti-day-07-03-2026.html', fixture('drishti-day-07-03-2026.html').toString('utf8')),
    ]);
    expect(later.failed).toEqual([]);
    const byTitle = new Map(library.listArticles().map((a) => [a.title, a]));
    expect(byTitle.get('Solar Parks and Grid Storage')!.date).toBe('2026-03-05');
    expect(byTitle.get('River Dolphin Census')!.date).toBe('2026-03-07');
    expect(library.listArticles().filter((a) => a.title === 'Solar Parks and Grid Storage')).toHaveLength(1);
    const dolphins = byTitle.get('River Dolphin Census')!.id;
    library.close();
    // The related links are stored apart from the text (migration 006).
    const db = new Database(join(library.dir, DATABASE_FILE), { readonly: true });
    expect(
      db.prepare('SELECT title, url FROM article_links WHERE article_id = ? ORDER BY position').all(dolphins),
    ).toEqual([
      {
        title: 'Project Dolphin',
        url: 'https://www.drishtiias.com/daily-updates/daily-news-analysis/project-dolphin-example',
      },
      {
        title: 'https://www.drishtiias.com/daily-updates/daily-news-analysis/ganga-basin-example',
        url: 'https://www.drishtiias.com/daily-updates/daily-news-analysis/ganga-basin-example',
      },
    ]);
    db.close();
  });
});

describe('copied text', () => {
  it('reads a Hindi copy: Devanagari meta line, Hindi month, Hindi tags, navigation and share words dropped', () => {
    const [article] = parseFile('hindi-copy-meta-line.txt', fixture('hindi-copy-meta-line.txt')).articles;
    expect(article!.title).toBe('भारतीय रिज़र्व बैंक ने रेपो दर स्थिर रखी');
    expect(article!.date).toBe('2023-09-10');
    expect(article!.dateText).toBe('10 सितंबर 2023');
    expect(article!.tags).toEqual(['अर्थव्यवस्था', 'बैंकिंग']);
    expect(texts(article!)).toEqual([
      'भारतीय रिज़र्व बैंक की मौद्रिक नीति समिति ने रेपो दर को 6.5 प्रतिशत पर स्थिर रखने का निर्णय लिया।',
      'मुख्य बिंदु',
      'समिति के छह में से पांच सदस्यों ने इस निर्णय का समर्थन किया।',
      'मुद्रास्फीति का अनुमान 5.4 प्रतिशत रखा गया।',
    ]);
  });

  it('skips site navigation and share-widget words above the title; reads an ordinal date', () => {
    const [article] = parseFile('copied-with-navigation.txt', fixture('copied-with-navigation.txt')).articles;
    expect(article!.title).toBe('Monsoon Session Passes the Coastal Shipping Bill');
    expect(article!.date).toBe('2024-03-22');
    expect(texts(article!)).toEqual([
      'Parliament passed the Coastal Shipping Bill, which replaces the licensing rules for ships that trade between Indian ports.',
      'Key features',
      'Indian-flagged ships no longer need a licence for coastal trade.',
      'A national coastal shipping plan is drawn up every two years.',
    ]);
  });

  it('reads ordinal dates in meta lines', () => {
    const dated = (line: string) =>
      parseFile('note.txt', Buffer.from(`A title\n\n${line}\n\nSome text of the article.`)).articles[0]!.date;
    expect(dated('Date: 10th October, 2022')).toBe('2022-10-10');
    expect(dated('Date: 1st Jan 2023')).toBe('2023-01-01');
    expect(dated('Date: 22nd of March 2024')).toBe('2024-03-22');
  });

  it('takes a first line longer than 250 characters as the title', () => {
    const first = `${'A very long opening line about the monsoon and the reservoirs of the Deccan plateau, '.repeat(4)}ends here`;
    expect(first.length).toBeGreaterThan(250);
    const [article] = parseFile('long.txt', Buffer.from(`${first}\n\nThe text of the article.`)).articles;
    expect(article!.title).toBe(first);
    expect(texts(article!)).toEqual(['The text of the article.']);
  });
});

describe('warnings and errors that help', () => {
  const dump = JSON.stringify([
    { headline: 'Heat plans for cities', body: 'Cities publish heat action plans before summer.' },
    { headline: 'Cool roofs', body: 'Painted roofs lower indoor heat by a few degrees.' },
  ]);

  it('imports what a cut-off saved page holds and says it looks cut off', () => {
    const page =
      '<!DOCTYPE html><html><head><title>Heat</title></head><body><article><h1>Heat plans</h1>' +
      '<p>Cities publish heat action plans before summer, with cooling centres and water points.</p><p>The plans also';
    const outcome = parseFile('heat-page.html', Buffer.from(page));
    expect(outcome.articles[0]!.title).toBe('Heat');
    expect(texts(outcome.articles[0]!).join(' ')).toMatch(/cooling centres/);
    expect(outcome.warnings).toContain('heat-page.html looks cut off: the last article may be incomplete');
    const whole = parseFile('whole.html', Buffer.from(`${page} stop.</p></article></body></html>`));
    expect(whole.warnings).toEqual([]);
  });

  it('reads a JSON dump saved as .txt as a dump, and says what it looks like', () => {
    const outcome = parseFile('dump.txt', Buffer.from(dump));
    expect(outcome.articles.map((a) => a.title)).toEqual(['Heat plans for cities', 'Cool roofs']);
    expect(outcome.warnings).toContain('dump.txt looks like JSON, not .txt: read as a data dump');
  });

  it('reads an HTML page saved as .json as a page', () => {
    const page =
      '<!doctype html><html><head><title>Cool roofs</title></head><body><p>Painted roofs lower indoor heat by a few degrees in summer.</p></body></html>';
    const outcome = parseFile('page.json', Buffer.from(page));
    expect(outcome.articles[0]!.title).toBe('Cool roofs');
    expect(outcome.warnings).toContain('page.json looks like HTML, not .json: read as a web page');
  });

  it('says a JSON file has git conflict markers', () => {
    const conflicted = `[\n<<<<<<< HEAD\n{"title": "A", "body": "One."}\n=======\n{"title": "B", "body": "Two."}\n>>>>>>> other\n]\n`;
    expect(() => parseFile('news.json', Buffer.from(conflicted))).toThrow(
      'news.json has git merge-conflict markers (<<<<<<<, =======, >>>>>>>): resolve the conflict, then import it again.',
    );
  });

  it('a mapped dump with no title takes the first sentence of the body; a sentence in tags stays whole', () => {
    const records = JSON.stringify([
      {
        text: 'The Bureau released the rainfall data for June. It shows a deficit in the east.',
        labels: 'This note was written for the monsoon chapter, not as a list of tags.',
      },
      { text: 'Reservoir levels rose after the first week of July.', labels: 'Monsoon, Water' },
    ]);
    const { articles } = parseFile('rain.json', Buffer.from(records), {
      map: { title: 'heading', body: 'text', tags: 'labels' },
    });
    expect(articles.map((a) => a.title)).toEqual([
      'The Bureau released the rainfall data for June.',
      'Reservoir levels rose after the first week of July.',
    ]);
    expect(articles[0]!.tags).toEqual([]);
    expect(articles[1]!.tags).toEqual(['Monsoon', 'Water']);
  });

  it('Import folder skips README, LICENSE, CHANGELOG, SOURCES and empty Markdown, saying why', () => {
    const dir = tempDir();
    writeFile(
      dir,
      'README.md',
      '# Data\n\nThis folder holds scraped pages from the sites listed in SOURCES.md.\n',
    );
    writeFile(dir, 'LICENSE', 'MIT');
    writeFile(dir, 'CHANGELOG.md', '# Changes\n\n- first version\n');
    writeFile(dir, 'SOURCES.md', '| dir | site |\n|---|---|\n| a | b |\n');
    writeFile(dir, 'index.md', '# Index\n\n[June](june.md)\n[July](july.md)\n');
    writeFile(
      dir,
      'monsoon.md',
      '# Monsoon onset\n\nThe monsoon reached Kerala three days early this year.\n',
    );
    const library = tempLibrary();
    const report = library.importTree([dir]);
    expect(report.imported.map((a) => a.title)).toEqual(['Monsoon onset']);
    const reasons = new Map((report.skipped ?? []).map((s) => [s.title, s.reason]));
    expect(reasons.get('README.md')).toBe('README.md is the folder’s README file, not an article');
    expect(reasons.get('CHANGELOG.md')).toBe('CHANGELOG.md is the folder’s CHANGELOG file, not an article');
    expect(reasons.get('SOURCES.md')).toBe('SOURCES.md is the folder’s SOURCES file, not an article');
    expect(reasons.get('index.md')).toBe(
      'index.md has no date and no article text (a Markdown note, not an article)',
    );
    library.close();
  });
});
