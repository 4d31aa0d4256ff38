import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from './index';
import type { ParsedArticle } from './model';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name));
const page = (name: string) => parseFile(name, fixture(name)).articles;
const html = (text: string, name = 'page.html') => parseFile(name, Buffer.from(text, 'utf8')).articles;
const shape = (a: ParsedArticle) =>
  a.blocks.map((b) => `${b.kind}${b.kind === 'paragraph' ? '' : b.level}:${b.text}`);

describe('Drishti IAS', () => {
  it('2021 page: h2 title and link, GS paper tag, nested bullets three deep, table, chrome dropped', () => {
    const [article, ...rest] = page('drishti-2021-wetlands.html');
    expect(rest).toHaveLength(0);
    expect(article!.title).toBe('New Ramsar Sites in India');
    expect(article!.url).toBe(
      'https://www.drishtiias.com/daily-updates/daily-news-analysis/new-ramsar-sites-example',
    );
    expect(article!.tags).toEqual(['GS-3', 'Conservation']);
    expect(article!.source).toBe('Drishti IAS');
    expect(shape(article!)).toEqual([
      'heading3:Why in News',
      'paragraph:Two more wetlands have been added to the list of Ramsar sites, taking the total in the country to a new high.',
      'bullet0:The additions were announced on World Wetlands Day.',
      'heading4:Note',
      'bullet0:The Convention was signed in the Iranian city of Ramsar in 1971.',
      'heading3:Key Points',
      'bullet0:About:',
      'bullet1:A Ramsar site is a wetland of international importance.',
      'bullet2:Sites are chosen for their ecology, botany or hydrology.',
      'bullet2:The Montreux Record lists sites under threat.',
      'bullet1:India joined the Convention in 1982.',
      'bullet0:Steps to Take:',
      'bullet1:1. Map every wetland.',
      'bullet1:2. Notify the boundaries.',
      'table0:Wetlands at a glance\nState | Sites\nTamil Nadu | 14',
      'paragraph:Source: TH',
    ]);
    const steps = article!.blocks.filter(
      (b) => b.text.endsWith('wetland.') || b.text.endsWith('boundaries.'),
    );
    expect(steps.map((b) => b.listStyle)).toEqual(['numbered', 'numbered']);
    expect(article!.blocks.find((b) => b.kind === 'table')!.rows).toEqual([
      ['Wetlands at a glance'],
      ['State', 'Sites'],
      ['Tamil Nadu', '14'],
    ]);
    expect(article!.blocks.map((b) => b.text).join(' ')).not.toMatch(/Prev|Tags:|★|addtoany/);
  });

  it('2025-26 day page: one article per dynamic title, day from the page heading, spacing repaired', () => {
    const articles = page('drishti-day-05-03-2026.html');
    expect(articles.map((a) => [a.title, a.date, a.source])).toEqual([
      ['Solar Parks and Grid Storage', '2026-03-05', 'Drishti IAS'],
      ['विश्व हिंदी दिवस', '2026-03-05', 'Drishti IAS'],
    ]);
    const [solar, hindi] = articles as [ParsedArticle, ParsedArticle];
    const texts = solar.blocks.map((b) => b.text);
    expect(texts).toContain('For Prelims: Solar Parks, Battery Storage');
    expect(texts).toContain(
      'The Ministry reviewed the progress of solar parks, noting delays in transmission.',
    );
    expect(solar.blocks[3]).toEqual({ kind: 'heading', text: 'Why in News?', level: 2 });
    expect(solar.blocks.find((b) => b.kind === 'table')!.rows).toEqual([
      ['Scheme', 'Year', 'Target'],
      ['Solar Park Scheme', '2014', '40 GW'],
      ['Rooftop Programme', '2019', '4 GW'],
    ]);
    // The one-cell "Drishti Mains Question" box is read as text, not as a table.
    expect(texts).toContain('Discuss the role of storage in a grid with more solar power.');
    expect(texts).toContain('1. What is a solar park?');
    expect(texts).toContain('A large area developed for solar projects with shared infrastructure.');
    expect(texts).toContain('Ans: (b)');
    expect(texts.join(' ')).not.toMatch(/★|☆|Watch Video|Credit - Drishti/);
    expect(
      solar.blocks.filter((b) => b.kind === 'bullet').map((b) => [b.level, b.text.slice(0, 12)]),
    ).toEqual([
      [0, 'About: Large'],
      [1, 'Each park ha'],
      [0, 'Storage: Bat'],
    ]);
    expect(hindi.blocks.map((b) => b.text)).toEqual([
      'विश्व हिंदी दिवस हर वर्ष 10 जनवरी को मनाया जाता है।',
      'पहला विश्व हिंदी सम्मेलन 1975 में नागपुर में हुआ था।',
    ]);
    // A `Read More:` line links to another article: kept apart from the text.
    expect(hindi.links?.map((l) => l.title)).toEqual(['Official Languages']);
  });
});

describe('PIB', () => {
  it('reads title, ministry tag and Posted On date, drops counters, initials and the hidden print copy', () => {
    const [release, ...rest] = page('pib-release.html');
    expect(rest).toHaveLength(0);
    expect(release!.title).toBe('Village Water Committees Reach Every District');
    expect(release!.date).toBe('2026-03-05');
    expect(release!.dateText).toBe('05 MAR 2026');
    expect(release!.tags).toEqual(['Ministry of Jal Shakti']);
    expect(release!.source).toBe('PIB');
    expect(release!.url).toBe('https://pib.gov.in/PressReleasePage.aspx?PRID=1000001');
    expect(release!.blocks.map((b) => b.text)).toEqual([
      'Training for members begins next month',
      'Village water committees have now been formed in every district of the country.',
      'The committees will:',
      '1. Plan the village water supply.',
      '2. Check the quality of water every quarter.',
    ]);
  });

  it('reads the Hindi date label and keeps Devanagari intact', () => {
    const [release] = page('pib-release-hindi.html');
    expect(release!.title).toBe('हर जिले में ग्राम जल समितियां');
    expect(release!.date).toBe('2026-03-05');
    expect(release!.tags).toEqual(['जल शक्ति मंत्रालय']);
    expect(release!.blocks.map((b) => b.text)).toEqual(['देश के हर जिले में ग्राम जल समितियों का गठन हो गया है।']);
  });
});

describe('StudyIQ, GKToday, InsightsIAS and other sites', () => {
  it('StudyIQ: Date and Tags line, counselling line and filters dropped', () => {
    const [a] = page('studyiq-page.html');
    expect([a!.title, a!.date, a!.tags, a!.source]).toEqual([
      'Lokpal Appointments',
      '2022-03-08',
      ['Polity'],
      'StudyIQ',
    ]);
    expect(a!.blocks.map((b) => b.text).join(' ')).not.toMatch(/Call us|Filter By Date|Share/);
    expect(a!.blocks.filter((b) => b.kind === 'bullet')).toHaveLength(2);
  });

  it('GKToday: Month D, YYYY under the title and Category as tag', () => {
    const [a] = page('gktoday-page.html');
    expect([a!.title, a!.date, a!.dateText, a!.tags, a!.source]).toEqual([
      'Coastal Erosion Survey',
      '2026-07-28',
      'July 28, 2026',
      ['Environment'],
      'GKToday',
    ]);
    expect(shape(a!)).toEqual([
      'paragraph:A national survey has mapped the erosion of the coastline over three decades.',
      'heading2:Key findings',
      'bullet0:About a third of the coast shows erosion.',
      'bullet0:Sea walls slowed erosion in some stretches.',
    ]);
  });

  it('InsightsIAS: date from the URL, GS paper and Topics Covered as tags, label lead-ins kept', () => {
    const [a] = page('insights-page.html');
    expect([a!.title, a!.date, a!.tags]).toEqual([
      'Panchayat Finance Report',
      '2026-03-19',
      ['GS-2', 'Local Government'],
    ]);
    expect(a!.blocks[0]!.text).toBe('Context: A new report looks at how panchayats raise their own revenue.');
    expect(a!.blocks.map((b) => b.text)).not.toContain('Print Friendly, PDF & Email');
  });

  it('generic page: og:title, first valid published_time (no time-zone shift), saved-from URL, quote and caption', () => {
    const [a] = page('generic-meta.html');
    expect(a!.title).toBe('River Linking Project Approved');
    // 00:30 in India on the 15th is the 14th in UTC: the day as written is kept.
    expect(a!.date).toBe('2026-02-15');
    expect(a!.dateText).toBe('2026-02-15T00:30:00+05:30');
    expect(a!.url).toBe('https://news.example.org/2026/02/14/river-linking');
    expect(a!.tags).toEqual(['GS-1']);
    expect(a!.blocks.filter((b) => b.kind !== 'paragraph').map((b) => [b.kind, b.text])).toEqual([
      ['quote', 'Water will reach a million farmers.'],
      ['caption', 'The route of the link canal.'],
    ]);
  });

  it('falls back to JSON-LD, then the URL, then the file name for the date', () => {
    const ld = html(
      '<html><head><script type="application/ld+json">{"@graph":[{"@type":"BlogPosting","headline":"LD","datePublished":"2025-11-03T09:00:00"}]}</script></head><body><p>Body text here.</p></body></html>',
    );
    expect([ld[0]!.title, ld[0]!.date]).toEqual(['LD', '2025-11-03']);
    const named = html('<html><body><h1>Named</h1><p>Body text.</p></body></html>', 'saved-22-05-2021.html');
    expect([named[0]!.title, named[0]!.date]).toEqual(['Named', '2021-05-22']);
  });

  it('finds the article on a long page with chrome through Readability', () => {
    const para = (n: number) =>
      `<p>Paragraph ${n} of the article explains the scheme in plain words, with enough text to count as content for the reader, and a comma or two, so that it scores.</p>`;
    const body = Array.from({ length: 8 }, (_, i) => para(i + 1)).join('');
    const [a] = html(
      `<html><head><title>Scheme Explained - Site</title></head><body><div class="menu"><a href="/">Home</a> <a href="/a">About</a> <a href="/c">Contact</a></div><div id="story"><h1>Scheme Explained</h1>${body}</div><div class="footer"><a href="/p">Privacy</a></div></body></html>`,
    );
    expect(a!.title).toBe('Scheme Explained');
    expect(a!.blocks.map((b) => b.text)).toEqual(
      Array.from({ length: 8 }, (_, i) => expect.stringContaining(`Paragraph ${i + 1} `)),
    );
  });
});
